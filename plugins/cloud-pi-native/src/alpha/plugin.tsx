import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { cloudPiAuthApi } from './authApi';

/**
 * The Cloud π Native frontend plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'cloud-pi-native',
  extensions: [cloudPiAuthApi],
});

import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { cloudPiServiceRef } from '@cpin/plugin-cloud-pi-native-node';
import { createCloudPiNativeActions } from './actions';

/**
 * Adds the Cloud π Native actions (`cpin:*`) to the scaffolder.
 *
 * @public
 */
export const scaffolderModuleCloudPiNative = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'cloud-pi-native',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        cloudPi: cloudPiServiceRef,
      },
      async init({ scaffolder, cloudPi }) {
        scaffolder.addActions(...createCloudPiNativeActions({ cloudPi }));
      },
    });
  },
});

import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { cloudPiNativeTranslationRef } from './translation';

/**
 * The plugin's translations beyond English (French). The new frontend system
 * registers it through the plugin; legacy apps pass it to
 * `createApp({ __experimentalTranslations: { resources: [...] } })`.
 *
 * @public
 */
export const cloudPiNativeTranslations = createTranslationResource({
  ref: cloudPiNativeTranslationRef,
  translations: {
    fr: () => import('./fr'),
  },
});

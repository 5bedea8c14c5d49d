import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { cloudPiNativeTranslations } from '../translation';

/**
 * Registers the plugin's French messages with the app's translation API.
 *
 * @alpha
 */
export const cloudPiNativeTranslation = TranslationBlueprint.make({
  name: 'cloud-pi-native',
  params: { resource: cloudPiNativeTranslations },
});

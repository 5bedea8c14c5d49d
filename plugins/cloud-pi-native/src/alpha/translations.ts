import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { cloudPiNativeTranslations } from '../translation';

/**
 * The plugin's French messages, for the app's translation API.
 *
 * @alpha
 */
export const cloudPiNativeTranslation = TranslationBlueprint.make({
  name: 'cloud-pi-native',
  params: { resource: cloudPiNativeTranslations },
});

/**
 * Adds the plugin's French messages to the app. The app's translations input
 * is internal to the `app` plugin, so a plugin cannot attach translations
 * itself: apps install this module next to the plugin.
 *
 * @alpha
 */
export const cloudPiNativeTranslationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [cloudPiNativeTranslation],
});

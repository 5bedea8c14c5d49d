import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { backstageTranslationsFr } from './resources';

/**
 * The French resources as `translation:app/fr-<ref id>` extensions of the
 * app plugin, one per translation ref, so an app can disable any of them in
 * `app-config` (`app.extensions: - translation:app/fr-kubernetes: false`).
 *
 * @public
 */
export const backstageTranslationsFrExtensions = backstageTranslationsFr.map(
  resource =>
    TranslationBlueprint.make({
      name: `fr-${resource.id.replace(/\./g, '-')}`,
      params: { resource },
    }),
);

/**
 * Adds the French messages of Backstage's core plugins to an app of the new
 * frontend system. Translations are inputs of the `app` plugin, hence a
 * module of it: `createApp({ features: [backstageTranslationsFrModule] })`.
 * The app still has to offer French (`api:app/app-language`).
 *
 * @public
 */
export const backstageTranslationsFrModule = createFrontendModule({
  pluginId: 'app',
  extensions: backstageTranslationsFrExtensions,
});

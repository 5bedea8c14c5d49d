import { createFrontendModule } from '@backstage/frontend-plugin-api';
import appPlugin from '@backstage/plugin-app';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { backstageTranslationsFrExtensions } from '@cpin/backstage-translations-fr';
import { catalogPageTranslation } from '../catalog';
import { relationTranslations } from '../catalogGraph';
import { errorsTranslations } from '../errors';
import { homeTranslations } from '../home/homeTranslation';
import { searchPageTranslation } from '../search';
import { navTranslations } from './navTranslation';
import { reloadOnLanguageChange } from './ReloadOnLanguageChange';
import { sonarqubeTranslations } from './sonarqubeTranslation';

/** The languages the portal offers, French first: it is the default. */
export const APP_LANGUAGES = ['fr', 'en'];

/** The language of a first visit, before the user picks one in the settings. */
export const DEFAULT_APP_LANGUAGE = 'fr';

/**
 * The app plugin's language API, offering French and English with French by
 * default. Users switch language on the settings page ("Language"); the app
 * plugin keeps their choice in local storage. `app-config` can still
 * override both values:
 *
 * ```yaml
 * app:
 *   extensions:
 *     - api:app/app-language:
 *         config: { availableLanguages: [en, fr], defaultLanguage: en }
 * ```
 */
export const appLanguageApi = appPlugin
  .getExtension('api:app/app-language')
  .override({
    factory: (originalFactory, { config }) =>
      originalFactory({
        config: {
          availableLanguages: config.availableLanguages ?? APP_LANGUAGES,
          defaultLanguage: config.defaultLanguage ?? DEFAULT_APP_LANGUAGE,
        },
      }),
  });

/** French labels of the sidebar (see `navTranslationRef`). */
export const navTranslation = TranslationBlueprint.make({
  name: 'nav',
  params: { resource: navTranslations },
});

/** French messages of the home page's welcome. */
export const homeTranslation = TranslationBlueprint.make({
  name: 'home',
  params: { resource: homeTranslations },
});

/** French names of the relations graph's edges. */
export const relationTranslation = TranslationBlueprint.make({
  name: 'catalog-relations',
  params: { resource: relationTranslations },
});

/** French messages of the not-found page and the crashed extension's panel. */
export const errorsTranslation = TranslationBlueprint.make({
  name: 'errors',
  params: { resource: errorsTranslations },
});

/** French messages of the community SonarQube card. */
export const sonarqubeTranslation = TranslationBlueprint.make({
  name: 'sonarqube',
  params: { resource: sonarqubeTranslations },
});

/**
 * Installs {@link appLanguageApi}, the reload that makes page titles follow
 * a language switch, and the French messages of the sidebar, the
 * catalog table's titles, the relations graph's edges, the home page's welcome, the search page's
 * labels, the error pages, the community SonarQube card and Backstage's own plugins (sign-in, sidebar, catalog, scaffolder,
 * settings…, from `@cpin/backstage-translations-fr`). Our plugin's messages
 * come with its own module (`cloudPiNativeTranslationsModule`).
 */
export const i18nModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    appLanguageApi,
    reloadOnLanguageChange,
    navTranslation,
    catalogPageTranslation,
    relationTranslation,
    homeTranslation,
    sonarqubeTranslation,
    searchPageTranslation,
    errorsTranslation,
    ...backstageTranslationsFrExtensions,
  ],
});

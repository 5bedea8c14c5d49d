import {
  type ApiHolder,
  appLanguageApiRef,
} from '@backstage/frontend-plugin-api';

/** A page or tab title in each language the portal offers. */
export interface LocalizedTitle {
  fr: string;
  en: string;
}

/**
 * The example's titles, by extension id. The sidebar names the pages in the
 * user's language (`navTranslationRef`); these set the page headers and
 * the entity tabs. A title set in `app-config` wins.
 */
export const LOCALIZED_TITLES = {
  'page:api-docs': { fr: 'API', en: 'APIs' },
  'page:catalog': { fr: 'Catalogue', en: 'Catalog' },
  'page:catalog/entity': { fr: 'Catalogue', en: 'Catalog' },
  'page:catalog-graph': { fr: 'Graphe du catalogue', en: 'Catalog Graph' },
  'entity-content:catalog/overview': { fr: 'Vue d’ensemble', en: 'Overview' },
  'entity-content:cloud-pi-native/environments': {
    fr: 'Environnements',
    en: 'Environments',
  },
  'page:scaffolder': { fr: 'Créer', en: 'Create' },
  'page:search': { fr: 'Recherche', en: 'Search' },
  'page:techdocs': { fr: 'Documentation', en: 'Docs' },
  'page:user-settings': { fr: 'Paramètres', en: 'Settings' },
  'sub-page:user-settings/general': { fr: 'Général', en: 'General' },
  'sub-page:user-settings/auth-providers': {
    fr: 'Fournisseurs d’authentification',
    en: 'Authentication Providers',
  },
  'sub-page:user-settings/feature-flags': {
    fr: 'Fonctions expérimentales',
    en: 'Feature Flags',
  },
  'sub-page:scaffolder/templates': { fr: 'Modèles', en: 'Templates' },
  'sub-page:scaffolder/tasks': { fr: 'Tâches', en: 'Tasks' },
  'sub-page:scaffolder/actions': { fr: 'Actions', en: 'Actions' },
  'sub-page:scaffolder/editor': {
    fr: 'Éditeur de modèles',
    en: 'Template Editor',
  },
  'sub-page:scaffolder/templating-extensions': {
    fr: 'Extensions de gabarit',
    en: 'Templating Extensions',
  },
} satisfies Record<string, LocalizedTitle>;

/** The language the app started in (the app starts again on a switch). */
export function appLanguage(apis: ApiHolder): string | undefined {
  return apis.get(appLanguageApiRef)?.getLanguage().language;
}

/**
 * The title in the language the app started in. Backstage page and tab
 * titles are plain strings that extensions read once, when the app starts:
 * {@link ReloadOnLanguageChange} starts the app again when the user picks
 * another language, so that they follow it.
 */
export function titleInAppLanguage(
  apis: ApiHolder,
  title: LocalizedTitle,
): string {
  return appLanguage(apis) === 'fr' ? title.fr : title.en;
}

/** The example's title of an extension, unless `app-config` set one. */
export function configWithTitle<TConfig extends { title?: string }>(
  config: TConfig,
  apis: ApiHolder,
  extensionId: keyof typeof LOCALIZED_TITLES,
): TConfig {
  return {
    ...config,
    title:
      config.title ?? titleInAppLanguage(apis, LOCALIZED_TITLES[extensionId]),
  };
}

import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';
import { LOCALIZED_TITLES } from './localizedTitles';

/**
 * The sidebar's own labels and the titles of the pages it links to. Page
 * titles are plain strings of each plugin (no translation ref), so the
 * sidebar translates the ones it knows by plugin id and shows the others as
 * they are.
 */
/** The nav titles of the pages, in English, by plugin id. */
const PAGE_TITLES = {
  home: 'Home',
  catalog: 'Catalog',
  scaffolder: 'Create',
  'api-docs': 'APIs',
  techdocs: 'Docs',
  'user-settings': 'Settings',
  'app-visualizer': 'Visualizer',
  'catalog-import': 'Register',
  'catalog-graph': 'Graph',
  notifications: 'Notifications',
  search: 'Search',
  org: 'Org',
  kubernetes: 'Kubernetes',
} as const;

export const navTranslationRef = createTranslationRef({
  id: 'app.nav',
  messages: {
    search: 'Search',
    menu: 'Menu',
    settings: 'Settings',
    pages: PAGE_TITLES,
  },
});

/**
 * The French titles of pages this example app sets itself (see
 * `localizedTitles.ts`): the sidebar still names those pages in the user's
 * language.
 */
const EXAMPLE_PAGE_TITLES: Partial<Record<TranslatedPage, string>> = {
  'api-docs': LOCALIZED_TITLES['page:api-docs'].fr,
  catalog: LOCALIZED_TITLES['page:catalog'].fr,
  'catalog-graph': LOCALIZED_TITLES['page:catalog-graph'].fr,
  scaffolder: LOCALIZED_TITLES['page:scaffolder'].fr,
  techdocs: LOCALIZED_TITLES['page:techdocs'].fr,
  'user-settings': LOCALIZED_TITLES['page:user-settings'].fr,
};

/**
 * Whether `title` is one of Backstage's own titles for the page of
 * `pluginId` (its plugin title or its nav title) or the example's own French
 * one, not one an adopter set in app-config.
 */
export function isDefaultPageTitle(
  pluginId: TranslatedPage,
  title: string,
  pluginTitle: string | undefined,
): boolean {
  return (
    title === pluginTitle ||
    title === PAGE_TITLES[pluginId] ||
    title === EXAMPLE_PAGE_TITLES[pluginId]
  );
}

/** The plugin ids whose page titles {@link navTranslationRef} translates. */
export type TranslatedPage = keyof typeof PAGE_TITLES;

/** The plugin ids of {@link TranslatedPage}. */
export const TRANSLATED_PAGES = Object.keys(PAGE_TITLES) as TranslatedPage[];

/** French messages of {@link navTranslationRef}. */
export const navTranslations = createTranslationResource({
  ref: navTranslationRef,
  translations: { fr: () => import('./navTranslationFr') },
});

import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';

/**
 * The search page's labels. Backstage's page writes them in English in its
 * code ("Result Type", "Kind"…), out of reach of its translation ref; the
 * example app's search page takes them from here.
 */
export const searchPageTranslationRef = createTranslationRef({
  id: 'app.search-page',
  messages: {
    resultType: 'Result type',
    softwareCatalog: 'Software Catalog',
    entity: 'Entity',
    kind: 'Kind',
    lifecycle: 'Lifecycle',
  },
});

/** French messages of {@link searchPageTranslationRef}. */
export const searchPageTranslations = createTranslationResource({
  ref: searchPageTranslationRef,
  translations: { fr: () => import('./searchPageTranslationFr') },
});

import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';

/** One title per list filter of the catalog ("owned", "starred", "all"). */
const titles = (kind: string) => ({
  all: `All ${kind}`,
  owned: `Owned ${kind}`,
  starred: `Starred ${kind}`,
});

/**
 * The catalog table's titles. Backstage builds its title from the raw filter
 * value and an English plural ("Owned Components"), which no translation can
 * reach; the example app's catalog page names each list in the user's
 * language instead, whole titles per kind since French nouns have genders.
 * TechDocs titles its table with the bare filter value ("All"): the example's
 * documentation page uses `documents`.
 */
export const catalogPageTranslationRef = createTranslationRef({
  id: 'app.catalog-page',
  messages: {
    kinds: {
      component: titles('components'),
      system: titles('systems'),
      resource: titles('resources'),
      api: titles('APIs'),
      group: titles('groups'),
      user: titles('users'),
      domain: titles('domains'),
      template: titles('templates'),
      location: titles('locations'),
    },
    documents: titles('documents'),
    otherKind: {
      all: 'All {{kind}} entities',
      owned: 'Owned {{kind}} entities',
      starred: 'Starred {{kind}} entities',
    },
  },
});

/** French messages of {@link catalogPageTranslationRef}. */
export const catalogPageTranslations = createTranslationResource({
  ref: catalogPageTranslationRef,
  translations: { fr: () => import('./catalogTranslationFr') },
});

import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { searchTranslationRef } from '@backstage/plugin-search';

/** `@backstage/plugin-search`: the search page and modal. */
const messages = createTranslationMessages({
  ref: searchTranslationRef,
  full: true,
  messages: {
    'searchModal.viewFullResults': 'Voir tous les résultats',
    'searchType.allResults': 'Tous les résultats',
    'searchType.tabs.allTitle': 'Tout',
    'searchType.accordion.allTitle': 'Tout',
    'searchType.accordion.collapse': 'Replier',
    'searchType.accordion.numberOfResults': '{{number}} résultats',
    'sidebarSearchModal.title': 'Rechercher',
  },
});

export default messages;

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
    // The English message has no plural forms: "1 résultats" would be wrong.
    'searchType.accordion.numberOfResults': 'Résultats\u00a0: {{number}}',
    'sidebarSearchModal.title': 'Rechercher',
  },
});

export default messages;

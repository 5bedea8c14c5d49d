import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { searchReactTranslationRef } from '@backstage/plugin-search-react';

/** `@backstage/plugin-search-react`: search bar, filters, results. */
const messages = createTranslationMessages({
  ref: searchReactTranslationRef,
  full: true,
  messages: {
    'searchBar.title': 'Rechercher',
    'searchBar.placeholder': 'Rechercher dans {{org}}',
    'searchBar.clearButtonTitle': 'Effacer',
    'searchFilter.allOptionTitle': 'Tout',
    'searchPagination.limitLabel': 'Résultats par page :',
    'searchPagination.limitText': 'sur {{num}}',
    noResultsDescription: 'Aucun résultat',
    'searchResultGroup.linkTitle': 'Tout voir',
    'searchResultGroup.addFilterButtonTitle': 'Ajouter un filtre',
    'searchResultPager.previous': 'Précédent',
    'searchResultPager.next': 'Suivant',
  },
});

export default messages;

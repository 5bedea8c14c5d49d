import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { searchPageTranslationRef } from './searchPageTranslation';

const fr = createTranslationMessages({
  ref: searchPageTranslationRef,
  full: true,
  messages: {
    resultType: 'Type de résultat',
    softwareCatalog: 'Catalogue',
    entity: 'Entité',
    kind: 'Type d’entité',
    lifecycle: 'Cycle de vie',
  },
});

export default fr;

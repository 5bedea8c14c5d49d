import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { notFoundTranslationRef } from './notFoundTranslation';

const fr = createTranslationMessages({
  ref: notFoundTranslationRef,
  full: true,
  messages: {
    status: 'PAGE INTROUVABLE',
    help: 'Si vous pensez qu’il s’agit d’une erreur, {{contactSupport}}.',
    contactSupport: 'contactez le support',
  },
});

export default fr;

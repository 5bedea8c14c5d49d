import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { errorsTranslationRef } from './errorsTranslation';

const fr = createTranslationMessages({
  ref: errorsTranslationRef,
  full: true,
  messages: {
    'notFound.status': 'PAGE INTROUVABLE',
    'notFound.help':
      'Si vous pensez qu’il s’agit d’une erreur, {{contactSupport}}.',
    'notFound.contactSupport': 'contactez le support',
    'display.title': 'Cette partie de la page n’a pas pu s’afficher',
    'display.titleOfPlugin':
      'Cette partie de la page n’a pas pu s’afficher ({{plugin}})',
    'display.retry': 'Réessayer',
    'display.codeUnavailable':
      'Son code n’a pas pu être téléchargé : le portail a peut-être été mis à jour depuis l’ouverture de cette page.',
    'display.reload': 'Recharger la page',
  },
});

export default fr;

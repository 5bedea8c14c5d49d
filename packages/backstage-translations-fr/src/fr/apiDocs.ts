import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';

/** `@backstage/plugin-api-docs`: the API explorer and API cards. */
const messages = createTranslationMessages({
  ref: apiDocsTranslationRef,
  full: true,
  messages: {
    'apiDefinitionCard.error.title': 'Impossible de charger l’API',
    'apiDefinitionCard.rawButtonTitle': 'Brut',
    'apiDefinitionDialog.closeButtonTitle': 'Fermer',
    'apiDefinitionDialog.tabsAriaLabel': 'Options de la définition d’API',
    'apiDefinitionDialog.toggleButtonAriaLabel':
      'Afficher ou masquer la définition d’API',
    'apiDefinitionDialog.rawButtonTitle': 'Brut',
    'defaultApiExplorerPage.title': 'API',
    'defaultApiExplorerPage.subtitle': 'Explorateur d’API {{orgName}}',
    'defaultApiExplorerPage.pageTitleOverride': 'API',
    'defaultApiExplorerPage.createButtonTitle': 'Inscrire une API existante',
    'defaultApiExplorerPage.supportButtonTitle': 'Toutes vos API',
    'consumedApisCard.title': 'API consommées',
    'consumedApisCard.error.title': 'Impossible de charger les API',
    'consumedApisCard.emptyContent.title':
      'Cette entité ({{entity}}) ne consomme aucune API.',
    'hasApisCard.title': 'API',
    'hasApisCard.error.title': 'Impossible de charger les API',
    'hasApisCard.emptyContent.title':
      'Cette entité ({{entity}}) ne contient aucune API.',
    'providedApisCard.title': 'API fournies',
    'providedApisCard.error.title': 'Impossible de charger les API',
    'providedApisCard.emptyContent.title':
      'Cette entité ({{entity}}) ne fournit aucune API.',
    'apiEntityColumns.typeTitle': 'Type',
    'apiEntityColumns.apiDefinitionTitle': 'Définition de l’API',
    'consumingComponentsCard.title': 'Consommateurs',
    'consumingComponentsCard.error.title':
      'Impossible de charger les composants',
    'consumingComponentsCard.emptyContent.title':
      'Aucun composant ne consomme cette API.',
    'providingComponentsCard.title': 'Fournisseurs',
    'providingComponentsCard.error.title':
      'Impossible de charger les composants',
    'providingComponentsCard.emptyContent.title':
      'Aucun composant ne fournit cette API.',
    apisCardHelpLinkTitle: 'Comment modifier cela',
  },
});

export default messages;

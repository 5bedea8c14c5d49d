import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { homeTranslationRef } from '@backstage/plugin-home';

/** `@backstage/plugin-home`: the customisable home page and its cards. */
const messages = createTranslationMessages({
  ref: homeTranslationRef,
  full: true,
  messages: {
    'addWidgetDialog.title': 'Ajouter un widget au tableau de bord',
    'addWidgetDialog.noAvailableWidgets':
      'Tous les widgets disponibles sont déjà sur le tableau de bord.',
    'customHomepageButtons.edit': 'Modifier',
    'customHomepageButtons.restoreDefaults': 'Rétablir les valeurs par défaut',
    'customHomepageButtons.clearAll': 'Tout retirer',
    'customHomepageButtons.addWidget': 'Ajouter un widget',
    'customHomepageButtons.save': 'Enregistrer',
    'customHomepageButtons.cancel': 'Annuler',
    'customHomepage.noWidgets':
      'Aucun widget. Commencez par le bouton « Ajouter un widget ».',
    'widgetSettingsOverlay.editSettingsTooltip': 'Modifier les paramètres',
    'widgetSettingsOverlay.editSettingsTooptip': 'Modifier les paramètres',
    'widgetSettingsOverlay.deleteWidgetTooltip': 'Supprimer le widget',
    'widgetSettingsOverlay.submitButtonTitle': 'Valider',
    'widgetSettingsOverlay.cancelButtonTitle': 'Annuler',
    'starredEntityListItem.removeFavoriteEntityTitle':
      'Retirer l’entité des favoris',
    'visitList.empty.title': 'Aucune visite à afficher pour l’instant.',
    'visitList.empty.description':
      'Les pages que vous visitez apparaîtront ici, pour reprendre là où vous en étiez.',
    'visitList.few.title':
      'Plus vous visitez de pages, plus cette liste s’étoffe.',
    'visitList.disabled.title': 'Le suivi des visites n’est pas activé.',
    'visitList.disabled.description':
      'Activez le suivi des visites dans app-config.yaml pour voir ici vos pages les plus et les plus récemment visitées.',
    'quickStart.title': 'Premiers pas',
    'quickStart.description': 'Bien démarrer avec Backstage',
    'quickStart.learnMoreLinkTitle': 'En savoir plus',
    'starredEntities.noStarredEntitiesMessage':
      'Cliquez sur l’étoile à côté du nom d’une entité pour l’ajouter à cette liste !',
    'visitedByType.action.viewMore': 'Voir plus',
    'visitedByType.action.viewLess': 'Voir moins',
    'featuredDocsCard.learnMoreTitle': 'EN SAVOIR PLUS',
    'featuredDocsCard.empty.title': 'Aucun document à afficher',
    'featuredDocsCard.empty.description':
      'Créez votre propre document. Consultez notre guide de démarrage.',
    'featuredDocsCard.empty.learnMoreLinkTitle': 'DOCUMENTATION',
  },
});

export default messages;

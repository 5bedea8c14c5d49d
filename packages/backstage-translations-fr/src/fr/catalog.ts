import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { catalogTranslationRef } from '@backstage/plugin-catalog';

/** `@backstage/plugin-catalog`: the catalog page and the entity pages. */
const messages = createTranslationMessages({
  ref: catalogTranslationRef,
  full: true,
  messages: {
    'indexPage.title': 'Catalogue {{orgName}}',
    'indexPage.createButtonTitle': 'Créer',
    'indexPage.supportButtonContent':
      'Toutes les entités de votre catalogue logiciel',
    'entityPage.notFoundMessage':
      'Aucune entité {{kind}} ne correspond aux {{link}} demandés.',
    'entityPage.notFoundLinkText': 'type, espace de noms et nom',
    'aboutCard.title': 'À propos',
    'aboutCard.refreshButtonTitle': 'Programmer l’actualisation de l’entité',
    'aboutCard.editButtonTitle': 'Modifier les métadonnées',
    'aboutCard.editButtonAriaLabel': 'Modifier',
    'aboutCard.createSimilarButtonTitle': 'Créer une entité semblable',
    'aboutCard.refreshScheduledMessage': 'Actualisation programmée',
    'aboutCard.refreshButtonAriaLabel': 'Actualiser',
    'aboutCard.launchTemplate': 'Lancer le modèle',
    'aboutCard.viewTechdocs': 'Voir la documentation',
    'aboutCard.viewSource': 'Voir la source',
    'aboutCard.unknown': 'inconnu',
    'aboutCard.descriptionField.label': 'Description',
    'aboutCard.descriptionField.value': 'Aucune description',
    'aboutCard.ownerField.label': 'Propriétaire',
    'aboutCard.ownerField.value': 'Aucun propriétaire',
    'aboutCard.domainField.label': 'Domaine',
    'aboutCard.domainField.value': 'Aucun domaine',
    'aboutCard.systemField.label': 'Système',
    'aboutCard.systemField.value': 'Aucun système',
    'aboutCard.parentComponentField.label': 'Composant parent',
    'aboutCard.parentComponentField.value': 'Aucun composant parent',
    'aboutCard.kindField.label': 'Type d’entité',
    'aboutCard.typeField.label': 'Type',
    'aboutCard.lifecycleField.label': 'Cycle de vie',
    'aboutCard.tagsField.label': 'Étiquettes',
    'aboutCard.tagsField.value': 'Aucune étiquette',
    'aboutCard.targetsField.label': 'Cibles',
    'searchResultItem.kind': 'Type d’entité',
    'searchResultItem.type': 'Type',
    'searchResultItem.lifecycle': 'Cycle de vie',
    'searchResultItem.owner': 'Propriétaire',
    'catalogTable.warningPanelTitle':
      'Impossible de charger les entités du catalogue.',
    'catalogTable.viewActionTitle': 'Voir',
    'catalogTable.editActionTitle': 'Modifier',
    'catalogTable.starActionTitle': 'Ajouter aux favoris',
    'catalogTable.unStarActionTitle': 'Retirer des favoris',
    'catalogTable.allFilters': 'Tous',
    'dependencyOfComponentsCard.title': 'Composants qui en dépendent',
    'dependencyOfComponentsCard.emptyMessage':
      'Aucun composant ne dépend de ce composant.',
    'dependsOnComponentsCard.title': 'Dépend des composants',
    'dependsOnComponentsCard.emptyMessage':
      'Ce composant ne dépend d’aucun composant.',
    'dependsOnResourcesCard.title': 'Dépend des ressources',
    'dependsOnResourcesCard.emptyMessage':
      'Ce composant ne dépend d’aucune ressource.',
    'entityContextMenu.copiedMessage': 'Copié !',
    'entityContextMenu.moreButtonTitle': 'Plus',
    'entityContextMenu.inspectMenuTitle': 'Inspecter l’entité',
    'entityContextMenu.copyURLMenuTitle': 'Copier l’URL de l’entité',
    'entityContextMenu.unregisterMenuTitle': 'Désinscrire l’entité',
    'entityContextMenu.moreButtonAriaLabel': 'Plus d’actions',
    'entityLabelsCard.title': 'Libellés',
    'entityLabelsCard.columnKeyLabel': 'Libellé',
    'entityLabelsCard.columnValueLabel': 'Valeur',
    'entityLabelsCard.emptyDescription':
      'Aucun libellé n’est défini pour cette entité. Vous pouvez en ajouter dans le YAML de l’entité, comme dans l’exemple surligné ci-dessous :',
    'entityLabelsCard.readMoreButtonTitle': 'En savoir plus',
    'entityLabels.warningPanelTitle': 'Entité introuvable',
    'entityLabels.ownerLabel': 'Propriétaire',
    'entityLabels.lifecycleLabel': 'Cycle de vie',
    'entityLabels.systemLabel': 'Système',
    'entityLabels.domainLabel': 'Domaine',
    'entityLabels.partOfLabel': 'Fait partie de',
    'entityLinksCard.title': 'Liens',
    'entityLinksCard.emptyDescription':
      'Aucun lien n’est défini pour cette entité. Vous pouvez en ajouter dans le YAML de l’entité, comme dans l’exemple surligné ci-dessous :',
    'entityLinksCard.readMoreButtonTitle': 'En savoir plus',
    'entityNotFound.title': 'Entité introuvable',
    'entityNotFound.description':
      'Vous voulez nous aider à construire cette page ? Consultez notre documentation de démarrage.',
    'entityNotFound.docButtonTitle': 'DOCUMENTATION',
    'entityTabs.tabsAriaLabel': 'Onglets',
    'deleteEntity.dialogTitle': 'Voulez-vous vraiment supprimer cette entité ?',
    'deleteEntity.deleteButtonTitle': 'Supprimer',
    'deleteEntity.cancelButtonTitle': 'Annuler',
    'deleteEntity.description':
      'Aucun emplacement ne référence cette entité : elle ne reçoit donc plus de mises à jour.',
    'deleteEntity.actionButtonTitle': 'Supprimer l’entité',
    'catalogExportButton.triggerButtonTitle': 'Exporter la sélection',
    'catalogExportButton.dialogTitle': 'Exporter la sélection du catalogue',
    'catalogExportButton.formatLabel': 'Format',
    'catalogExportButton.columnsLabel': 'Colonnes',
    'catalogExportButton.cancelButtonTitle': 'Annuler',
    'catalogExportButton.confirmButtonTitle': 'Confirmer',
    'catalogExportButton.exportingButtonTitle': 'Export en cours…',
    'catalogExportButton.successMessage': 'Catalogue exporté',
    'catalogExportButton.errorMessage':
      'L’export du catalogue a échoué : {{errorMessage}}',
    entityProcessingErrorsDescription: 'L’erreur ci-dessous provient de',
    entityRelationWarningDescription:
      'Cette entité est liée à des entités introuvables dans le catalogue.\n Entités introuvables : ',
    'hasComponentsCard.title': 'Composants',
    'hasComponentsCard.emptyMessage':
      'Aucun composant ne fait partie de ce système.',
    'hasResourcesCard.title': 'Ressources',
    'hasResourcesCard.emptyMessage':
      'Aucune ressource ne fait partie de ce système.',
    'hasSubcomponentsCard.title': 'Sous-composants',
    'hasSubcomponentsCard.emptyMessage':
      'Aucun sous-composant ne fait partie de ce composant.',
    'hasSubdomainsCard.title': 'Sous-domaines',
    'hasSubdomainsCard.emptyMessage':
      'Aucun sous-domaine ne fait partie de ce domaine.',
    'hasSystemsCard.title': 'Systèmes',
    'hasSystemsCard.emptyMessage':
      'Aucun système ne fait partie de ce domaine.',
    'relatedEntitiesCard.emptyHelpLinkTitle': 'Comment modifier cela',
    'systemDiagramCard.title': 'Diagramme du système',
    'systemDiagramCard.description':
      'Pincez et zoomez pour vous déplacer dans le diagramme.',
    'systemDiagramCard.edgeLabels.partOf': 'fait partie de',
    'systemDiagramCard.edgeLabels.provides': 'fournit',
    'systemDiagramCard.edgeLabels.dependsOn': 'dépend de',
  },
});

export default messages;

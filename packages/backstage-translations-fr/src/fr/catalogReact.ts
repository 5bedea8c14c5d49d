import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react';

/** `@backstage/plugin-catalog-react`: filters, pickers, inspector, empty states. */
const messages = createTranslationMessages({
  ref: catalogReactTranslationRef,
  full: true,
  messages: {
    'catalogFilter.title': 'Filtres',
    'catalogFilter.buttonTitle': 'Filtres',
    'entityKindPicker.title': 'Type d’entité',
    'entityKindPicker.errorMessage':
      'Impossible de charger les types d’entités',
    'entityLifecyclePicker.title': 'Cycle de vie',
    'entityNamespacePicker.title': 'Espace de noms',
    'entityOwnerPicker.title': 'Propriétaire',
    'entityProcessingStatusPicker.title': 'État du traitement',
    'entityTagPicker.title': 'Étiquettes',
    'entityPeekAheadPopover.title':
      'Ouvrez l’entité pour voir toutes ses étiquettes.',
    'entityPeekAheadPopover.emailCardAction.title': 'Écrire à {{email}}',
    'entityPeekAheadPopover.emailCardAction.subTitle': 'mailto {{email}}',
    'entityPeekAheadPopover.emailCardAction.ariaLabel': 'Courriel',
    'entityPeekAheadPopover.entityCardActionsAriaLabel': 'Afficher',
    'entityPeekAheadPopover.entityCardActionsTitle': 'Voir les détails',
    'entitySearchBar.placeholder': 'Rechercher',
    'entityTypePicker.title': 'Type',
    'entityTypePicker.errorMessage': 'Impossible de charger les types',
    'entityTypePicker.optionAllTitle': 'tous',
    'favoriteEntity.addToFavorites': 'Ajouter aux favoris',
    'favoriteEntity.removeFromFavorites': 'Retirer des favoris',
    'inspectEntityDialog.title': 'Inspecteur d’entité',
    'inspectEntityDialog.closeButtonTitle': 'Fermer',
    'inspectEntityDialog.ancestryPage.title': 'Ascendance',
    'inspectEntityDialog.ancestryPage.description':
      'Voici l’ascendance de l’entité courante : la ou les chaînes d’entités qui y mènent, où des {{processorsLink}} des entités enfants qui ont fini par produire l’entité courante. Ce mécanisme est entièrement distinct des relations.',
    'inspectEntityDialog.ancestryPage.processorsLink': 'processeurs ont émis',
    'inspectEntityDialog.colocatedPage.title': 'Même origine',
    'inspectEntityDialog.colocatedPage.description':
      'Les entités colocalisées avec celle-ci : elles proviennent de la même source de données (par exemple du même fichier YAML) ou de la même origine (par exemple l’URL enregistrée à l’origine).',
    'inspectEntityDialog.colocatedPage.alertNoLocation':
      'L’entité n’a aucune information d’emplacement.',
    'inspectEntityDialog.colocatedPage.alertNoEntity':
      'Aucune autre entité à cet emplacement.',
    'inspectEntityDialog.colocatedPage.locationHeader': 'Au même emplacement',
    'inspectEntityDialog.colocatedPage.originHeader': 'À la même origine',
    'inspectEntityDialog.colocatedPage.entityListAriaLabel':
      'Entités colocalisées',
    'inspectEntityDialog.jsonPage.title': 'Entité en JSON',
    'inspectEntityDialog.jsonPage.description':
      'Les données brutes de l’entité telles que le catalogue les fournit, au format JSON.',
    'inspectEntityDialog.overviewPage.title': 'Vue d’ensemble',
    'inspectEntityDialog.overviewPage.relation.title': 'Relations',
    'inspectEntityDialog.overviewPage.status.title': 'État',
    'inspectEntityDialog.overviewPage.identity.title': 'Identité',
    'inspectEntityDialog.overviewPage.metadata.title': 'Métadonnées',
    'inspectEntityDialog.overviewPage.annotations': 'Annotations',
    'inspectEntityDialog.overviewPage.labels': 'Libellés',
    'inspectEntityDialog.overviewPage.tags': 'Étiquettes',
    'inspectEntityDialog.overviewPage.copyAriaLabel': 'Copier {{label}}',
    'inspectEntityDialog.overviewPage.copiedStatus': 'Copié',
    'inspectEntityDialog.overviewPage.helpLinkAriaLabel': 'En savoir plus',
    'inspectEntityDialog.yamlPage.title': 'Entité en YAML',
    'inspectEntityDialog.yamlPage.description':
      'Les données brutes de l’entité telles que le catalogue les fournit, au format YAML.',
    'inspectEntityDialog.tabNames.overview': 'Vue d’ensemble',
    'inspectEntityDialog.tabNames.ancestry': 'Ascendance',
    'inspectEntityDialog.tabNames.colocated': 'Même origine',
    'inspectEntityDialog.tabNames.json': 'JSON brut',
    'inspectEntityDialog.tabNames.yaml': 'YAML brut',
    'inspectEntityDialog.tabsAriaLabel': 'Options de l’inspecteur',
    'unregisterEntityDialog.title':
      'Voulez-vous vraiment désinscrire cette entité ?',
    'unregisterEntityDialog.cancelButtonTitle': 'Annuler',
    'unregisterEntityDialog.deleteButtonTitle': 'Supprimer l’entité',
    'unregisterEntityDialog.deleteEntitySuccessMessage':
      'Entité {{entityName}} supprimée',
    'unregisterEntityDialog.bootstrapState.title':
      'Impossible de désinscrire cette entité : elle provient d’une configuration Backstage protégée (emplacement « {{location}} »). Si vous pensez qu’il s’agit d’une erreur, contactez l’intégrateur de {{appTitle}}.',
    'unregisterEntityDialog.bootstrapState.advancedDescription':
      'Vous pouvez supprimer l’entité elle-même du catalogue. Ne le faites que si vous savez que le fichier du catalogue a été supprimé de son emplacement d’origine ou déplacé. Sinon, l’entité réapparaîtra à la prochaine actualisation du catalogue.',
    'unregisterEntityDialog.bootstrapState.advancedOptions': 'Options avancées',
    'unregisterEntityDialog.onlyDeleteStateTitle':
      'Cette entité ne semble pas provenir d’un emplacement inscrit. Vous pouvez seulement la supprimer directement du catalogue.',
    'unregisterEntityDialog.unregisterState.title':
      'Cette action désinscrit les entités suivantes :',
    'unregisterEntityDialog.unregisterState.subTitle':
      'Situées à l’emplacement suivant :',
    'unregisterEntityDialog.unregisterState.description':
      'Pour annuler, inscrivez de nouveau l’entité dans {{appTitle}}.',
    'unregisterEntityDialog.unregisterState.unregisterButtonTitle':
      'Désinscrire l’emplacement',
    'unregisterEntityDialog.unregisterState.advancedOptions':
      'Options avancées',
    'unregisterEntityDialog.unregisterState.advancedDescription':
      'Vous pouvez aussi supprimer l’entité elle-même du catalogue. Ne le faites que si vous savez que le fichier du catalogue a été supprimé de son emplacement d’origine ou déplacé. Sinon, l’entité réapparaîtra à la prochaine actualisation du catalogue.',
    'unregisterEntityDialog.errorStateTitle': 'Erreur interne : état inconnu',
    'userListPicker.defaultOrgName': 'Organisation',
    'userListPicker.personalFilter.title': 'Personnel',
    'userListPicker.personalFilter.ownedLabel': 'Les miens',
    'userListPicker.personalFilter.starredLabel': 'Favoris',
    'userListPicker.orgFilterAllLabel': 'Tous',
    'entityTableColumnTitle.name': 'Nom',
    'entityTableColumnTitle.system': 'Système',
    'entityTableColumnTitle.owner': 'Propriétaire',
    'entityTableColumnTitle.type': 'Type',
    'entityTableColumnTitle.lifecycle': 'Cycle de vie',
    'entityTableColumnTitle.namespace': 'Espace de noms',
    'entityTableColumnTitle.description': 'Description',
    'entityTableColumnTitle.tags': 'Étiquettes',
    'entityTableColumnTitle.targets': 'Cibles',
    'entityTableColumnTitle.title': 'Titre',
    'entityTableColumnTitle.label': 'Libellé',
    'entityTableColumnTitle.domain': 'Domaine',
    'entityRelationCard.emptyHelpLinkTitle': 'Comment modifier cela',
    'missingAnnotationEmptyState.title': 'Annotation manquante',
    'missingAnnotationEmptyState.readMore': 'En savoir plus',
    'missingAnnotationEmptyState.annotationYaml':
      'Ajoutez l’annotation au YAML de votre {{entityKind}}, comme dans l’exemple surligné ci-dessous :',
    'missingAnnotationEmptyState.generateDescription_one':
      'L’annotation {{annotations}} est absente. Ajoutez-la à votre {{entityKind}} pour activer cet outil.',
    'missingAnnotationEmptyState.generateDescription_other':
      'Les annotations {{annotations}} sont absentes. Ajoutez-les à votre {{entityKind}} pour activer cet outil.',
  },
});

export default messages;

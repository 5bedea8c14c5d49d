import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { catalogImportTranslationRef } from '@backstage/plugin-catalog-import';

/** `@backstage/plugin-catalog-import`: registering existing components. */
const messages = createTranslationMessages({
  ref: catalogImportTranslationRef,
  full: true,
  messages: {
    'buttons.back': 'Précédent',
    'defaultImportPage.headerTitle': 'Inscrire un composant existant',
    'defaultImportPage.contentHeaderTitle':
      'Suivez votre composant dans {{appTitle}}',
    'defaultImportPage.supportTitle':
      'Suivez votre composant dans {{appTitle}} en l’ajoutant au catalogue logiciel.',
    'importInfoCard.title': 'Inscrire un composant existant',
    'importInfoCard.deepLinkTitle': 'En savoir plus sur le catalogue logiciel',
    'importInfoCard.linkDescription':
      'Saisissez l’URL du dépôt de votre code source pour l’ajouter à {{appTitle}}.',
    'importInfoCard.fileLinkTitle': 'Lien vers un fichier d’entité existant',
    'importInfoCard.examplePrefix': 'Exemple : ',
    'importInfoCard.fileLinkDescription':
      'L’assistant analyse le fichier, prévisualise les entités et les ajoute au catalogue de {{appTitle}}.',
    'importInfoCard.githubIntegration.title': 'Lien vers un dépôt',
    'importInfoCard.githubIntegration.label': 'GitHub uniquement',
    'importInfoCard.exampleDescription':
      'L’assistant trouve tous les fichiers {{catalogFilename}} du dépôt, prévisualise les entités et les ajoute au catalogue de {{appTitle}}.',
    'importInfoCard.preparePullRequestDescription':
      'S’il ne trouve aucune entité, l’assistant prépare une demande de fusion qui ajoute un exemple de {{catalogFilename}} ; le catalogue de {{appTitle}} chargera toutes les entités dès qu’elle sera fusionnée.',
    'importStepper.singleLocation.title': 'Choisir les emplacements',
    'importStepper.singleLocation.description': 'Emplacements trouvés : 1',
    'importStepper.multipleLocations.title': 'Choisir les emplacements',
    'importStepper.multipleLocations.description':
      'Emplacements trouvés : {{length, number}}',
    'importStepper.noLocation.title': 'Créer une demande de fusion',
    'importStepper.noLocation.createPr.detailsTitle':
      'Détails de la demande de fusion',
    'importStepper.noLocation.createPr.titleLabel':
      'Titre de la demande de fusion',
    'importStepper.noLocation.createPr.titlePlaceholder':
      'Ajouter les fichiers de description des entités du catalogue Backstage',
    'importStepper.noLocation.createPr.bodyLabel':
      'Description de la demande de fusion',
    'importStepper.noLocation.createPr.bodyPlaceholder':
      'Un texte descriptif, en Markdown',
    'importStepper.noLocation.createPr.configurationTitle':
      'Configuration de l’entité',
    'importStepper.noLocation.createPr.componentNameLabel':
      'Nom du composant créé',
    'importStepper.noLocation.createPr.componentNamePlaceholder':
      'mon-composant',
    'importStepper.noLocation.createPr.ownerLoadingText':
      'Chargement des groupes…',
    'importStepper.noLocation.createPr.ownerHelperText':
      'Choisissez un propriétaire dans la liste ou saisissez la référence d’un groupe ou d’un utilisateur',
    'importStepper.noLocation.createPr.ownerErrorHelperText': 'valeur requise',
    'importStepper.noLocation.createPr.ownerLabel': 'Propriétaire de l’entité',
    'importStepper.noLocation.createPr.ownerPlaceholder': 'mon-groupe',
    'importStepper.noLocation.createPr.codeownersHelperText':
      'ATTENTION : cela peut échouer s’il n’y a pas de fichier CODEOWNERS à l’emplacement cible.',
    'importStepper.analyze.title': 'Choisir l’URL',
    'importStepper.prepare.title': 'Actions d’import',
    'importStepper.prepare.description': 'Facultatif',
    'importStepper.review.title': 'Vérification',
    'importStepper.finish.title': 'Fin',
    'stepFinishImportLocation.backButtonText': 'En inscrire un autre',
    'stepFinishImportLocation.repository.title':
      'La demande de fusion suivante a été ouverte : ',
    'stepFinishImportLocation.repository.description':
      'Vos entités seront importées dès que la demande de fusion sera fusionnée.',
    'stepFinishImportLocation.locations.new':
      'Les entités suivantes ont été ajoutées au catalogue :',
    'stepFinishImportLocation.locations.existing':
      'Une actualisation a été déclenchée pour les emplacements suivants :',
    'stepFinishImportLocation.locations.viewButtonText': 'Voir le composant',
    'stepFinishImportLocation.locations.backButtonText': 'En inscrire un autre',
    'stepInitAnalyzeUrl.error.repository':
      'Impossible de générer des entités pour votre dépôt',
    'stepInitAnalyzeUrl.error.locations': 'Aucune entité à cet emplacement',
    'stepInitAnalyzeUrl.error.default':
      'Résultat d’analyse de type inconnu ({{type}}). Contactez l’équipe d’assistance.',
    'stepInitAnalyzeUrl.error.url': 'Doit commencer par http:// ou https://.',
    'stepInitAnalyzeUrl.urlHelperText':
      'Saisissez le chemin complet de votre fichier d’entité pour commencer à suivre votre composant',
    'stepInitAnalyzeUrl.nextButtonText': 'Analyser',
    'stepPrepareCreatePullRequest.description':
      'Vous avez donné le lien d’un dépôt {{integrationType}}, mais aucun {{catalogFilename}} n’y a été trouvé. Ce formulaire ouvre une demande de fusion qui en crée un.',
    'stepPrepareCreatePullRequest.previewPr.title':
      'Aperçu de la demande de fusion',
    'stepPrepareCreatePullRequest.previewPr.subheader':
      'Créer une demande de fusion',
    'stepPrepareCreatePullRequest.previewCatalogInfo.title':
      'Aperçu des entités',
    'stepPrepareCreatePullRequest.nextButtonText': 'Créer la demande',
    'stepPrepareSelectLocations.locations.description':
      'Choisissez un ou plusieurs emplacements de votre dépôt git :',
    'stepPrepareSelectLocations.locations.selectAll': 'Tout sélectionner',
    'stepPrepareSelectLocations.existingLocations.description':
      'Ces emplacements existent déjà dans le catalogue :',
    'stepPrepareSelectLocations.nextButtonText': 'Vérifier',
    'stepReviewLocation.prepareResult.title':
      'La demande de fusion suivante a été ouverte : ',
    'stepReviewLocation.prepareResult.description':
      'Vous pouvez déjà importer l’emplacement : {{appTitle}} chargera les entités dès que la demande de fusion sera fusionnée.',
    'stepReviewLocation.catalog.exists':
      'Les emplacements suivants existent déjà dans le catalogue :',
    'stepReviewLocation.catalog.new':
      'Les entités suivantes seront ajoutées au catalogue :',
    'stepReviewLocation.refresh': 'Actualiser',
    'stepReviewLocation.import': 'Importer',
  },
});

export default messages;

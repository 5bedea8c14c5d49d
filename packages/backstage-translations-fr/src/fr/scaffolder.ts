import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';

/** `@backstage/plugin-scaffolder`: templates, task pages, template editor. */
const messages = createTranslationMessages({
  ref: scaffolderTranslationRef,
  full: true,
  messages: {
    'aboutCard.launchTemplate': 'Lancer le modèle',
    'actionsPage.title': 'Actions installées',
    'actionsPage.pageTitle': 'Créer un composant',
    'actionsPage.subtitle': 'Toutes les actions installées',
    'actionsPage.content.emptyState.title': 'Rien à afficher',
    'actionsPage.content.emptyState.description':
      'Aucune action n’est installée, ou la communication avec le backend a échoué.',
    'actionsPage.content.searchFieldPlaceholder': 'Rechercher une action',
    'actionsPage.action.input': 'Entrée',
    'actionsPage.action.output': 'Sortie',
    'actionsPage.action.examples': 'Exemples',
    'fields.entityNamePicker.title': 'Nom',
    'fields.entityNamePicker.description': 'Nom unique du composant',
    'fields.entityPicker.title': 'Entité',
    'fields.entityPicker.description': 'Une entité du catalogue',
    'fields.entityTagsPicker.title': 'Étiquettes',
    'fields.entityTagsPicker.description':
      'Ajoutez les étiquettes utiles, Entrée pour valider chacune. Format : [a-z0-9+#] séparés par [-], 63 caractères au plus',
    'fields.multiEntityPicker.title': 'Entité',
    'fields.multiEntityPicker.description': 'Une entité du catalogue',
    'fields.myGroupsPicker.title': 'Entité',
    'fields.myGroupsPicker.description': 'Une entité du catalogue',
    'fields.ownedEntityPicker.title': 'Entité',
    'fields.ownedEntityPicker.description': 'Une entité du catalogue',
    'fields.ownerPicker.title': 'Propriétaire',
    'fields.ownerPicker.description': 'Le propriétaire du composant',
    'fields.azureRepoPicker.organization.title': 'Organisation',
    'fields.azureRepoPicker.organization.description':
      'L’organisation à laquelle appartiendra ce dépôt',
    'fields.azureRepoPicker.project.title': 'Projet',
    'fields.azureRepoPicker.project.description':
      'Le projet auquel appartiendra ce dépôt',
    'fields.bitbucketRepoPicker.workspaces.title':
      'Espaces de travail autorisés',
    'fields.bitbucketRepoPicker.workspaces.inputTitle': 'Espaces de travail',
    'fields.bitbucketRepoPicker.workspaces.description':
      'L’espace de travail auquel appartiendra ce dépôt',
    'fields.bitbucketRepoPicker.project.title': 'Projets autorisés',
    'fields.bitbucketRepoPicker.project.inputTitle': 'Projets',
    'fields.bitbucketRepoPicker.project.description':
      'Le projet auquel appartiendra ce dépôt',
    'fields.gerritRepoPicker.owner.title': 'Propriétaire',
    'fields.gerritRepoPicker.owner.description':
      'Le propriétaire du projet (facultatif)',
    'fields.gerritRepoPicker.parent.title': 'Parent',
    'fields.gerritRepoPicker.parent.description':
      'Le projet parent auquel appartiendra ce dépôt',
    'fields.giteaRepoPicker.owner.title': 'Propriétaires disponibles',
    'fields.giteaRepoPicker.owner.inputTitle': 'Propriétaire',
    'fields.giteaRepoPicker.owner.description':
      'L’espace de noms Gitea auquel appartiendra ce dépôt : une organisation, un groupe, un sous-groupe, un utilisateur ou le projet.',
    'fields.githubRepoPicker.owner.title': 'Propriétaires disponibles',
    'fields.githubRepoPicker.owner.inputTitle': 'Propriétaire',
    'fields.githubRepoPicker.owner.description':
      'L’organisation, l’utilisateur ou le projet auquel appartiendra ce dépôt',
    'fields.gitlabRepoPicker.owner.title': 'Propriétaires disponibles',
    'fields.gitlabRepoPicker.owner.inputTitle': 'Propriétaire',
    'fields.gitlabRepoPicker.owner.description':
      'L’espace de noms GitLab auquel appartiendra ce dépôt : une organisation, un groupe, un sous-groupe, un utilisateur ou le projet.',
    'fields.repoUrlPicker.host.title': 'Hôte',
    'fields.repoUrlPicker.host.description': 'L’hôte où le dépôt sera créé',
    'fields.repoUrlPicker.repository.title': 'Dépôts disponibles',
    'fields.repoUrlPicker.repository.inputTitle': 'Dépôt',
    'fields.repoUrlPicker.repository.description': 'Le nom du dépôt',
    'fields.repoOwnerPicker.title': 'Propriétaire',
    'fields.repoOwnerPicker.description': 'Le propriétaire du dépôt',
    'listTaskPage.title': 'Tâches des modèles',
    'listTaskPage.pageTitle': 'Tâches des modèles',
    'listTaskPage.subtitle': 'Toutes les tâches lancées',
    'listTaskPage.content.emptyState.title': 'Rien à afficher',
    'listTaskPage.content.emptyState.description':
      'Aucune tâche, ou la communication avec le backend a échoué.',
    'listTaskPage.content.tableTitle': 'Tâches',
    'listTaskPage.content.tableCell.taskID': 'Identifiant de la tâche',
    'listTaskPage.content.tableCell.template': 'Modèle',
    'listTaskPage.content.tableCell.created': 'Créée',
    'listTaskPage.content.tableCell.owner': 'Propriétaire',
    'listTaskPage.content.tableCell.status': 'État',
    'ownerListPicker.title': 'Auteur de la tâche',
    'ownerListPicker.options.owned': 'Les miennes',
    'ownerListPicker.options.all': 'Toutes',
    'ongoingTask.title': 'Exécution de',
    'ongoingTask.pageTitle.hasTemplateName': 'Exécution de {{templateName}}',
    'ongoingTask.pageTitle.noTemplateName': 'Exécution du modèle',
    'ongoingTask.subtitle': 'Tâche {{taskId}}',
    'ongoingTask.cancelButtonTitle': 'Annuler',
    'ongoingTask.retryButtonTitle': 'Réessayer',
    'ongoingTask.startOverButtonTitle': 'Recommencer',
    'ongoingTask.hideLogsButtonTitle': 'Masquer les journaux',
    'ongoingTask.showLogsButtonTitle': 'Afficher les journaux',
    'ongoingTask.contextMenu.moreOptions': 'Plus d’options',
    'ongoingTask.contextMenu.hideLogs': 'Masquer les journaux',
    'ongoingTask.contextMenu.showLogs': 'Afficher les journaux',
    'ongoingTask.contextMenu.hideButtonBar': 'Masquer la barre de boutons',
    'ongoingTask.contextMenu.retry': 'Réessayer',
    'ongoingTask.contextMenu.showButtonBar': 'Afficher la barre de boutons',
    'ongoingTask.contextMenu.startOver': 'Recommencer',
    'ongoingTask.contextMenu.cancel': 'Annuler',
    'templateEditorForm.stepper.emptyText':
      'Le modèle n’a aucun paramètre à prévisualiser.',
    'renderSchema.tableCell.name': 'Nom',
    'renderSchema.tableCell.title': 'Titre',
    'renderSchema.tableCell.description': 'Description',
    'renderSchema.tableCell.type': 'Type',
    'renderSchema.tableCell.value': 'Valeur',
    'renderSchema.undefined': 'Aucun schéma défini',
    'templatingExtensions.title': 'Extensions de gabarit',
    'templatingExtensions.pageTitle': 'Extensions de gabarit',
    'templatingExtensions.subtitle':
      'Toutes les extensions de gabarit disponibles',
    'templatingExtensions.content.emptyState.title': 'Rien à afficher',
    'templatingExtensions.content.emptyState.description':
      'Aucune extension de gabarit n’est disponible, ou la communication avec le backend a échoué.',
    'templatingExtensions.content.searchFieldPlaceholder':
      'Rechercher une extension',
    'templatingExtensions.content.filters.title': 'Filtres',
    'templatingExtensions.content.filters.notAvailable':
      'Aucun filtre de gabarit n’est défini.',
    'templatingExtensions.content.filters.metadataAbsent':
      'Métadonnées du filtre indisponibles',
    'templatingExtensions.content.filters.schema.input': 'Entrée',
    'templatingExtensions.content.filters.schema.arguments': 'Arguments',
    'templatingExtensions.content.filters.schema.output': 'Sortie',
    'templatingExtensions.content.filters.examples': 'Exemples',
    'templatingExtensions.content.functions.title': 'Fonctions',
    'templatingExtensions.content.functions.notAvailable':
      'Aucune fonction globale de gabarit n’est définie.',
    'templatingExtensions.content.functions.metadataAbsent':
      'Métadonnées de la fonction indisponibles',
    'templatingExtensions.content.functions.schema.arguments': 'Arguments',
    'templatingExtensions.content.functions.schema.output': 'Sortie',
    'templatingExtensions.content.functions.examples': 'Exemples',
    'templatingExtensions.content.values.title': 'Valeurs',
    'templatingExtensions.content.values.notAvailable':
      'Aucune valeur globale de gabarit n’est définie.',
    'templateTypePicker.title': 'Catégories',
    'templateIntroPage.title': 'Gérer les modèles',
    'templateIntroPage.subtitle':
      'Modifiez, prévisualisez et essayez des modèles, des formulaires et des champs personnalisés',
    'templateFormPage.title': 'Éditeur de modèles',
    'templateFormPage.subtitle':
      'Modifiez, prévisualisez et essayez des formulaires de modèles',
    'templateCustomFieldPage.title': 'Explorateur de champs personnalisés',
    'templateCustomFieldPage.subtitle':
      'Modifiez, prévisualisez et essayez des champs personnalisés',
    'templateEditorPage.title': 'Éditeur de modèles',
    'templateEditorPage.subtitle':
      'Modifiez, prévisualisez et essayez des modèles et leurs formulaires',
    'templateEditorPage.dryRunResults.title': 'Résultats de l’essai à blanc',
    'templateEditorPage.dryRunResultsList.title': 'Résultat {{resultId}}',
    'templateEditorPage.dryRunResultsList.downloadButtonTitle':
      'Télécharger en .zip',
    'templateEditorPage.dryRunResultsList.deleteButtonTitle':
      'Supprimer le résultat',
    'templateEditorPage.dryRunResultsView.tab.files': 'Fichiers',
    'templateEditorPage.dryRunResultsView.tab.log': 'Journal',
    'templateEditorPage.dryRunResultsView.tab.output': 'Sortie',
    'templateEditorPage.taskStatusStepper.skippedStepTitle': 'Ignorée',
    'templateEditorPage.customFieldExplorer.selectFieldLabel':
      'Choisir une extension de champ personnalisé',
    'templateEditorPage.customFieldExplorer.fieldForm.title':
      'Options du champ',
    'templateEditorPage.customFieldExplorer.fieldForm.applyButtonTitle':
      'Appliquer',
    'templateEditorPage.customFieldExplorer.fieldPreview.title':
      'Aperçu du champ',
    'templateEditorPage.customFieldExplorer.preview.title':
      'Spécification du modèle',
    'templateEditorPage.templateEditorBrowser.closeConfirmMessage':
      'Êtes-vous sûr ? Les modifications non enregistrées seront perdues',
    'templateEditorPage.templateEditorBrowser.saveIconTooltip':
      'Enregistrer tous les fichiers',
    'templateEditorPage.templateEditorBrowser.reloadIconTooltip':
      'Recharger le dossier',
    'templateEditorPage.templateEditorBrowser.closeIconTooltip':
      'Fermer le dossier',
    'templateEditorPage.templateEditorIntro.title':
      'Pour commencer, choisissez l’une des options ci-dessous',
    'templateEditorPage.templateEditorIntro.loadLocal.title':
      'Ouvrir un dossier de modèle',
    'templateEditorPage.templateEditorIntro.loadLocal.description':
      'Ouvrez un dossier de modèle local pour le modifier et essayer de l’exécuter.',
    'templateEditorPage.templateEditorIntro.loadLocal.unsupportedTooltip':
      'Disponible seulement dans certains navigateurs basés sur Chromium, la page étant chargée en HTTPS',
    'templateEditorPage.templateEditorIntro.createLocal.title':
      'Créer un modèle',
    'templateEditorPage.templateEditorIntro.createLocal.description':
      'Créez un dossier de modèle local pour le modifier et essayer de l’exécuter.',
    'templateEditorPage.templateEditorIntro.createLocal.unsupportedTooltip':
      'Disponible seulement dans certains navigateurs basés sur Chromium, la page étant chargée en HTTPS',
    'templateEditorPage.templateEditorIntro.formEditor.title':
      'Bac à sable des formulaires',
    'templateEditorPage.templateEditorIntro.formEditor.description':
      'Prévisualisez et modifiez le formulaire d’un modèle, à partir d’un exemple ou d’un modèle du catalogue.',
    'templateEditorPage.templateEditorIntro.fieldExplorer.title':
      'Explorateur de champs personnalisés',
    'templateEditorPage.templateEditorIntro.fieldExplorer.description':
      'Consultez et essayez les extensions de champ personnalisé installées.',
    'templateEditorPage.templateEditorTextArea.saveIconTooltip':
      'Enregistrer le fichier',
    'templateEditorPage.templateEditorTextArea.refreshIconTooltip':
      'Recharger le fichier',
    'templateEditorPage.templateEditorTextArea.emptyStateParagraph':
      'Choisissez une action dans le menu Fichier.',
    'templateEditorPage.templateFormPreviewer.title':
      'Charger un modèle existant',
    'templateListPage.title': 'Créer un composant',
    'templateListPage.subtitle':
      'Créez des composants logiciels à partir des modèles standard de votre organisation',
    'templateListPage.pageTitle': 'Créer un composant',
    'templateListPage.templateGroups.defaultTitle': 'Modèles',
    'templateListPage.templateGroups.otherTitle': 'Autres modèles',
    'templateListPage.contentHeader.registerExistingButtonTitle':
      'Inscrire un composant existant',
    'templateListPage.contentHeader.supportButtonTitle':
      'Créez des composants logiciels à partir des modèles standard. Chaque modèle crée un type de composant (services, sites web, documentation…).',
    'templateListPage.additionalLinksForEntity.viewTechDocsTitle':
      'Voir la documentation',
    'templateWizardPage.title': 'Créer un composant',
    'templateWizardPage.subtitle':
      'Créez des composants logiciels à partir des modèles standard de votre organisation',
    'templateWizardPage.pageTitle': 'Créer un composant',
    'templateWizardPage.templateWithTitle': 'Modèle « {{templateTitle}} »',
    'templateWizardPage.pageContextMenu.editConfigurationTitle':
      'Modifier la configuration',
    'templateEditorToolbar.customFieldExplorerTooltip':
      'Explorateur de champs personnalisés',
    'templateEditorToolbar.installedActionsDocumentationTooltip':
      'Documentation des actions installées',
    'templateEditorToolbar.templatingExtensionsDocumentationTooltip':
      'Documentation des extensions de gabarit',
    'templateEditorToolbar.addToCatalogButton': 'Publier',
    'templateEditorToolbar.addToCatalogDialogTitle':
      'Publier les modifications',
    'templateEditorToolbar.addToCatalogDialogContent.stepsIntroduction':
      'Pour créer ou mettre à jour un modèle :',
    'templateEditorToolbar.addToCatalogDialogContent.stepsListItems':
      'Enregistrez les fichiers du modèle dans un dossier local\nOuvrez une demande de fusion vers un dépôt git, nouveau ou existant\nSi le modèle existe déjà, les modifications apparaîtront dans le catalogue une fois la demande de fusion acceptée\nS’il s’agit d’un nouveau modèle, suivez la documentation ci-dessous pour inscrire son dépôt dans le catalogue',
    'templateEditorToolbar.addToCatalogDialogActions.documentationButton':
      'Ouvrir la documentation',
    'templateEditorToolbar.addToCatalogDialogActions.documentationUrl':
      'https://backstage.io/docs/features/software-templates/adding-templates/',
    'templateEditorToolbarFileMenu.button': 'Fichier',
    'templateEditorToolbarFileMenu.options.openDirectory':
      'Ouvrir un dossier de modèle',
    'templateEditorToolbarFileMenu.options.createDirectory':
      'Créer un dossier de modèle',
    'templateEditorToolbarFileMenu.options.closeEditor':
      'Fermer l’éditeur de modèles',
    'templateEditorToolbarTemplatesMenu.button': 'Modèles',
  },
});

export default messages;

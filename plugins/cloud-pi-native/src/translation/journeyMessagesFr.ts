/** French messages of the onboarding journey and the Argo CD operations (part of `fr.ts`). */
export const journeyMessagesFr = {
  'journey.title': 'Parcours d’embarquement',
  'journey.progress': '{{done}} étapes terminées sur {{total}}',
  'journey.caption': 'Les dix étapes du projet sur la plateforme, dans l’ordre',
  'journey.evidenceLabel': 'Constats pour {{step}}',
  'journey.nextAction': 'Prochaine action :',
  'journey.template': 'lancer le modèle',
  'journey.steps.enrolment': 'Inscription dans la console',
  'journey.steps.toolResources': 'Ressources des outils',
  'journey.steps.repositories': 'Dépôts de code et de déploiement',
  'journey.steps.pipeline': 'Chaîne DevSecOps (chaîne secondaire)',
  'journey.steps.namespaces': 'Namespaces, secrets et GitOps',
  'journey.steps.artefacts': 'Construction des artefacts',
  'journey.steps.qualityAnalysis': 'Analyse de qualité et de sécurité',
  'journey.steps.images': 'Images',
  'journey.steps.deployment': 'Déploiement',
  'journey.steps.observability': 'Exploitation et observabilité',
  'journey.state.done': 'Terminé',
  'journey.state.in-progress': 'En cours',
  'journey.state.blocked': 'Bloqué',
  'journey.state.not-started': 'Non commencé',
  'journey.state.unknown': 'Inconnu',
  'journey.evidence.projectEnrolled':
    'Projet {{project}} inscrit, propriétaire {{owner}} ({{members}} personnes)',
  'journey.evidence.projectLocked':
    'Le projet {{project}} est verrouillé par les administrateurs de la plateforme',
  'journey.evidence.provisioned':
    'Outils provisionnés par la console {{version}}',
  'journey.evidence.provisioning': 'Provisionnement en cours',
  'journey.evidence.provisioningOutdated':
    'Provisionné par la console {{version}} ; la console est en {{consoleVersion}}',
  'journey.evidence.provisioningFailed':
    'Le dernier provisionnement a échoué : {{message}}',
  'journey.evidence.noRepository': 'Aucun dépôt pour l’instant',
  'journey.evidence.noInfraRepository':
    'Aucun dépôt d’infrastructure : Argo CD n’a rien à déployer',
  'journey.evidence.repositoryStandalone':
    '{{repository}} : hébergé dans le GitLab de la plateforme (sans source externe)',
  'journey.evidence.mirrorSynced':
    '{{repository}} : miroir synchronisé le {{at}}',
  'journey.evidence.mirrorSyncing': '{{repository}} : synchronisation en cours',
  'journey.evidence.mirrorNeverSynced': '{{repository}} : jamais synchronisé',
  'journey.evidence.mirrorFailed':
    '{{repository}} : la synchronisation du miroir a échoué le {{at}}',
  'journey.evidence.noApplicationRepository':
    'Aucun dépôt applicatif (seulement de l’infrastructure)',
  'journey.evidence.pipelineConfigured':
    '{{repository}} : la chaîne CI s’exécute',
  'journey.evidence.noPipeline':
    '{{repository}} : aucun pipeline pour l’instant',
  'journey.evidence.noEnvironment': 'Aucun environnement pour l’instant',
  'journey.evidence.namespaceReady': '{{environment}} : namespace prêt',
  'journey.evidence.namespacePending':
    '{{environment}} : namespace en cours de provisionnement',
  'journey.evidence.namespaceFailed':
    '{{environment}} : échec du provisionnement du namespace ({{message}})',
  'journey.evidence.buildSucceeded':
    '{{repository}} : {{ref}} construit le {{at}}',
  'journey.evidence.buildRunning':
    '{{repository}} : {{ref}} en cours de construction (depuis le {{at}})',
  'journey.evidence.buildFailed':
    '{{repository}} : le pipeline {{ref}} du {{at}} a échoué sur {{jobs}}',
  'journey.evidence.buildIncomplete':
    '{{repository}} : dernier pipeline {{ref}} ({{at}}) : {{status}}',
  'journey.evidence.qualityGatePassed':
    '{{repository}} : porte qualité validée',
  'journey.evidence.qualityGateFailed':
    '{{repository}} : porte qualité en échec — {{conditions}}',
  'journey.evidence.notAnalysed': '{{repository}} : pas encore analysé',
  'journey.evidence.noImage': 'Aucune image dans le registre pour l’instant',
  'journey.evidence.imageMissing': '{{repository}} : aucune image dans Harbor',
  'journey.evidence.imageReady':
    '{{image}} dans Harbor : {{critical}} vulnérabilités critiques, {{high}} hautes',
  'journey.evidence.scanPending':
    '{{image}} ({{environment}}) : analyse de vulnérabilités non terminée',
  'journey.evidence.criticalInProduction':
    '{{image}} tourne en {{environment}} avec {{critical}} vulnérabilités critiques ({{fixable}} corrigeables)',
  'journey.evidence.unsignedDeployed':
    '{{image}} tourne en {{environment}} sans signature cosign',
  'journey.evidence.imageOutsideRegistry':
    '{{image}} ({{environment}}) ne vient pas du Harbor du projet',
  'journey.evidence.noApplication':
    'Aucune application déployée par Argo CD pour l’instant',
  'journey.evidence.applicationHealthy':
    '{{environment}} : {{application}} synchronisée et saine',
  'journey.evidence.applicationSyncing':
    '{{environment}} : {{application}} en cours de synchronisation',
  'journey.evidence.applicationDegraded':
    '{{environment}} : {{application}} est dégradée ({{message}})',
  'journey.evidence.applicationMissing':
    '{{environment}} : les ressources de {{application}} manquent ({{message}})',
  'journey.evidence.outOfSyncManual':
    '{{environment}} : {{application}} est désynchronisée et la synchronisation automatique est désactivée',
  'journey.evidence.notDeployed': 'Rien ne tourne pour l’instant',
  'journey.evidence.productionNotDeployed':
    'Aucune charge saine en production pour l’instant',
  'journey.evidence.dashboardsAvailable':
    'Tableaux de bord {{kind}} disponibles dans Grafana',
  'journey.evidence.notConfigured':
    '{{tool}} n’est pas configuré sur ce portail',
  'journey.evidence.sourceUnavailable': '{{tool}} n’a pas pu être lu',
  'journey.action.openConsole': 'Ouvrir le projet dans la console',
  'journey.action.unlockProject':
    'Demander le déverrouillage à un administrateur de la plateforme',
  'journey.action.reprovision': 'Reprovisionner le projet',
  'journey.action.addRepository': 'Ajouter un dépôt',
  'journey.action.syncRepository': 'Synchroniser les dépôts dans la console',
  'journey.action.setUpPipeline': 'Mettre en place la chaîne DevSecOps (guide)',
  'journey.action.addEnvironment': 'Ajouter un environnement',
  'journey.action.openPipeline': 'Ouvrir le pipeline en échec',
  'journey.action.openQualityGate': 'Ouvrir la porte qualité dans SonarQube',
  'journey.action.buildImages': 'Construire et pousser les images (guide)',
  'journey.action.openRegistry': 'Ouvrir l’image vulnérable dans Harbor',
  'journey.action.signImages': 'Signer les images avec cosign (guide)',
  'journey.action.deployWithArgoCd': 'Déployer avec Argo CD (guide)',
  'journey.action.syncApplication':
    'Synchroniser l’application (carte Déploiements)',
  'journey.action.openArgoCd': 'Ouvrir l’application dans Argo CD',
  'journey.action.openGrafana': 'Ouvrir Grafana',
  'argoOperations.column': 'Actions',
  'argoOperations.refresh': 'Rafraîchir',
  'argoOperations.sync': 'Synchroniser',
  'argoOperations.rollback': 'Revenir en arrière',
  'argoOperations.label.refresh': 'Rafraîchir {{application}}',
  'argoOperations.label.sync': 'Synchroniser {{application}}',
  'argoOperations.label.rollback': 'Revenir en arrière sur {{application}}',
  'argoOperations.rollbackUnavailable':
    'Le retour arrière demande la synchronisation automatique désactivée et une révision précédente',
  'argoOperations.confirm.sync':
    'Synchroniser {{application}} sur l’état décrit dans Git ?',
  'argoOperations.confirm.rollback':
    'Revenir sur la révision {{revision}} pour {{application}} ?',
  'argoOperations.confirm.ok': 'Confirmer',
  'argoOperations.confirm.cancel': 'Annuler',
  'argoOperations.result.refresh':
    '{{application}} rafraîchie : {{sync}}, {{health}}',
  'argoOperations.result.sync':
    '{{application}} synchronisée sur {{revision}} : {{sync}}, {{health}}',
  'argoOperations.result.rollback':
    '{{application}} revenue à {{revision}} : {{sync}}, {{health}}',
  'argoOperations.result.failed':
    'L’opération sur {{application}} a échoué : {{message}}',
} as const;

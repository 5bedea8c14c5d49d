/**
 * English messages of the onboarding journey card and of the Argo CD
 * operations of the deployments card (part of `cloudPiNativeMessages`).
 */
export const journeyMessages = {
  journey: {
    title: 'Onboarding journey',
    progress: '{{done}} of {{total}} steps done',
    caption: 'The ten steps of the project on the platform, in order',
    evidenceLabel: 'Evidence for {{step}}',
    nextAction: 'Next action:',
    template: 'run the template',
    steps: {
      enrolment: 'Enrolment in the console',
      toolResources: 'Tool resources',
      repositories: 'Code and deployment repositories',
      pipeline: 'DevSecOps pipeline in the secondary chain',
      namespaces: 'Namespaces, secrets and GitOps',
      artefacts: 'Artefacts built',
      qualityAnalysis: 'Quality and security analysis',
      images: 'Container images',
      deployment: 'Deployment',
      observability: 'Operations and observability',
    },
    state: {
      done: 'Done',
      'in-progress': 'In progress',
      blocked: 'Blocked',
      'not-started': 'Not started',
      unknown: 'Unknown',
    },
    evidence: {
      projectEnrolled:
        'Project {{project}} enrolled, owned by {{owner}} ({{members}} people)',
      projectLocked:
        'The project {{project}} is locked by the platform administrators',
      provisioned: 'Tools provisioned by console {{version}}',
      provisioning: 'Provisioning in progress',
      provisioningOutdated:
        'Provisioned by console {{version}}; the console is now {{consoleVersion}}',
      provisioningFailed: 'The last provisioning failed: {{message}}',
      noRepository: 'No repository yet',
      noInfraRepository:
        'No deployment (infra) repository: Argo CD has nothing to deploy',
      repositoryStandalone:
        '{{repository}}: hosted in the platform GitLab (no external source)',
      mirrorSynced: '{{repository}}: mirror synced on {{at}}',
      mirrorSyncing: '{{repository}}: sync running',
      mirrorNeverSynced: '{{repository}}: never synced',
      mirrorFailed: '{{repository}}: the mirror sync failed on {{at}}',
      noApplicationRepository: 'No application repository (only infra ones)',
      pipelineConfigured: '{{repository}}: CI pipelines run',
      noPipeline: '{{repository}}: no pipeline yet',
      noEnvironment: 'No environment yet',
      namespaceReady: '{{environment}}: namespace ready',
      namespacePending: '{{environment}}: namespace being provisioned',
      namespaceFailed:
        '{{environment}}: namespace provisioning failed ({{message}})',
      buildSucceeded: '{{repository}}: {{ref}} built on {{at}}',
      buildRunning: '{{repository}}: {{ref}} being built (since {{at}})',
      buildFailed:
        '{{repository}}: the {{ref}} pipeline of {{at}} failed on {{jobs}}',
      buildIncomplete:
        '{{repository}}: last {{ref}} pipeline ({{at}}) is {{status}}',
      qualityGatePassed: '{{repository}}: quality gate passed',
      qualityGateFailed: '{{repository}}: quality gate failed — {{conditions}}',
      notAnalysed: '{{repository}}: not analysed yet',
      noImage: 'No image in the registry yet',
      imageMissing: '{{repository}}: no image in Harbor',
      imageReady:
        '{{image}} in Harbor: {{critical}} critical, {{high}} high vulnerabilities',
      scanPending:
        '{{image}} ({{environment}}): vulnerability scan not finished',
      criticalInProduction:
        '{{image}} runs in {{environment}} with {{critical}} critical vulnerabilities ({{fixable}} fixable)',
      unsignedDeployed:
        '{{image}} runs in {{environment}} without a cosign signature',
      imageOutsideRegistry:
        "{{image}} ({{environment}}) does not come from the project's Harbor",
      noApplication: 'No application deployed by Argo CD yet',
      applicationHealthy: '{{environment}}: {{application}} synced and healthy',
      applicationSyncing: '{{environment}}: {{application}} syncing',
      applicationDegraded:
        '{{environment}}: {{application}} is degraded ({{message}})',
      applicationMissing:
        '{{environment}}: the resources of {{application}} are missing ({{message}})',
      outOfSyncManual:
        '{{environment}}: {{application}} is out of sync and autosync is off',
      notDeployed: 'Nothing runs yet',
      productionNotDeployed: 'No healthy workload in production yet',
      dashboardsAvailable: '{{kind}} dashboards available in Grafana',
      notConfigured: '{{tool}} is not configured on this portal',
      sourceUnavailable: '{{tool}} could not be read',
    },
    action: {
      openConsole: 'Open the project in the console',
      unlockProject: 'Ask a platform administrator to unlock it',
      reprovision: 'Reprovision the project',
      addRepository: 'Add a repository',
      syncRepository: 'Synchronise the repositories in the console',
      setUpPipeline: 'Set up the DevSecOps pipeline (guide)',
      addEnvironment: 'Add an environment',
      openPipeline: 'Open the failed pipeline',
      openQualityGate: 'Open the quality gate in SonarQube',
      buildImages: 'Build and push the images (guide)',
      openRegistry: 'Open the vulnerable image in Harbor',
      signImages: 'Sign the images with cosign (guide)',
      deployWithArgoCd: 'Deploy with Argo CD (guide)',
      syncApplication: 'Sync the application (deployments card)',
      openArgoCd: 'Open the application in Argo CD',
      openGrafana: 'Open Grafana',
    },
  },
  argoOperations: {
    column: 'Actions',
    refresh: 'Refresh',
    sync: 'Sync',
    rollback: 'Roll back',
    label: {
      refresh: 'Refresh {{application}}',
      sync: 'Sync {{application}}',
      rollback: 'Roll back {{application}}',
    },
    rollbackUnavailable: 'Rollback needs autosync off and a previous revision',
    confirm: {
      sync: 'Sync {{application}} to the state in Git?',
      rollback: 'Roll {{application}} back to revision {{revision}}?',
      ok: 'Confirm',
      cancel: 'Cancel',
    },
    result: {
      refresh: '{{application}} refreshed: {{sync}}, {{health}}',
      sync: '{{application}} synced to {{revision}}: {{sync}}, {{health}}',
      rollback:
        '{{application}} rolled back to {{revision}}: {{sync}}, {{health}}',
      failed: 'The operation on {{application}} failed: {{message}}',
    },
  },
} as const;

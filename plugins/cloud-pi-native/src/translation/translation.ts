import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { journeyMessages } from './journeyMessages';
import { secondaryChainMessages } from './secondaryChainMessages';

/** Every UI string of the plugin, in English (the default language). */
export const cloudPiNativeMessages = {
  common: {
    loading: 'Loading Cloud π Native data',
    retry: 'Retry',
    notAvailable: 'n/a',
    generatedAt: 'Data as of {{date}}',
    opensInNewTab: '{{label}} (opens in a new tab)',
    stageKind: {
      hprod: 'Non-production',
      prod: 'Production',
    },
    resource: {
      cpu: 'CPU',
      gpu: 'GPU',
      memory: 'Memory',
    },
    amount: {
      cpu_one: '{{value}} core',
      cpu_other: '{{value}} cores',
      gpu_one: '{{value}} GPU',
      gpu_other: '{{value}} GPUs',
      memory: '{{value}} GiB',
    },
    usage: '{{resource}}: {{used}} of {{total}}',
    usageLabel: '{{resource}}: {{used}} of {{total}} used',
    quotaFull: 'Quota reached',
    quotaOver: 'Over quota',
    copy: 'Copy {{value}}',
    copied: 'Copied',
    copyFailed: 'Could not copy',
  },
  states: {
    missing: {
      title: 'Not a Cloud π Native entity',
      description:
        'This card needs the annotations below. The Cloud π Native catalog provider writes them on the projects, repositories and environments it imports.',
    },
    forbidden: {
      title: 'Access denied',
      description:
        "You are not allowed to see this project's data. A project owner can add you to the project in the Cloud π Native console.",
    },
    notFound: {
      title: 'Project not found',
      description:
        'The Cloud π Native console does not know this project. It may have been archived; the catalog catches up at its next refresh.',
    },
    unauthenticated: {
      title: 'Sign-in required',
      description: 'Your session has expired. Sign in again to see this data.',
    },
    error: {
      title: 'Could not load the Cloud π Native data',
    },
    failure: {
      unavailable:
        'A service is not answering at the moment. Try again in a few moments.',
      timeout: 'A service took too long to answer. Try again in a few moments.',
      offline:
        'The portal could not reach its server. Check your connection, then try again.',
      unexpected:
        'The server met an unexpected error. If it persists, report it with the technical detail below.',
      detail: 'Technical detail',
    },
    partialFailure: '{{part}} could not be read: {{message}}',
  },
  access: {
    forbidden:
      'You are not a member of this Cloud π Native project: its data and the links to its tools are not shown to you. Ask its owner to add you to the project in the Cloud π Native console.',
    owner: 'Project owner',
    team: 'Project team',
  },
  links: {
    console: 'Cloud π Native console',
    consoleAdmin: 'Cloud π Native console (administration)',
    externalRepository: 'External repository',
    logs: 'Logs (Grafana Explore)',
  },
  qualityGate: {
    title: 'Code quality',
    caption: 'SonarQube quality gate of each repository',
    empty: 'No repository in this project yet.',
    scope: {
      label: 'Measures shown',
      overall: 'Overall code',
      newCode: 'New code',
    },
    status: {
      OK: 'Passed',
      WARN: 'Warning',
      ERROR: 'Failed',
      NONE: 'Not computed',
    },
    notAnalysed: 'Not analysed yet',
    columns: {
      repository: 'Repository',
      gate: 'Quality gate',
      bugs: 'Bugs',
      vulnerabilities: 'Vulnerabilities',
      securityHotspots: 'Security hotspots',
      codeSmells: 'Code smells',
      coverage: 'Coverage',
      duplications: 'Duplications',
      analysedAt: 'Last analysis',
    },
    rating: '{{metric}} rating: {{rating}}',
    failedConditions: 'Failed conditions',
    condition:
      '{{metric}} is {{actual}}; the gate fails when it is {{comparator}} {{threshold}}',
    comparator: {
      GT: 'greater than',
      LT: 'less than',
      EQ: 'equal to',
      NE: 'not equal to',
    },
    metrics: {
      coverage: 'Coverage',
      new_coverage: 'Coverage on new code',
      line_coverage: 'Line coverage',
      new_line_coverage: 'Line coverage on new code',
      branch_coverage: 'Condition coverage',
      new_branch_coverage: 'Condition coverage on new code',
      duplicated_lines_density: 'Duplicated lines',
      new_duplicated_lines_density: 'Duplicated lines on new code',
      bugs: 'Bugs',
      new_bugs: 'New bugs',
      vulnerabilities: 'Vulnerabilities',
      new_vulnerabilities: 'New vulnerabilities',
      code_smells: 'Code smells',
      new_code_smells: 'New code smells',
      security_hotspots: 'Security hotspots',
      new_security_hotspots: 'New security hotspots',
      security_hotspots_reviewed: 'Security hotspots reviewed',
      new_security_hotspots_reviewed: 'Security hotspots reviewed on new code',
      reliability_rating: 'Reliability rating',
      new_reliability_rating: 'Reliability rating on new code',
      security_rating: 'Security rating',
      new_security_rating: 'Security rating on new code',
      sqale_rating: 'Maintainability rating',
      new_maintainability_rating: 'Maintainability rating on new code',
      security_review_rating: 'Security review rating',
      new_security_review_rating: 'Security review rating on new code',
      blocker_violations: 'Blocker issues',
      critical_violations: 'Critical issues',
      new_blocker_violations: 'New blocker issues',
      new_critical_violations: 'New critical issues',
    },
    rowError: 'SonarQube',
    openDashboard: 'Open {{repository}} in SonarQube',
  },
  deployments: {
    title: 'Deployments',
    empty: 'No environment in this project yet.',
    noApplication: 'No Argo CD application in this environment.',
    environment: 'Environment {{name}}',
    stage: 'Stage {{stage}}',
    location: 'Zone {{zone}}, cluster {{cluster}}',
    namespace: 'Namespace',
    partName: 'Argo CD',
    caption: 'Argo CD applications of environment {{name}}',
    columns: {
      application: 'Application',
      sync: 'Sync',
      health: 'Health',
      revision: 'Revision',
      lastSync: 'Last sync',
    },
    sync: {
      Synced: 'Synced',
      OutOfSync: 'Out of sync',
      Unknown: 'Unknown',
    },
    health: {
      Healthy: 'Healthy',
      Progressing: 'Progressing',
      Degraded: 'Degraded',
      Suspended: 'Suspended',
      Missing: 'Missing',
      Unknown: 'Unknown',
    },
    outOfSyncResources_one: '{{count}} resource out of sync',
    outOfSyncResources_other: '{{count}} resources out of sync',
    neverSynced: 'Never',
    openApplication: 'Open {{application}} in Argo CD',
    source: 'Deploys repository {{repository}}',
    consoleDeployments: 'Console deployment: {{names}}',
    argoMessage: 'Argo CD: {{message}}',
    quota: {
      title: 'Namespace quota',
      unavailable: 'Quota usage is not available for this environment.',
    },
  },
  observability: {
    title: 'Observability',
    empty:
      'No environment in this project yet: the Grafana links appear with the first environment.',
    instances: 'Grafana instances',
    grafana: {
      hprod: 'Grafana (non-production)',
      prod: 'Grafana (production)',
    },
    dashboardsRepository: 'Dashboards and alert rules as code',
    environment: 'Environment {{name}}',
    links: {
      grafana: 'Grafana',
      logs: 'Logs',
      metrics: 'Metrics',
      alerts: 'Alerts',
    },
    linkLabel: '{{link}} of environment {{environment}}',
    partName: 'The links',
    retention: 'Logs are kept for 30 days, metrics for one year in production.',
  },
  overview: {
    title: 'Cloud π Native project',
    statusLabel: 'Project status',
    status: {
      created: 'Success',
      failed: 'Operations failed',
      warning: 'Partially degraded',
      archived: 'Archived',
      initializing: 'Operations in progress',
    },
    locked: 'Locked',
    outdated: 'Provisioning outdated',
    outdatedDetail:
      'Last successful provisioning with console {{last}}; the console is now in version {{current}}.',
    failedAlert: {
      title: 'The last operations on this project failed',
      lastRun: 'Last failed run: {{action}}',
      noDetail:
        'The console gives no detail: open the project in the console or reprovision it.',
    },
    neverProvisioned: 'never',
    noDescription: 'No description.',
    fields: {
      slug: 'Slug',
      id: 'Identifier',
      owner: 'Owner',
      team: 'Team',
    },
    teamSize_one: '{{count}} person',
    teamSize_other: '{{count}} people',
    teamPart: 'The team',
    provisioningPart: 'The provisioning version',
    services: {
      title: 'Services',
      empty: 'No service link.',
      part: 'The service links',
      kind: {
        console: 'Console',
        gitlab: 'GitLab',
        argocd: 'Argo CD',
        sonarqube: 'SonarQube',
        grafana: 'Grafana',
        registry: 'Harbor registry',
        vault: 'Vault',
        nexus: 'Nexus',
      },
      withZone: '{{service}} ({{zone}})',
    },
    logs: {
      title: 'Last provisioning runs',
      caption: 'Last provisioning runs of the project',
      empty: 'No provisioning run logged yet.',
      part: 'The provisioning log',
      columns: {
        result: 'Result',
        action: 'Action',
        summary: 'Summary',
        duration: 'Duration',
        date: 'Date',
      },
      result: {
        OK: 'Succeeded',
        KO: 'Failed',
        WARNING: 'Warning',
      },
      duration: '{{seconds}} s',
      summarySuccess: 'No errors',
      actions: {
        createProject: 'Project created',
        updateProject: 'Project updated',
        replayHooks: 'Provisioning replayed',
        deleteProjectResources: 'Project resources deleted',
        upsertProjectRole: 'Project role saved',
        createEnvironment: 'Environment created',
        updateEnvironment: 'Environment updated',
        deleteEnvironment: 'Environment deleted',
        createRepository: 'Repository created',
        updateRepository: 'Repository updated',
        deleteRepository: 'Repository deleted',
        syncRepository: 'Repository synced',
        createDeployment: 'Deployment created',
        updateDeployment: 'Deployment updated',
        deleteDeployment: 'Deployment deleted',
        deleteProjectDeployments: 'Project deployments deleted',
        addProjectMember: 'Member added',
        updateProjectMember: 'Member updated',
        removeProjectMember: 'Member removed',
      },
    },
    openInConsole: 'Open in the console',
    reprovision: {
      button: 'Reprovision',
      dialogTitle: 'Reprovision {{project}}?',
      dialogBody:
        'The console replays the provisioning of every tool of the project (GitLab, Vault, Argo CD, SonarQube, Harbor…). It can take a few minutes; the project stays usable meanwhile.',
      confirm: 'Reprovision',
      cancel: 'Cancel',
      running: 'Reprovisioning…',
      success:
        'Reprovisioning launched. The status below has been refreshed; it can take a few minutes to settle.',
      failure: 'Reprovisioning failed: {{message}}',
      forbidden: 'You are not allowed to reprovision this project.',
    },
  },
  myProjects: {
    title: 'My Cloud π projects',
    loading: 'Loading your Cloud π projects',
    error: 'Could not load your Cloud π projects',
    summary_one: '{{count}} project',
    summary_other: '{{count}} projects',
    summaryLabel: 'Your projects by status',
    statusCount: '{{status}}: {{number}}',
    unknownStatus: 'Unknown status',
    empty: 'You are not a member of any Cloud π project.',
    create: 'Create a Cloud π project',
  },
  environments: {
    title: 'Environments',
    tabTitle: 'Environments',
    caption: 'Environments of the project',
    empty: 'No environment in this project yet.',
    columns: {
      name: 'Environment',
      stage: 'Stage',
      zone: 'Zone',
      cluster: 'Cluster',
      cpu: 'CPU',
      gpu: 'GPU',
      memory: 'Memory',
      autosync: 'Auto-sync',
      namespace: 'Namespace',
    },
    autosync: {
      on: 'On',
      off: 'Off',
    },
    budget: {
      title: 'Resource budget',
      part: 'The project budget',
      limitless:
        'Unlimited project: environments are not checked against a budget.',
      notLimited: 'Not limited',
      caption: '{{kind}} budget',
    },
  },
  fields: {
    loadError: 'The list could not be loaded: {{message}}',
    noOptions: 'No option',
    loadingOptions: 'Loading…',
    open: 'Open the list',
    close: 'Close the list',
    clear: 'Clear',
    instance: {
      label: 'Cloud π Native instance',
      description: 'The console the new resources are created in.',
      none: 'No Cloud π Native instance is configured.',
      ambiguous:
        'Several Cloud π Native instances are configured: set ui:options.instance or add a CloudPiInstancePicker field.',
    },
    project: {
      label: 'Project',
      description: 'One of the Cloud π Native projects you belong to.',
      empty: 'You do not belong to any Cloud π Native project yet.',
      locked: 'locked',
      invalid: 'Choose one of your Cloud π Native projects.',
    },
    stage: {
      label: 'Environment type',
      description:
        'The stage of the environment; only "prod" counts as production.',
      invalid: 'Choose an environment type.',
    },
    cluster: {
      label: 'Cluster',
      description: 'The clusters available for the chosen environment type.',
      chooseStageFirst: 'Choose an environment type first.',
      empty: 'No cluster is available for this environment type.',
      privacy: {
        public: 'public',
        dedicated: 'dedicated',
      },
      remaining: 'Remaining: {{cpu}}, {{memory}}, {{gpu}}',
      invalid: 'Choose a cluster.',
    },
    credentials: {
      label: 'Cloud π Native account',
      description:
        'Your platform access token is handed to the task as a secret so that the platform acts as you. It is never displayed nor saved in the form.',
      signedInAs: 'Signed in to Cloud π Native as {{name}}',
      signIn: 'Sign in to Cloud π Native',
      signInError: 'Sign-in failed: {{message}}',
      required: 'Sign in to Cloud π Native to continue.',
    },
    input: {
      unit: {
        cpu: 'cores',
        memory: 'GiB',
        gpu: 'GPUs',
      },
      invalid: {
        projectName:
          'Use 2 to 20 lowercase letters and digits, without spaces or hyphens.',
        environmentName: 'Use 2 to 11 lowercase letters and digits.',
        repositoryName:
          'Use 2 to 20 lowercase letters, digits and hyphens, starting and ending with a letter or digit (mirror, infra-apps and infra-observability are reserved).',
        email: 'Enter a valid e-mail address.',
        cpu: 'Enter a number of cores from 0 to 1000.',
        memory: 'Enter an amount of memory from 0 to 1000 GiB.',
        gpu: 'Enter a whole number of GPUs from 0 to 100.',
      },
    },
  },
  ...journeyMessages,
  ...secondaryChainMessages,
} as const;

/**
 * The plugin's translation reference, with the English messages. The French
 * messages live in `fr.ts` and are registered by {@link cloudPiNativeTranslations}.
 *
 * @public
 */
export const cloudPiNativeTranslationRef = createTranslationRef({
  id: 'plugin.cloud-pi-native',
  messages: cloudPiNativeMessages,
});

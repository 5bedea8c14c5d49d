import type {
  BuildsResponse,
  ClustersResponse,
  DeploymentsResponse,
  EnvironmentsResponse,
  ImageArtifact,
  ImagesResponse,
  InstancesResponse,
  JourneyResponse,
  ObservabilityResponse,
  ProjectOverviewResponse,
  ProjectsResponse,
  QualityGateResponse,
  SonarMeasures,
  StagesResponse,
} from '@cpin/plugin-cloud-pi-native-common';

const generatedAt = '2026-11-02T10:00:00Z';

const measures = (overrides: Partial<SonarMeasures> = {}): SonarMeasures => ({
  bugs: 0,
  vulnerabilities: 0,
  securityHotspots: 0,
  codeSmells: 0,
  coverage: 0,
  duplications: 0,
  reliabilityRating: 'A',
  securityRating: 'A',
  maintainabilityRating: 'A',
  ...overrides,
});

/** Two repositories: one failing its gate on new code, one never analysed. */
export const qualityGate: QualityGateResponse = {
  generatedAt,
  repositories: [
    {
      repositoryName: 'api',
      projectKey: 'demo-api-4f1c',
      url: 'https://sonarqube.example.fr/dashboard?id=demo-api-4f1c',
      analysis: {
        status: 'ERROR',
        failedConditions: [
          {
            metric: 'new_coverage',
            comparator: 'LT',
            threshold: '80',
            actual: '61.5',
          },
        ],
        overall: measures({
          bugs: 3,
          vulnerabilities: 1,
          securityHotspots: 2,
          codeSmells: 42,
          coverage: 72.4,
          duplications: 1.8,
          reliabilityRating: 'C',
          securityRating: 'B',
        }),
        newCode: measures({ bugs: 1, codeSmells: 5, coverage: 61.5 }),
        analysedAt: '2026-11-01T08:30:00Z',
      },
    },
    {
      repositoryName: 'front',
      projectKey: 'demo-front-9a0b',
      url: 'https://sonarqube.example.fr/dashboard?id=demo-front-9a0b',
      analysis: null,
    },
  ],
};

/** The same, with SonarQube unreachable for the second repository. */
export const qualityGatePartial: QualityGateResponse = {
  ...qualityGate,
  repositories: [
    qualityGate.repositories[0],
    {
      repositoryName: 'front',
      projectKey: 'demo-front-9a0b',
      url: null,
      analysis: null,
      error: {
        name: 'ServiceUnavailableError',
        message: 'SonarQube timed out',
      },
    },
  ],
};

/** dev (hprod) and prod, in stage order. */
export const deployments: DeploymentsResponse = {
  generatedAt,
  environments: [
    {
      name: 'dev',
      stage: 'dev',
      stageKind: 'hprod',
      zone: { slug: 'default', label: 'DSO' },
      cluster: { label: 'ovh-hprod' },
      namespace: 'k2x1--9zq3',
      applications: [
        {
          name: 'demo-dev-0d4e-api-3843',
          syncStatus: 'OutOfSync',
          healthStatus: 'Progressing',
          revision: '5f3c2a9d1e7b',
          message: 'Waiting for rollout to finish',
          lastSyncedAt: '2026-11-02T09:00:00Z',
          outOfSyncResources: 2,
          url: 'https://argocd.example.fr/applications/argocd/demo-dev-0d4e-api-3843',
        },
      ],
      quota: {
        cpu: { hard: 2, used: 0.5 },
        memory: { hard: 4, used: 1.5 },
        gpu: { hard: 0, used: 0 },
      },
    },
    {
      name: 'prod',
      stage: 'prod',
      stageKind: 'prod',
      zone: { slug: 'default', label: 'DSO' },
      cluster: { label: 'ovh-prod' },
      namespace: 'p8w2--9zq3',
      applications: [
        {
          name: 'demo-prod-7c1a-api-3843',
          syncStatus: 'Synced',
          healthStatus: 'Healthy',
          revision: 'v1.4.2',
          message: null,
          lastSyncedAt: '2026-10-30T16:45:00Z',
          outOfSyncResources: 0,
          url: 'https://argocd.example.fr/applications/argocd/demo-prod-7c1a-api-3843',
        },
      ],
      quota: null,
    },
  ],
};

/** Argo CD of the prod zone unreachable. */
export const deploymentsPartial: DeploymentsResponse = {
  ...deployments,
  environments: [
    deployments.environments[0],
    {
      ...deployments.environments[1],
      applications: [],
      quota: null,
      error: {
        name: 'ServiceUnavailableError',
        message: 'Argo CD prod is unreachable',
      },
    },
  ],
};

export const observability: ObservabilityResponse = {
  generatedAt,
  grafana: {
    hprod: 'https://grafana.example.fr/hprod-demo',
    prod: 'https://grafana.example.fr/prod-demo',
  },
  dashboardsRepositoryUrl:
    'https://gitlab.example.fr/forge/projects/demo/infra-observability',
  environments: [
    {
      name: 'dev',
      stage: 'dev',
      stageKind: 'hprod',
      namespace: 'k2x1--9zq3',
      links: {
        grafana: 'https://grafana.example.fr/hprod-demo',
        logs: 'https://grafana.example.fr/hprod-demo/explore?logs=dev',
        metrics: 'https://grafana.example.fr/hprod-demo/explore?metrics=dev',
        alerts: 'https://grafana.example.fr/hprod-demo/alerting/list',
      },
    },
    {
      name: 'prod',
      stage: 'prod',
      stageKind: 'prod',
      namespace: 'p8w2--9zq3',
      links: {
        grafana: 'https://grafana.example.fr/prod-demo',
        logs: 'https://grafana.example.fr/prod-demo/explore?logs=prod',
        metrics: 'https://grafana.example.fr/prod-demo/explore?metrics=prod',
        alerts: 'https://grafana.example.fr/prod-demo/alerting/list',
      },
    },
  ],
};

export const observabilityPartial: ObservabilityResponse = {
  ...observability,
  environments: [
    observability.environments[0],
    {
      ...observability.environments[1],
      links: null,
      error: {
        name: 'NotFoundError',
        message: 'zone prod-zone is not configured',
      },
    },
  ],
};

export const overview: ProjectOverviewResponse = {
  generatedAt,
  instance: {
    name: 'default',
    title: 'Cloud π Native',
    projectUrl: 'https://console.example.fr/projects/demo',
  },
  project: {
    id: '0b7e1c5a-3f0e-4a8e-9a3e-5f2a4c1b9d10',
    slug: 'demo',
    name: 'demo',
    description: 'Demonstration project',
    status: 'failed',
    locked: false,
  },
  provisioning: {
    outdated: true,
    lastSuccessVersion: '9.23.0',
    consoleVersion: '9.24.0',
  },
  team: {
    owner: { name: 'Jeanne Dupont', email: 'jeanne.dupont@example.fr' },
    size: 4,
  },
  services: {
    items: [
      {
        kind: 'gitlab',
        title: 'Gitlab',
        url: 'https://gitlab.example.fr/forge/projects/demo',
      },
      {
        kind: 'argocd',
        title: 'ArgoCD DSO',
        url: 'https://argocd.example.fr/applications?search=demo',
        zone: { slug: 'default', label: 'DSO' },
      },
      {
        kind: 'grafana',
        title: 'Production',
        url: 'https://grafana.example.fr/prod-demo',
        stageKind: 'prod',
      },
    ],
  },
  logs: {
    items: [
      {
        id: 'log-2',
        action: 'Replay hooks for Project',
        result: 'KO',
        messageResume: 'Errors:\nvault: timeout;',
        durationMs: 12500,
        createdAt: '2026-11-01T09:00:00Z',
      },
      {
        id: 'log-1',
        action: 'Create Project',
        result: 'OK',
        messageResume: 'Success',
        durationMs: 45000,
        createdAt: '2026-10-01T09:00:00Z',
      },
    ],
  },
  permissions: { canReprovision: true },
};

export const overviewPartial: ProjectOverviewResponse = {
  ...overview,
  provisioning: {
    outdated: null,
    lastSuccessVersion: '9.23.0',
    consoleVersion: null,
    error: {
      name: 'ServiceUnavailableError',
      message: 'version endpoint down',
    },
  },
  services: {
    items: [],
    error: { name: 'NotAllowedError', message: 'services are restricted' },
  },
};

export const environments: EnvironmentsResponse = {
  generatedAt,
  environments: [
    {
      id: 'env-dev',
      name: 'dev',
      stage: 'dev',
      stageKind: 'hprod',
      zone: { slug: 'default', label: 'DSO' },
      cluster: { label: 'ovh-hprod' },
      resources: { cpu: 2, gpu: 0, memory: 4 },
      autosync: true,
      namespace: 'k2x1--9zq3',
    },
    {
      id: 'env-prod',
      name: 'prod',
      stage: 'prod',
      stageKind: 'prod',
      zone: { slug: 'default', label: 'DSO' },
      cluster: { label: 'ovh-prod' },
      resources: { cpu: 4, gpu: 1, memory: 8 },
      autosync: false,
      namespace: 'p8w2--9zq3',
    },
  ],
  budget: {
    limitless: false,
    hprod: {
      cpu: { limit: 8, allocated: 2 },
      gpu: { limit: 0, allocated: 0 },
      memory: { limit: 16, allocated: 4 },
    },
    prod: {
      cpu: { limit: 0, allocated: 4 },
      gpu: { limit: 0, allocated: 1 },
      memory: { limit: 0, allocated: 8 },
    },
  },
};

export const environmentsPartial: EnvironmentsResponse = {
  ...environments,
  budget: {
    limitless: null,
    hprod: null,
    prod: null,
    error: { name: 'ServiceUnavailableError', message: 'console timed out' },
  },
};

export const instances: InstancesResponse = {
  generatedAt,
  instances: [{ name: 'default', title: 'Cloud π Native' }],
};

export const projects: ProjectsResponse = {
  generatedAt,
  projects: [
    {
      id: 'p1',
      slug: 'demo',
      name: 'demo',
      description: 'Demonstration project',
      status: 'created',
      locked: false,
    },
    {
      id: 'p2',
      slug: 'payroll-1',
      name: 'payroll',
      description: '',
      status: 'warning',
      locked: true,
    },
  ],
};

export const stages: StagesResponse = {
  generatedAt,
  stages: [
    { id: 'stage-dev', name: 'dev', stageKind: 'hprod' },
    { id: 'stage-prod', name: 'prod', stageKind: 'prod' },
  ],
};

export const clusters: ClustersResponse = {
  generatedAt,
  clusters: [
    {
      id: 'c-public',
      label: 'ovh-hprod',
      zone: { slug: 'default', label: 'DSO' },
      privacy: 'public',
      remainingCapacity: { cpu: 12.5, gpu: 0, memory: 48 },
    },
    {
      id: 'c-dedicated',
      label: 'demo-dedicated',
      zone: { slug: 'dr', label: 'Zone Restreinte' },
      privacy: 'dedicated',
    },
  ],
};

/** The deployments, with every Argo CD operation allowed; prod has autosync off and a previous revision. */
export const deploymentsWithOperations: DeploymentsResponse = {
  ...deployments,
  operations: { refresh: true, sync: true, rollback: true },
  environments: deployments.environments.map(environment => ({
    ...environment,
    applications: environment.applications.map(application => ({
      ...application,
      autoSync: environment.name !== 'prod',
      previousRevision:
        environment.name === 'prod'
          ? '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567'
          : null,
    })),
  })),
};

/** A journey with a step in every state and every kind of next action. */
export const journey: JourneyResponse = {
  generatedAt,
  steps: [
    {
      id: 'enrolment',
      state: 'done',
      evidence: [
        {
          code: 'projectEnrolled',
          params: { project: 'demo', owner: 'Alice Martin', members: 4 },
        },
      ],
      nextAction: null,
    },
    {
      id: 'toolResources',
      state: 'in-progress',
      evidence: [
        {
          code: 'provisioningOutdated',
          params: { version: '9.23.1', consoleVersion: '9.24.0' },
        },
      ],
      nextAction: {
        kind: 'console',
        code: 'reprovision',
        url: 'https://console.example.fr/projects/demo?tab=logs',
      },
    },
    {
      id: 'repositories',
      state: 'done',
      evidence: [
        {
          code: 'mirrorSynced',
          params: { repository: 'api', at: '2026-11-02T09:00:00Z' },
        },
      ],
      nextAction: null,
    },
    {
      id: 'pipeline',
      state: 'done',
      evidence: [{ code: 'pipelineConfigured', params: { repository: 'api' } }],
      nextAction: null,
    },
    {
      id: 'namespaces',
      state: 'not-started',
      evidence: [{ code: 'noEnvironment', params: {} }],
      nextAction: {
        kind: 'template',
        code: 'addEnvironment',
        templateRef: 'template:default/cpin-add-environment',
      },
    },
    {
      id: 'artefacts',
      state: 'blocked',
      evidence: [
        {
          code: 'buildFailed',
          params: {
            repository: 'api',
            ref: 'main',
            at: '2026-11-02T09:00:00Z',
            jobs: 'test_app',
          },
          url: 'https://gitlab.example.fr/forge/projects/demo/api/-/pipelines/12',
        },
      ],
      nextAction: {
        kind: 'link',
        code: 'openPipeline',
        url: 'https://gitlab.example.fr/forge/projects/demo/api/-/pipelines/12',
      },
    },
    {
      id: 'qualityAnalysis',
      state: 'blocked',
      evidence: [
        {
          code: 'qualityGateFailed',
          params: { repository: 'api', conditions: 'new_coverage < 80 (61.2)' },
          conditions: [
            {
              metric: 'new_coverage',
              comparator: 'LT',
              threshold: '80',
              actual: '61.2',
            },
          ],
        },
      ],
      nextAction: {
        kind: 'link',
        code: 'openQualityGate',
        url: 'https://sonarqube.example.fr/dashboard?id=demo-api-3843',
      },
    },
    {
      id: 'images',
      state: 'blocked',
      evidence: [
        {
          code: 'criticalInProduction',
          params: {
            image: 'harbor.example.fr/demo/api:1.4.2',
            environment: 'prod',
            critical: 2,
            fixable: 1,
          },
        },
      ],
      nextAction: {
        kind: 'documentation',
        code: 'signImages',
        url: 'https://cloud-pi-native.fr/guide/images-sign',
      },
    },
    {
      id: 'deployment',
      state: 'in-progress',
      evidence: [
        {
          code: 'applicationSyncing',
          params: { application: 'demo-dev-0d4e-api-3843', environment: 'dev' },
        },
      ],
      nextAction: null,
    },
    {
      id: 'observability',
      state: 'unknown',
      evidence: [{ code: 'notConfigured', params: { tool: 'Grafana' } }],
      nextAction: null,
    },
  ],
};

/**
 * Builds: a mirrored app whose default branch passed and a feature branch
 * failed, an infra repository never built, and one GitLab could not read.
 */
export const builds: BuildsResponse = {
  generatedAt,
  repositories: [
    {
      repositoryName: 'api',
      isInfra: false,
      url: 'https://gitlab.example.fr/forge/demo/api',
      defaultBranch: 'main',
      latest: {
        id: 101,
        ref: 'main',
        status: 'success',
        source: 'push',
        sha: '4f2a9c1e',
        createdAt: '2026-11-02T09:40:00Z',
        finishedAt: '2026-11-02T09:46:05Z',
        durationSeconds: 365,
        failedJobs: [],
        url: 'https://gitlab.example.fr/forge/demo/api/-/pipelines/101',
      },
      branches: [
        {
          id: 102,
          ref: 'feature/export-csv',
          status: 'failed',
          source: 'push',
          sha: '9b07d3aa',
          createdAt: '2026-11-02T09:50:00Z',
          finishedAt: '2026-11-02T09:53:20Z',
          durationSeconds: 200,
          failedJobs: ['unit-tests', 'sonar-scan'],
          url: 'https://gitlab.example.fr/forge/demo/api/-/pipelines/102',
        },
      ],
      mirror: {
        state: 'failed',
        lastSyncAt: '2026-11-02T09:30:00Z',
        branch: 'main',
        url: 'https://gitlab.example.fr/forge/demo/mirror/-/pipelines/55',
      },
    },
    {
      repositoryName: 'infra',
      isInfra: true,
      url: 'https://gitlab.example.fr/forge/demo/infra',
      defaultBranch: 'main',
      latest: null,
      branches: [],
      mirror: null,
    },
    {
      repositoryName: 'front',
      isInfra: false,
      url: null,
      defaultBranch: null,
      latest: null,
      branches: [],
      mirror: null,
      error: {
        name: 'ServiceUnavailableError',
        message: 'GitLab answered 503',
      },
    },
  ],
};

const scannedArtifact = (overrides: Partial<ImageArtifact>): ImageArtifact => ({
  repository: 'demo/api',
  digest: `sha256:${'a'.repeat(64)}`,
  tags: ['1.4.2'],
  pushedAt: '2026-11-01T16:00:00Z',
  signed: true,
  scan: {
    status: 'success',
    scannedAt: '2026-11-01T16:05:00Z',
    vulnerabilities: {
      critical: 0,
      high: 0,
      medium: 0,
      low: 0,
      total: 0,
      fixable: 0,
    },
  },
  url: 'https://harbor.example.fr/harbor/projects/7/repositories/api',
  ...overrides,
});

/**
 * Images: production runs an unsigned image with critical vulnerabilities,
 * dev runs a clean signed one and an image from outside Harbor, and the
 * Argo CD of staging could not be read.
 */
export const images: ImagesResponse = {
  generatedAt,
  registry: {
    project: 'demo',
    url: 'https://harbor.example.fr/harbor/projects/7',
  },
  repositories: [
    {
      name: 'demo/api',
      artifactCount: 12,
      latest: scannedArtifact({}),
      url: 'https://harbor.example.fr/harbor/projects/7/repositories/api',
    },
  ],
  environments: [
    {
      name: 'dev',
      stage: 'dev',
      stageKind: 'hprod',
      images: [
        {
          reference: 'harbor.example.fr/demo/api:1.4.2',
          applications: ['demo-dev-0d4e-infra-3843'],
          artifact: scannedArtifact({}),
        },
        {
          reference: 'docker.io/library/redis:7.2',
          applications: ['demo-dev-0d4e-infra-3843'],
          artifact: null,
        },
      ],
    },
    {
      name: 'staging',
      stage: 'staging',
      stageKind: 'hprod',
      images: [],
      error: {
        name: 'ServiceUnavailableError',
        message: 'Argo CD answered 502',
      },
    },
    {
      name: 'prod',
      stage: 'prod',
      stageKind: 'prod',
      images: [
        {
          reference: 'harbor.example.fr/demo/api:1.3.0',
          applications: ['demo-prod-5e1c-infra-3843'],
          artifact: scannedArtifact({
            tags: ['1.3.0'],
            signed: false,
            scan: {
              status: 'success',
              scannedAt: '2026-10-20T08:00:00Z',
              vulnerabilities: {
                critical: 2,
                high: 5,
                medium: 7,
                low: 1,
                total: 15,
                fixable: 9,
              },
            },
          }),
        },
      ],
    },
  ],
};

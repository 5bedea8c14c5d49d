import type {
  ClustersResponse,
  DeploymentsResponse,
  EnvironmentsResponse,
  InstancesResponse,
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

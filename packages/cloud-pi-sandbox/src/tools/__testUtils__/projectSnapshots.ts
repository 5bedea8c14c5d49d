import type {
  Cluster,
  Repository,
  Stage,
  User,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import type { EnvironmentSnapshot, ProjectSnapshot } from '../../types';

const at = '2026-11-01T10:00:00.000Z';

/** The zones of the fixtures. */
export const ZONES: Record<'default' | 'restricted', Zone> = {
  default: {
    id: '5f2c9a8e-0d1b-4c47-9a0e-1d2b3c4d5e6f',
    slug: 'default',
    label: 'DSO',
    description: '',
    argocdUrl: 'https://argocd.example.fr',
  },
  restricted: {
    id: '6a3d0b9f-1e2c-4d58-8b1f-2e3c4d5e6f70',
    slug: 'restricted',
    label: 'Zone Restreinte',
    description: '',
    argocdUrl: 'https://argocd-dr.example.fr',
  },
};

/** The clusters of the fixtures. */
export const CLUSTERS: Record<'formationApp' | 'prodApp', Cluster> = {
  formationApp: {
    id: '7b4e1c0a-2f3d-4e69-9c20-3f4d5e6f7081',
    label: 'formation-app',
    privacy: 'public',
    zoneId: ZONES.default.id,
  },
  prodApp: {
    id: '8c5f2d1b-3a4e-4f7a-8d31-4a5e6f708192',
    label: 'prod-app',
    privacy: 'public',
    zoneId: ZONES.restricted.id,
  },
};

/** The stages of the fixtures. */
export const STAGES: Record<'dev' | 'prod', Stage> = {
  dev: { id: '9d6a3e2c-4b5f-4a8b-9e42-5b6f708192a3', name: 'dev' },
  prod: { id: 'ae7b4f3d-5c6a-4b9c-8f53-6c708192a3b4', name: 'prod' },
};

const owner: User = {
  id: 'bf8c5a4e-6d7b-4cad-9a64-7d8192a3b4c5',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada.lovelace@example.fr',
  type: 'human',
};

/** A repository of the `stform` fixture. */
export function repository(
  name: string,
  overrides: Partial<Repository> = {},
): Repository {
  return {
    id: `c09d6b5f-7e8c-4dbe-8b75-${Buffer.from(name)
      .toString('hex')
      .padEnd(12, '0')
      .slice(0, 12)}`,
    projectId: '2b1c8f7e-3d4a-4b5c-9d6e-7f8a9b0c1d2e',
    internalRepoName: name,
    externalRepoUrl: '',
    externalUserName: '',
    isPrivate: false,
    isInfra: false,
    deployRevision: 'HEAD',
    deployPath: '.',
    helmValuesFiles: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The `demo` environment (stage dev, cluster formation-app) of the documented example. */
export const DEMO_ENVIRONMENT: EnvironmentSnapshot = {
  environment: {
    id: 'd1e0c7a6-8f9d-4ecf-9c86-9e8192a3b4c5',
    name: 'demo',
    projectId: '2b1c8f7e-3d4a-4b5c-9d6e-7f8a9b0c1d2e',
    stageId: STAGES.dev.id,
    clusterId: CLUSTERS.formationApp.id,
    cpu: 2,
    gpu: 0,
    memory: 4,
    autosync: true,
    createdAt: at,
    updatedAt: at,
  },
  stage: STAGES.dev,
  cluster: CLUSTERS.formationApp,
  zone: ZONES.default,
};

/** A `prod` environment in the restricted zone. */
export const PROD_ENVIRONMENT: EnvironmentSnapshot = {
  environment: {
    id: 'e2f1d8b7-9a0e-4fd0-8d97-af92a3b4c5d6',
    name: 'prod',
    projectId: '2b1c8f7e-3d4a-4b5c-9d6e-7f8a9b0c1d2e',
    stageId: STAGES.prod.id,
    clusterId: CLUSTERS.prodApp.id,
    cpu: 4.5,
    gpu: 1,
    memory: 1.5,
    autosync: false,
    createdAt: at,
    updatedAt: at,
  },
  stage: STAGES.prod,
  cluster: CLUSTERS.prodApp,
  zone: ZONES.restricted,
};

/**
 * The documented example (`docs/guide/deployment-with-argo.md`): project
 * `stform`, environment `demo` on cluster `formation-app`, infra repository
 * `infra`; plus a mirrored application repository `api`.
 */
export function stformSnapshot(
  overrides: Partial<ProjectSnapshot> = {},
): ProjectSnapshot {
  const projectId = '2b1c8f7e-3d4a-4b5c-9d6e-7f8a9b0c1d2e';
  return {
    project: {
      id: projectId,
      name: 'stform',
      slug: 'stform',
      description: 'Formation',
      status: 'created',
      locked: false,
      limitless: true,
      hprodCpu: 0,
      hprodGpu: 0,
      hprodMemory: 0,
      prodCpu: 0,
      prodGpu: 0,
      prodMemory: 0,
      everyonePerms: '896',
      ownerId: owner.id,
      owner,
      members: [],
      roles: [],
      clusterIds: [],
      lastSuccessProvisionningVersion: null,
      createdAt: at,
      updatedAt: at,
    },
    owner,
    members: [],
    roles: [],
    environments: [DEMO_ENVIRONMENT],
    repositories: [
      repository('infra', {
        isInfra: true,
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
      }),
      repository('api', {
        externalRepoUrl: 'https://github.com/example/api.git',
      }),
    ],
    deployments: [],
    zones: [ZONES.default, ZONES.restricted],
    ...overrides,
  };
}

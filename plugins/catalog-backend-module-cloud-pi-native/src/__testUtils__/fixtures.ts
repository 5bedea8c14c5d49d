import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  Cluster,
  Environment,
  Project,
  ProjectService,
  Repository,
  Stage,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import { DefaultCloudPiService } from '@cpin/plugin-cloud-pi-native-node';
import {
  CloudPiTopology,
  CloudPiTransformContext,
} from '../transformers/types';

/** The instance used by the unit tests: every tool configured. */
export const TEST_INSTANCE_CONFIG = {
  name: 'cpin',
  consoleUrl: 'https://console.cpin.example.fr',
  token: 'test-admin-token-never-in-an-entity',
  projectsRootDir: 'forge/projects',
  gitlab: { url: 'https://gitlab.cpin.example.fr', token: 'glpat-test' },
  sonarqube: { url: 'https://sonar.cpin.example.fr', token: 'squ-test' },
  grafana: { url: 'https://grafana.cpin.example.fr' },
};

/** A real `CloudPiInstance` built from {@link TEST_INSTANCE_CONFIG}. */
export function testInstance(overrides: Record<string, unknown> = {}) {
  return DefaultCloudPiService.fromConfig(
    new ConfigReader({
      cloudPiNative: { instances: [{ ...TEST_INSTANCE_CONFIG, ...overrides }] },
    }),
    { logger: mockServices.logger.mock() },
  ).getInstance(TEST_INSTANCE_CONFIG.name);
}

/** The transform context of the unit tests. */
export function testContext(
  overrides: Partial<CloudPiTransformContext> = {},
): CloudPiTransformContext {
  const instance = testInstance();
  return {
    instance: instance.name,
    namespace: 'cpin',
    consoleUrl: instance.consoleUrl,
    projectsRootDir: instance.projectsRootDir,
    urls: instance.urls,
    consoleVersion: '9.24.0',
    platformOwner: 'group:cpin/platform-team',
    roleGroups: true,
    ...overrides,
  };
}

export const IDS = {
  project: '0b6f2c9e-5a3d-4c1b-9e8f-7a6b5c4d3e2f',
  envDev: '1c7a3d0f-6b4e-4d2c-8f9a-8b7c6d5e4f30',
  envProd: '2d8b4e1a-7c5f-4e3d-9a0b-9c8d7e6f5a41',
  repoApi: '3e9c5f2b-8d6a-4f4e-8b1c-0d9e8f7a6b52',
  repoInfra: '4fad6a3c-9e7b-4a5f-9c2d-1e0f9a8b7c63',
  stageDev: '5abe7b4d-0f8c-4b6a-8d3e-2f1a0b9c8d74',
  stageProd: '6bcf8c5e-1a9d-4c7b-9e4f-3a2b1c0d9e85',
  zone: '7cd09d6f-2b0e-4d8c-8f5a-4b3c2d1e0f96',
  clusterHprod: '8de1ae7a-3c1f-4e9d-9a6b-5c4d3e2f1a07',
  clusterProd: '9ef2bf8b-4d2a-4fae-8b7c-6d5e4f3a2b18',
  owner: 'a0f3c09c-5e3b-4a0f-9c8d-7e6f5a4b3c29',
  bob: 'b104d1ad-6f4c-4b1a-8d9e-8f7a6b5c4d3a',
  claire: 'c215e2be-7a5d-4c2b-9eaf-9a8b7c6d5e4b',
  roleAdmin: 'd326f3cf-8b6e-4d3c-8fb0-0b9c8d7e6f5c',
  roleDevops: 'e437a4d0-9c7f-4e4d-9ac1-1c0d9e8f7a6d',
} as const;

const AT = '2026-01-01T00:00:00.000Z';

export function stage(name: string, id: string): Stage {
  return { id, name, clusterIds: [] };
}

export function zone(overrides: Partial<Zone> = {}): Zone {
  return {
    id: IDS.zone,
    slug: 'default',
    label: 'DSO',
    description: 'Zone usuelle',
    argocdUrl: 'https://argocd.default.cpin.example.fr',
    ...overrides,
  };
}

export function cluster(overrides: Partial<Cluster> = {}): Cluster {
  return {
    id: IDS.clusterHprod,
    label: 'ovh-hprod',
    privacy: 'public',
    clusterResources: false,
    infos: 'FIP 10.0.0.1',
    cpu: 64,
    gpu: 0,
    memory: 256,
    zoneId: IDS.zone,
    stageIds: [IDS.stageDev],
    ...overrides,
  };
}

export function topology(): CloudPiTopology {
  return {
    stages: new Map([
      [IDS.stageDev, stage('dev', IDS.stageDev)],
      [IDS.stageProd, stage('prod', IDS.stageProd)],
    ]),
    zones: new Map([[IDS.zone, zone()]]),
    clusters: new Map([
      [IDS.clusterHprod, cluster()],
      [
        IDS.clusterProd,
        cluster({
          id: IDS.clusterProd,
          label: 'ovh-prod',
          privacy: 'dedicated',
          cpu: 0,
          gpu: 0,
          memory: 0,
          stageIds: [IDS.stageProd],
        }),
      ],
    ]),
  };
}

export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: IDS.project,
    name: 'portail',
    slug: 'portail',
    description: 'Portail des démarches',
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
    ownerId: IDS.owner,
    owner: {
      id: IDS.owner,
      firstName: 'Alice',
      lastName: 'Martin',
      email: 'Alice.Martin@interieur.gouv.fr',
      type: 'human',
      lastLogin: null,
      createdAt: AT,
      updatedAt: AT,
    },
    members: [
      {
        userId: IDS.bob,
        firstName: 'Bob',
        lastName: 'Durand',
        email: 'bob.durand@interieur.gouv.fr',
        roleIds: [IDS.roleDevops],
      },
      {
        userId: IDS.claire,
        firstName: 'Claire',
        lastName: 'Petit',
        email: 'claire.petit@interieur.gouv.fr',
        roleIds: [IDS.roleAdmin, IDS.roleDevops],
      },
    ],
    roles: [
      {
        id: IDS.roleAdmin,
        name: 'Administrateur',
        permissions: '2',
        position: 0,
        oidcGroup: '/console/admin',
        type: 'system:managed',
      },
      {
        id: IDS.roleDevops,
        name: 'DevOps',
        permissions: '984',
        position: 1,
        oidcGroup: '/console/devops',
        type: 'system:managed',
      },
    ],
    clusterIds: [],
    lastSuccessProvisionningVersion: '9.24.0',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function environment(overrides: Partial<Environment> = {}): Environment {
  return {
    id: IDS.envDev,
    name: 'dev',
    projectId: IDS.project,
    stageId: IDS.stageDev,
    clusterId: IDS.clusterHprod,
    cpu: 0.5,
    gpu: 0,
    memory: 2,
    autosync: true,
    stage: { id: IDS.stageDev, name: 'dev' },
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function repository(overrides: Partial<Repository> = {}): Repository {
  return {
    id: IDS.repoApi,
    projectId: IDS.project,
    internalRepoName: 'api',
    externalRepoUrl: '',
    externalUserName: '',
    isPrivate: false,
    isInfra: false,
    deployRevision: 'HEAD',
    deployPath: '.',
    helmValuesFiles: '',
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function services(): ProjectService[] {
  return [
    {
      name: 'argocd',
      title: 'ArgoCD',
      urls: [
        {
          name: 'ArgoCD DSO',
          to: 'https://argocd.default.cpin.example.fr/applications?search=portail',
        },
      ],
    },
    {
      name: 'gitlab',
      title: 'Gitlab',
      urls: [
        {
          name: 'Gitlab',
          to: 'https://gitlab.cpin.example.fr/forge/projects/portail',
        },
      ],
    },
    { name: 'registry', title: 'Harbor', urls: [] },
    {
      name: 'observability',
      title: 'Observabilité',
      urls: [
        {
          name: 'Hors production',
          to: 'https://grafana.cpin.example.fr/hprod-portail',
        },
        // An unsafe URL the provider must drop.
        // eslint-disable-next-line no-script-url
        { name: 'Piège', to: 'javascript:alert(1)' },
      ],
    },
  ];
}

import {
  Cluster,
  Environment,
  Member,
  Project,
  Repository,
  Role,
  Stage,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';

/** Console payloads shaped like console 9.24 answers (NestJS, with its extras). */
export const OWNER_ID = '2a0aa4b9-77a5-4e53-b0b3-5e0c8e7f3a11';
export const PROJECT_ID = '0f6a4a52-3b55-4c8e-9f51-1f6c3a7d2b10';
export const ENVIRONMENT_ID = '6d2c3b7e-1a9f-4c3d-8e2b-7f1a0c9d8e21';
export const REPOSITORY_ID = '9b8e7d6c-5a4b-4c3d-9e2f-1a0b9c8d7e32';
export const STAGE_ID = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e43';
export const CLUSTER_ID = 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f54';
export const ZONE_ID = 'e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a65';
export const ROLE_ID = 'f0a1b2c3-d4e5-4f6a-9b7c-8d9e0f1a2b76';
export const MEMBER_ID = 'a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c87';

const timestamps = {
  createdAt: '2026-05-04T08:12:00.000Z',
  updatedAt: '2026-05-04T08:15:00.000Z',
};

export const role: Role = {
  id: ROLE_ID,
  name: 'DevOps',
  permissions: '984',
  oidcGroup: '/console/devops',
  type: 'system:managed',
  userCount: 1,
};

export const member: Member = {
  userId: MEMBER_ID,
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille.martin@interieur.gouv.fr',
  roleIds: [ROLE_ID],
};

export const project: Project = {
  id: PROJECT_ID,
  name: 'demo',
  slug: 'demo',
  description: 'Projet de démonstration',
  status: 'created',
  locked: false,
  limitless: false,
  hprodCpu: 4,
  hprodGpu: 0,
  hprodMemory: 8,
  prodCpu: 8,
  prodGpu: 0,
  prodMemory: 16,
  everyonePerms: '896',
  ownerId: OWNER_ID,
  owner: {
    id: OWNER_ID,
    firstName: 'Dominique',
    lastName: 'Durand',
    email: 'dominique.durand@interieur.gouv.fr',
    type: 'human',
    lastLogin: '2026-05-04T08:00:00.000Z',
    ...timestamps,
  },
  members: [member],
  roles: [role],
  clusterIds: [],
  lastSuccessProvisionningVersion: '9.24.0',
  ...timestamps,
};

export const environment: Environment = {
  id: ENVIRONMENT_ID,
  name: 'dev',
  projectId: PROJECT_ID,
  stageId: STAGE_ID,
  clusterId: CLUSTER_ID,
  cpu: 2,
  gpu: 0,
  memory: 4,
  autosync: true,
  stage: { id: STAGE_ID, name: 'dev' },
  ...timestamps,
};

export const repository: Repository = {
  id: REPOSITORY_ID,
  projectId: PROJECT_ID,
  internalRepoName: 'backend',
  externalRepoUrl: 'https://github.com/example/backend.git',
  externalUserName: '',
  isPrivate: false,
  isInfra: false,
  deployRevision: 'HEAD',
  deployPath: '.',
  helmValuesFiles: '',
  ...timestamps,
};

export const stage: Stage = {
  id: STAGE_ID,
  name: 'dev',
  clusterIds: [CLUSTER_ID],
};

export const zone: Zone = {
  id: ZONE_ID,
  slug: 'default',
  label: 'DSO',
  description: '',
  argocdUrl: 'https://argocd.zone-a.example.fr',
};

export const cluster: Cluster = {
  id: CLUSTER_ID,
  label: 'ovh-hprod',
  privacy: 'public',
  clusterResources: false,
  infos: '',
  cpu: 64,
  gpu: 0,
  memory: 256,
  zoneId: ZONE_ID,
  stageIds: [STAGE_ID],
};

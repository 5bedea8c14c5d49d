/** A project of the demo world. */
export interface DemoProject {
  name: string;
  description: string;
  ownerEmail: string;
  /** Project budget; `undefined` means limitless. */
  budget?: {
    hprodCpu: number;
    hprodMemory: number;
    prodCpu: number;
    prodMemory: number;
  };
  members: Array<{
    email: string;
    /** A default role, or one of `roles`. */
    role: string;
  }>;
  /** Roles created besides the default ones. */
  roles?: Array<{ name: string; permissions: string; oidcGroup: string }>;
  environments: Array<{
    name: string;
    stage: string;
    cluster: string;
    cpu: number;
    gpu: number;
    memory: number;
    autosync?: boolean;
  }>;
  repositories: Array<{
    internalRepoName: string;
    isInfra: boolean;
    externalRepoUrl?: string;
    externalUserName?: string;
    externalToken?: string;
    deployPath?: string;
    helmValuesFiles?: string;
  }>;
  /** Console Deployments, by environment name and repository names. */
  deployments?: Array<{
    name: string;
    environment: string;
    autosync?: boolean;
    sources: Array<{
      repository: string;
      targetRevision?: string;
      path?: string;
      helmValuesFiles?: string;
      valueSources?: Array<
        | { type: 'internal'; path: string }
        | { type: 'external'; path: string; ref: string; repository: string }
      >;
    }>;
  }>;
}

const ALICE = 'alice.martin@interieur.gouv.fr';
const BOB = 'bob.durand@interieur.gouv.fr';
const CLAIRE = 'claire.petit@interieur.gouv.fr';
const DAVID = 'david.moreau@interieur.gouv.fr';

/** MANAGE_DEPLOYMENTS, LIST_DEPLOYMENTS, LIST_ENVIRONMENTS and LIST_REPOSITORIES. */
const DEPLOYER_PERMISSIONS = String(4096 + 8192 + 256 + 512);

/**
 * The demo projects. After creation the seed makes `sirh` failed, locks
 * `intranet`, makes `cadastre` outdated and archives `ancienportail`;
 * `urbanisme` deploys with console Deployments instead of infra repositories;
 * `guichet` runs an image with critical vulnerabilities in production and
 * `nouveau` has nothing yet (see `applyDemoToolStates`).
 */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  {
    name: 'portail',
    description: 'Portail des démarches en ligne du ministère',
    ownerEmail: ALICE,
    budget: { hprodCpu: 8, hprodMemory: 16, prodCpu: 8, prodMemory: 16 },
    members: [
      { email: BOB, role: 'DevOps' },
      { email: CLAIRE, role: 'Développeur' },
      { email: DAVID, role: 'Lecture seule' },
    ],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
      {
        name: 'staging',
        stage: 'staging',
        cluster: 'ovh-hprod',
        cpu: 2,
        gpu: 0,
        memory: 4,
      },
      {
        name: 'prod',
        stage: 'prod',
        cluster: 'ovh-prod',
        cpu: 4,
        gpu: 0,
        memory: 8,
        autosync: false,
      },
    ],
    repositories: [
      {
        internalRepoName: 'front',
        isInfra: false,
        externalRepoUrl:
          'https://github.com/cloud-pi-native/demo-portail-front.git',
      },
      { internalRepoName: 'api', isInfra: false },
      {
        internalRepoName: 'infra',
        isInfra: true,
        deployPath: 'helm',
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
      },
    ],
  },
  {
    name: 'sirh',
    description:
      'Système d’information des ressources humaines (zone restreinte)',
    ownerEmail: ALICE,
    members: [
      { email: BOB, role: 'DevOps' },
      { email: DAVID, role: 'Lecture seule' },
    ],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'dr-restreint',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
      {
        name: 'staging',
        stage: 'staging',
        cluster: 'dr-restreint',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
      {
        name: 'prod',
        stage: 'prod',
        cluster: 'dr-restreint',
        cpu: 2,
        gpu: 0,
        memory: 4,
      },
    ],
    repositories: [
      {
        internalRepoName: 'sirh-app',
        isInfra: false,
        externalRepoUrl: 'https://gitlab.interieur.gouv.fr/sirh/sirh-app.git',
        externalUserName: 'sirh-bot',
        externalToken: 'demo-external-token',
      },
      {
        internalRepoName: 'sirh-infra',
        isInfra: true,
        externalRepoUrl:
          'https://github.com/cloud-pi-native/demo-sirh-infra.git',
      },
    ],
  },
  {
    name: 'intranet',
    description: 'Intranet des agents',
    ownerEmail: ALICE,
    members: [
      { email: CLAIRE, role: 'Développeur' },
      { email: DAVID, role: 'Lecture seule' },
    ],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 0.5,
        gpu: 0,
        memory: 1,
      },
      {
        name: 'prod',
        stage: 'prod',
        cluster: 'ovh-prod',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
    ],
    repositories: [
      { internalRepoName: 'site', isInfra: true },
      { internalRepoName: 'docs', isInfra: false },
    ],
  },
  {
    name: 'cadastre',
    description: 'Consultation du cadastre, déployée dans les deux zones',
    ownerEmail: BOB,
    members: [
      { email: ALICE, role: 'DevOps' },
      { email: CLAIRE, role: 'Développeur' },
    ],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'ia-gpu',
        cpu: 2,
        gpu: 1,
        memory: 8,
      },
      {
        name: 'staging',
        stage: 'staging',
        cluster: 'ovh-hprod',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
      {
        name: 'prod',
        stage: 'prod',
        cluster: 'dr-restreint',
        cpu: 2,
        gpu: 0,
        memory: 4,
      },
    ],
    repositories: [
      {
        internalRepoName: 'cadastre-api',
        isInfra: false,
        externalRepoUrl:
          'https://github.com/cloud-pi-native/demo-cadastre-api.git',
      },
      { internalRepoName: 'cadastre-infra', isInfra: true },
    ],
  },
  {
    name: 'urbanisme',
    description:
      'Instruction des autorisations d’urbanisme, déployée par Deployments',
    ownerEmail: ALICE,
    roles: [
      {
        name: 'Déploiement',
        permissions: DEPLOYER_PERMISSIONS,
        oidcGroup: '/console/deployer',
      },
    ],
    members: [
      { email: BOB, role: 'Déploiement' },
      { email: CLAIRE, role: 'Développeur' },
    ],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
      {
        name: 'prod',
        stage: 'prod',
        cluster: 'ovh-prod',
        cpu: 2,
        gpu: 0,
        memory: 4,
        autosync: false,
      },
    ],
    repositories: [
      {
        internalRepoName: 'web',
        isInfra: false,
        externalRepoUrl:
          'https://github.com/cloud-pi-native/demo-urbanisme-web.git',
      },
      { internalRepoName: 'instruction', isInfra: false },
      { internalRepoName: 'config', isInfra: false },
    ],
    deployments: [
      {
        name: 'web',
        environment: 'dev',
        sources: [
          {
            repository: 'web',
            path: 'chart',
            valueSources: [
              { type: 'internal', path: 'values.yaml' },
              {
                type: 'external',
                path: 'web/values-<env>.yaml',
                ref: 'config',
                repository: 'config',
              },
            ],
          },
        ],
      },
      {
        name: 'instruction',
        environment: 'dev',
        sources: [
          {
            repository: 'instruction',
            path: 'chart',
            helmValuesFiles: 'values.yaml,values-<env>.yaml',
          },
        ],
      },
      {
        name: 'web',
        environment: 'prod',
        sources: [
          {
            repository: 'web',
            targetRevision: 'v2.3.1',
            path: 'chart',
            valueSources: [
              { type: 'internal', path: 'values.yaml' },
              {
                type: 'external',
                path: 'web/values-<env>.yaml',
                ref: 'config',
                repository: 'config',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'guichet',
    description:
      'Guichet des usagers : prêt, sauf une image vulnérable en production',
    ownerEmail: ALICE,
    members: [
      { email: BOB, role: 'DevOps' },
      { email: DAVID, role: 'Lecture seule' },
    ],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 1,
        gpu: 0,
        memory: 2,
      },
      {
        name: 'prod',
        stage: 'prod',
        cluster: 'ovh-prod',
        cpu: 2,
        gpu: 0,
        memory: 4,
      },
    ],
    repositories: [
      {
        internalRepoName: 'guichet-web',
        isInfra: false,
        externalRepoUrl:
          'https://github.com/cloud-pi-native/demo-guichet-web.git',
      },
      { internalRepoName: 'guichet-infra', isInfra: true },
    ],
  },
  {
    name: 'nouveau',
    description: 'Projet tout juste inscrit : ni dépôt ni environnement',
    ownerEmail: ALICE,
    members: [],
    environments: [],
    repositories: [],
  },
  {
    name: 'ancienportail',
    description: 'Ancienne version du portail (archivée)',
    ownerEmail: ALICE,
    members: [],
    environments: [
      {
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 0.5,
        gpu: 0,
        memory: 1,
      },
    ],
    repositories: [{ internalRepoName: 'app', isInfra: false }],
  },
];

/** The console version `cadastre` was last provisioned with (outdated). */
export const OUTDATED_VERSION = '9.23.1';

import { readSpec } from '@cpin/cloud-pi-specs';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  CLUSTER_ID,
  ENVIRONMENT_ID,
  MEMBER_ID,
  PROJECT_ID,
  REPOSITORY_ID,
  ROLE_ID,
  STAGE_ID,
  cluster,
  environment,
  member,
  project,
  repository,
  role,
  stage,
  zone,
} from '../__testUtils__/consoleFixtures';
import { CloudPiConsoleClient } from './CloudPiConsoleClient';

const BASE = 'https://console.test';
const TOKEN = 'admin-token-6f3d9c2e1b';

interface RouteCase {
  title: string;
  call: (client: CloudPiConsoleClient) => Promise<unknown>;
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  status?: number;
  response?: unknown;
  /** What the client returns; defaults to the response body. */
  expected?: unknown;
}

const createProjectInput = {
  name: 'demo',
  description: 'Projet de démonstration',
  limitless: false,
  hprodCpu: 4,
  hprodGpu: 0,
  hprodMemory: 8,
  prodCpu: 8,
  prodGpu: 0,
  prodMemory: 16,
};
const environmentInput = {
  name: 'dev',
  stageId: STAGE_ID,
  clusterId: CLUSTER_ID,
  cpu: 2,
  gpu: 0,
  memory: 4,
  autosync: true,
};
const repositoryInput = {
  internalRepoName: 'backend',
  externalRepoUrl: 'https://github.com/example/backend.git',
  isInfra: false,
  isPrivate: false as const,
};

const DEPLOYMENT_ID = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c';
const SOURCE_ID = '8f7e6d5c-4b3a-4291-8f0e-d9c8b7a69584';
const deploymentInput = {
  name: 'web',
  projectId: PROJECT_ID,
  environmentId: ENVIRONMENT_ID,
  autosync: true,
  deploymentSources: [
    {
      type: 'git' as const,
      repositoryId: REPOSITORY_ID,
      targetRevision: 'main',
      path: 'helm',
      valueSources: [{ type: 'internal' as const, path: 'values-<env>.yaml' }],
    },
  ],
};
/** What create and update answer: the bare row (NestJS returns it unvalidated). */
const deploymentRow = {
  id: DEPLOYMENT_ID,
  name: 'web',
  projectId: PROJECT_ID,
  environmentId: ENVIRONMENT_ID,
  autosync: true,
  createdAt: '2026-05-04T10:17:04.000Z',
  updatedAt: '2026-05-04T10:17:04.000Z',
};
const deployment = {
  ...deploymentRow,
  environment,
  deploymentSources: [
    {
      id: SOURCE_ID,
      deploymentId: DEPLOYMENT_ID,
      repositoryId: REPOSITORY_ID,
      type: 'git',
      repository,
      targetRevision: 'main',
      path: 'helm',
      helmValuesFiles: '',
      valueSources: [
        {
          type: 'internal',
          id: '2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819',
          order: 0,
          path: 'values-<env>.yaml',
        },
      ],
      createdAt: '2026-05-04T10:17:04.000Z',
      updatedAt: '2026-05-04T10:17:04.000Z',
    },
  ],
};

const cases: RouteCase[] = [
  {
    title: 'projects.list with every filter',
    call: c =>
      c.projects.list({
        filter: 'all',
        statusNotIn: ['archived', 'failed'],
        statusIn: ['created'],
        locked: false,
        search: 'dém',
        lastSuccessProvisionningVersion: 'outdated',
      }),
    method: 'GET',
    path: '/api/v1/projects',
    query: {
      filter: 'all',
      statusNotIn: 'archived,failed',
      statusIn: 'created',
      locked: 'false',
      search: 'dém',
      lastSuccessProvisionningVersion: 'outdated',
    },
    response: [project],
  },
  {
    title: 'projects.get by slug',
    call: c => c.projects.get('demo'),
    method: 'GET',
    path: '/api/v1/projects/demo',
    response: project,
  },
  {
    title: 'projects.get by id',
    call: c => c.projects.get(PROJECT_ID),
    method: 'GET',
    path: `/api/v1/projects/${PROJECT_ID}`,
    response: project,
  },
  {
    title: 'projects.create',
    call: c => c.projects.create(createProjectInput),
    method: 'POST',
    path: '/api/v1/projects',
    body: createProjectInput,
    status: 201,
    response: project,
  },
  {
    title: 'projects.update',
    call: c =>
      c.projects.update('demo', { description: 'Nouveau', locked: false }),
    method: 'PUT',
    path: '/api/v1/projects/demo',
    body: { description: 'Nouveau', locked: false },
    response: { ...project, description: 'Nouveau' },
  },
  {
    title: 'projects.archive',
    call: c => c.projects.archive('demo'),
    method: 'DELETE',
    path: '/api/v1/projects/demo',
    status: 204,
    expected: undefined,
  },
  {
    title: 'projects.replayHooks',
    call: c => c.projects.replayHooks('demo'),
    method: 'PUT',
    path: '/api/v1/projects/demo/hooks',
    status: 204,
    expected: undefined,
  },
  {
    title: 'projects.getSecrets',
    call: c => c.projects.getSecrets('demo'),
    method: 'GET',
    path: '/api/v1/projects/demo/secrets',
    response: {
      VAULT: { '.spec.mount': 'demo', '.spec.vaultAuthRef': 'vault-auth' },
    },
  },
  {
    title: 'environments.list',
    call: c => c.environments.list('demo'),
    method: 'GET',
    path: '/api/v2/projects/demo/environments',
    response: [environment],
  },
  {
    title: 'environments.create',
    call: c => c.environments.create('demo', environmentInput),
    method: 'POST',
    path: '/api/v2/projects/demo/environments',
    body: environmentInput,
    status: 201,
    response: environment,
  },
  {
    title: 'environments.update',
    call: c =>
      c.environments.update('demo', ENVIRONMENT_ID, {
        cpu: 3,
        gpu: 0,
        memory: 6,
        autosync: false,
      }),
    method: 'PUT',
    path: `/api/v2/projects/demo/environments/${ENVIRONMENT_ID}`,
    body: { cpu: 3, gpu: 0, memory: 6, autosync: false },
    response: { ...environment, cpu: 3, memory: 6, autosync: false },
  },
  {
    title: 'environments.delete',
    call: c => c.environments.delete('demo', ENVIRONMENT_ID),
    method: 'DELETE',
    path: `/api/v2/projects/demo/environments/${ENVIRONMENT_ID}`,
    status: 204,
    expected: undefined,
  },
  {
    title: 'repositories.list',
    call: c => c.repositories.list('demo'),
    method: 'GET',
    path: '/api/v2/projects/demo/repositories',
    response: [repository],
  },
  {
    title: 'repositories.create',
    call: c => c.repositories.create('demo', repositoryInput),
    method: 'POST',
    path: '/api/v2/projects/demo/repositories',
    body: repositoryInput,
    status: 201,
    response: repository,
  },
  {
    title: 'repositories.update',
    call: c => c.repositories.update('demo', REPOSITORY_ID, { isInfra: true }),
    method: 'PUT',
    path: `/api/v2/projects/demo/repositories/${REPOSITORY_ID}`,
    body: { isInfra: true },
    response: { ...repository, isInfra: true },
  },
  {
    title: 'repositories.delete',
    call: c => c.repositories.delete('demo', REPOSITORY_ID),
    method: 'DELETE',
    path: `/api/v2/projects/demo/repositories/${REPOSITORY_ID}`,
    status: 204,
    expected: undefined,
  },
  {
    title: 'repositories.sync of one branch',
    call: c =>
      c.repositories.sync('demo', REPOSITORY_ID, {
        syncAllBranches: false,
        branchName: 'main',
      }),
    method: 'POST',
    path: `/api/v2/projects/demo/repositories/${REPOSITORY_ID}/sync`,
    body: { syncAllBranches: false, branchName: 'main' },
    status: 204,
    expected: undefined,
  },
  {
    title: 'deployments.list',
    call: c => c.deployments.list('demo'),
    method: 'GET',
    path: '/api/v1/projects/demo/deployments',
    response: [deployment],
  },
  {
    title: 'deployments.create in the project of the body',
    call: c => c.deployments.create(deploymentInput),
    method: 'POST',
    path: `/api/v1/projects/${PROJECT_ID}/deployments`,
    body: deploymentInput,
    status: 201,
    response: deploymentRow,
  },
  {
    title: 'deployments.update keeps the ids of the sources to update',
    call: c =>
      c.deployments.update(DEPLOYMENT_ID, {
        ...deploymentInput,
        autosync: false,
        deploymentSources: [
          { id: SOURCE_ID, ...deploymentInput.deploymentSources[0] },
        ],
      }),
    method: 'PUT',
    path: `/api/v1/projects/${PROJECT_ID}/deployments/${DEPLOYMENT_ID}`,
    body: {
      ...deploymentInput,
      autosync: false,
      deploymentSources: [
        { id: SOURCE_ID, ...deploymentInput.deploymentSources[0] },
      ],
    },
    response: { ...deploymentRow, autosync: false },
  },
  {
    title: 'deployments.delete',
    call: c => c.deployments.delete('demo', DEPLOYMENT_ID),
    method: 'DELETE',
    path: `/api/v1/projects/demo/deployments/${DEPLOYMENT_ID}`,
    status: 204,
    expected: undefined,
  },
  {
    title: 'members.list',
    call: c => c.members.list('demo'),
    method: 'GET',
    path: '/api/v1/projects/demo/members',
    response: [member],
  },
  {
    title: 'members.add by e-mail',
    call: c => c.members.add('demo', { email: member.email }),
    method: 'POST',
    path: '/api/v1/projects/demo/members',
    body: { email: member.email },
    status: 201,
    response: [member],
  },
  {
    title: 'members.setRoles',
    call: c =>
      c.members.setRoles('demo', [{ userId: MEMBER_ID, roles: [ROLE_ID] }]),
    method: 'PATCH',
    path: '/api/v1/projects/demo/members',
    body: [{ userId: MEMBER_ID, roles: [ROLE_ID] }],
    response: [member],
  },
  {
    title: 'members.remove (NestJS answers 200 with the members)',
    call: c => c.members.remove('demo', MEMBER_ID),
    method: 'DELETE',
    path: `/api/v1/projects/demo/members/${MEMBER_ID}`,
    status: 200,
    response: [],
    expected: undefined,
  },
  {
    title: 'roles.list',
    call: c => c.roles.list('demo'),
    method: 'GET',
    path: '/api/v1/projects/demo/roles',
    response: [role],
  },
  {
    title: 'roles.create',
    call: c => c.roles.create('demo', { name: 'Audit', permissions: '768' }),
    method: 'POST',
    path: '/api/v1/projects/demo/roles',
    body: { name: 'Audit', permissions: '768' },
    status: 201,
    response: [role],
  },
  {
    title: 'roles.patch',
    call: c => c.roles.patch('demo', [{ id: ROLE_ID, name: 'Ops' }]),
    method: 'PATCH',
    path: '/api/v1/projects/demo/roles',
    body: [{ id: ROLE_ID, name: 'Ops' }],
    response: [{ ...role, name: 'Ops' }],
  },
  {
    title: 'roles.delete',
    call: c => c.roles.delete('demo', ROLE_ID),
    method: 'DELETE',
    path: `/api/v1/projects/demo/roles/${ROLE_ID}`,
    status: 204,
    expected: undefined,
  },
  {
    title: 'roles.memberCounts',
    call: c => c.roles.memberCounts('demo'),
    method: 'GET',
    path: '/api/v1/projects/demo/roles/member-counts',
    response: { [ROLE_ID]: 1 },
  },
  {
    title: 'services.list as admin',
    call: c => c.services.list('demo', { permissionTarget: 'admin' }),
    method: 'GET',
    path: '/api/v1/projects/demo/services',
    query: { permissionTarget: 'admin' },
    response: [
      {
        name: 'gitlab',
        title: 'Gitlab',
        urls: [
          { to: 'https://gitlab.example.fr/forge/projects/demo', name: '' },
        ],
        manifest: { global: [], project: [] },
      },
    ],
  },
  {
    title: 'services.update',
    call: c =>
      c.services.update('demo', { nexus: { activateNpmRepo: 'enabled' } }),
    method: 'POST',
    path: '/api/v1/projects/demo/services',
    body: { nexus: { activateNpmRepo: 'enabled' } },
    status: 204,
    expected: undefined,
  },
  {
    title: 'platform.listStages',
    call: c => c.platform.listStages(),
    method: 'GET',
    path: '/api/v1/stages',
    response: [stage],
  },
  {
    title: 'platform.listZones',
    call: c => c.platform.listZones(),
    method: 'GET',
    path: '/api/v1/zones',
    response: [zone],
  },
  {
    title: 'platform.listClusters',
    call: c => c.platform.listClusters(),
    method: 'GET',
    path: '/api/v1/clusters',
    response: [cluster],
  },
  {
    title: 'platform.getClusterUsage',
    call: c => c.platform.getClusterUsage(CLUSTER_ID),
    method: 'GET',
    path: `/api/v1/clusters/usage/${CLUSTER_ID}`,
    response: { cpu: 12.5, gpu: 0, memory: 48 },
  },
  {
    title: 'logs.list',
    call: c =>
      c.logs.list({ projectId: PROJECT_ID, offset: 0, limit: 5, clean: true }),
    method: 'GET',
    path: '/api/v1/logs',
    query: { projectId: PROJECT_ID, offset: '0', limit: '5', clean: 'true' },
    response: {
      total: 1,
      logs: [
        {
          id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a98',
          action: 'Create Project',
          userId: null,
          projectId: PROJECT_ID,
          data: { totalExecutionTime: 5400, messageResume: 'Success' },
          createdAt: '2026-05-04T08:15:00.000Z',
        },
      ],
    },
  },
  {
    title: 'system.getVersion',
    call: c => c.system.getVersion(),
    method: 'GET',
    path: '/api/v1/version',
    response: { version: '9.24.0' },
  },
  {
    title: 'system.getHealth',
    call: c => c.system.getHealth(),
    method: 'GET',
    path: '/api/v1/healthz',
    response: { status: 'OK' },
  },
  {
    title: 'system.getServicesHealth',
    call: c => c.system.getServicesHealth(),
    method: 'GET',
    path: '/api/v1/health-services',
    response: [
      {
        name: 'ArgoCD',
        status: 'OK',
        interval: 300000,
        lastUpdateTimestamp: 1777881300000,
        message: 'OK',
      },
    ],
  },
];

interface Captured {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

describe('CloudPiConsoleClient routes', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = CloudPiConsoleClient.create({
    baseUrl: `${BASE}/`,
    credential: { type: 'token', token: TOKEN },
    retries: { max: 0 },
  });

  function answer(routeCase: RouteCase): Captured[] {
    const captured: Captured[] = [];
    server.use(
      http.all(`${BASE}/*`, async ({ request }) => {
        const text = await request.text();
        captured.push({
          method: request.method,
          url: new URL(request.url),
          headers: request.headers,
          body: text ? JSON.parse(text) : undefined,
        });
        const status = routeCase.status ?? 200;
        return routeCase.response === undefined
          ? new HttpResponse(null, { status })
          : HttpResponse.json(routeCase.response as any, { status });
      }),
    );
    return captured;
  }

  it.each(cases.map(c => [c.title, c] as const))('%s', async (_, routeCase) => {
    const captured = answer(routeCase);

    const result = await routeCase.call(client);

    expect(captured).toHaveLength(1);
    const [request] = captured;
    expect(request.method).toBe(routeCase.method);
    expect(request.url.pathname).toBe(routeCase.path);
    expect(Object.fromEntries(request.url.searchParams)).toEqual(
      routeCase.query ?? {},
    );
    expect(request.headers.get('x-dso-token')).toBe(TOKEN);
    expect(request.headers.get('authorization')).toBeNull();
    expect(request.body).toEqual(routeCase.body);
    expect(request.headers.get('content-type')).toBe(
      routeCase.body === undefined ? null : 'application/json',
    );
    expect(result).toEqual(
      'expected' in routeCase ? routeCase.expected : routeCase.response,
    );
  });

  it('calls only routes and methods of the console 9.24 OpenAPI document', () => {
    const spec = readSpec<{ paths: Record<string, Record<string, unknown>> }>(
      'cloud-pi-console',
      'openapi.json',
    );
    const routes = Object.entries(spec.paths).map(([template, methods]) => ({
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      methods: Object.keys(methods).map(m => m.toUpperCase()),
    }));
    const unknown = cases.filter(
      c =>
        !routes.some(
          route =>
            route.pattern.test(c.path) && route.methods.includes(c.method),
        ),
    );
    expect(unknown.map(c => `${c.method} ${c.path}`)).toEqual([]);
  });

  it('encodes path parameters', async () => {
    const captured = answer({ ...cases[1], response: project });
    await client.projects.get('a b/c?d');
    expect(captured[0].url.pathname).toBe('/api/v1/projects/a%20b%2Fc%3Fd');
  });

  it('refuses path parameters that would change the route', async () => {
    await expect(client.projects.get('..')).rejects.toMatchObject({
      name: 'InputError',
    });
    await expect(client.environments.list('')).rejects.toMatchObject({
      name: 'InputError',
    });
  });

  it('validates a deployment with the console rules before sending it', async () => {
    const captured = answer({ ...cases[0], response: deploymentRow });
    await expect(
      client.deployments.create({
        ...deploymentInput,
        name: 'Mon-Deploiement',
        deploymentSources: [],
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: [
        'Le nom du déploiement ne doit contenir que des lettres minuscules et des chiffres.',
        'Le nom du déploiement ne doit pas dépasser 11 caractères.',
        'Au moins une source de déploiement est requise',
      ].join('\n'),
    });
    await expect(
      client.deployments.update(DEPLOYMENT_ID, {
        ...deploymentInput,
        deploymentSources: [
          {
            ...deploymentInput.deploymentSources[0],
            valueSources: [
              {
                type: 'external',
                path: 'a',
                ref: 'v',
                repositoryId: REPOSITORY_ID,
                targetRevision: '',
              },
              {
                type: 'external',
                path: 'b',
                ref: 'w',
                repositoryId: REPOSITORY_ID,
                targetRevision: '',
              },
            ],
          },
        ],
      }),
    ).rejects.toMatchObject({
      message:
        'Une seule source de valeurs externe est autorisée par source de déploiement',
    });
    expect(captured).toEqual([]);
  });
});

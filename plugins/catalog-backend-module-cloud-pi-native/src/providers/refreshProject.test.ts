import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { CLOUD_PI_PROJECT_CHANGED_TOPIC } from '@cpin/plugin-cloud-pi-native-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  CONSOLE,
  ConsoleWorld,
  consoleHandlers,
  consoleWorld,
} from '../__testUtils__/consoleHandlers';
import {
  IDS,
  TEST_INSTANCE_CONFIG,
  cluster,
  environment,
  repository,
  topology,
} from '../__testUtils__/fixtures';
import { startProvider } from '../__testUtils__/providerHarness';

const server = setupServer();
registerMswTestHooks(server);

const INSTANCE = { ...TEST_INSTANCE_CONFIG, retries: { max: 0 } };
const PROVIDER = 'CloudPiNativeEntityProvider:main';
const SIRH = 'f548b5e1-ad80-4f5e-8bd2-2d1e0f9a8b7e';
const NEW_REPO = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const PORTAIL_ENTITIES = [
  'system:cpin/portail',
  'group:cpin/cpin-portail',
  'component:cpin/portail-api',
  'component:cpin/portail-infra',
  'resource:cpin/portail-dev',
  'resource:cpin/portail-prod',
];
const PROJECT_READS = (id: string) => [
  `GET /api/v1/projects?filter=all&id=${id}`,
  `GET /api/v2/projects/${id}/environments`,
  `GET /api/v2/projects/${id}/repositories`,
  `GET /api/v1/projects/${id}/services`,
  `GET /api/v1/projects/${id}/deployments`,
];

let world: ConsoleWorld;
beforeEach(() => {
  world = consoleWorld();
  server.use(...consoleHandlers(world));
});

/** A provider after one good full run (11 entities, 2 projects). */
async function afterAFullRun(
  options: Partial<Parameters<typeof startProvider>[0]> = {},
) {
  const harness = await startProvider({ instance: INSTANCE, ...options });
  await harness.provider.refresh();
  world.requests.length = 0;
  harness.connection.mutations.length = 0;
  return harness;
}

function delta(mutations: EntityProviderMutation[]) {
  expect(mutations).toHaveLength(1);
  const [mutation] = mutations;
  if (mutation.type !== 'delta') throw new Error('Expected a delta mutation');
  const refs = (items: Array<{ entity: Entity } | { entityRef: string }>) =>
    items.map(item =>
      'entity' in item ? stringifyEntityRef(item.entity) : item.entityRef,
    );
  return {
    added: refs(mutation.added),
    removed: refs(mutation.removed),
    locationKeys: new Set(
      [...mutation.added, ...mutation.removed].map(item => item.locationKey),
    ),
    mutation,
  };
}

describe('CloudPiNativeEntityProvider.refreshProject', () => {
  it('writes the entities of one project with the location key of the full run', async () => {
    const { provider, connection } = await afterAFullRun();
    world.repositories[IDS.project].push(
      repository({ id: NEW_REPO, internalRepoName: 'front' }),
    );

    const result = await provider.refreshProject(IDS.project);

    const { added, removed, locationKeys } = delta(connection.mutations);
    expect(added.sort()).toEqual(
      [...PORTAIL_ENTITIES, 'component:cpin/portail-front'].sort(),
    );
    expect(removed).toEqual([]);
    expect(locationKeys).toEqual(new Set([PROVIDER]));
    expect(result).toMatchObject({
      projectId: IDS.project,
      state: 'present',
      added: 7,
      removed: 0,
    });
  });

  it('reads the project and its four lists only, reusing the platform lists of the last run', async () => {
    const { provider } = await afterAFullRun();
    await provider.refreshProject(IDS.project);
    expect([...world.requests].sort()).toEqual(
      PROJECT_READS(IDS.project).sort(),
    );
  });

  it('reads the platform lists itself when no run read them yet', async () => {
    const { provider } = await startProvider({ instance: INSTANCE });
    await provider.refreshProject(IDS.project);
    expect([...world.requests].sort()).toEqual(
      [
        'GET /api/v1/version',
        'GET /api/v1/stages',
        'GET /api/v1/zones',
        'GET /api/v1/clusters',
        ...PROJECT_READS(IDS.project),
      ].sort(),
    );
  });

  it('reads the platform lists again when the project uses a cluster they lack', async () => {
    const { provider, connection } = await afterAFullRun();
    const NEW_CLUSTER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    server.use(
      http.get(`${CONSOLE}/api/v1/clusters`, ({ request }) => {
        world.requests.push(`GET ${new URL(request.url).pathname}`);
        return HttpResponse.json([
          ...topology().clusters.values(),
          cluster({ id: NEW_CLUSTER, label: 'ovh-recette' }),
        ]);
      }),
    );
    world.environments[IDS.project].push(
      environment({
        id: '6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f',
        name: 'recette',
        clusterId: NEW_CLUSTER,
      }),
    );

    await provider.refreshProject(IDS.project);

    expect(delta(connection.mutations).added).toContain(
      'resource:cpin/portail-recette',
    );
    // The project twice (the first mapping failed), the platform once.
    expect(
      world.requests.filter(r => r.endsWith('/environments')),
    ).toHaveLength(2);
    expect(world.requests).toContain('GET /api/v1/clusters');
  });

  it('removes the entity of a deleted repository, and only it', async () => {
    const { provider, connection } = await afterAFullRun();
    world.repositories[IDS.project] = world.repositories[IDS.project].filter(
      r => r.id !== IDS.repoInfra,
    );

    await provider.refreshProject(IDS.project);

    const { added, removed } = delta(connection.mutations);
    expect(removed).toEqual(['component:cpin/portail-infra']);
    expect(added).not.toContain('component:cpin/portail-infra');
  });

  it('removes every entity of an archived project, proven by the read', async () => {
    const { provider, connection } = await afterAFullRun();
    world.projects = world.projects.map(p =>
      p.id === IDS.project ? { ...p, status: 'archived' } : p,
    );

    const result = await provider.refreshProject(IDS.project);

    const { added, removed } = delta(connection.mutations);
    expect(added).toEqual([]);
    expect(removed.sort()).toEqual([...PORTAIL_ENTITIES].sort());
    expect(result.state).toBe('unselected');
    // An archived project costs its single read.
    expect(world.requests).toEqual([
      `GET /api/v1/projects?filter=all&id=${IDS.project}`,
    ]);
  });

  it('removes the entities of a project the console no longer lists', async () => {
    const { provider, connection } = await afterAFullRun();
    world.projects = world.projects.filter(p => p.id !== SIRH);

    const result = await provider.refreshProject(SIRH);

    const { added, removed } = delta(connection.mutations);
    expect(added).toEqual([]);
    expect(removed.sort()).toEqual([
      'group:cpin/cpin-sirh',
      'system:cpin/sirh',
    ]);
    expect(result.state).toBe('absent');
  });

  it('keeps the removal guard: an unproven removal above maxShare is refused', async () => {
    const { provider, connection } = await afterAFullRun();
    world.projects = world.projects.filter(p => p.id !== IDS.project);

    const error = await provider.refreshProject(IDS.project).catch(e => e);

    expect(error.name).toBe('CloudPiRemovalRefusedError');
    expect(connection.mutations).toEqual([]);
  });

  it('leaves out an annotation an upstream made huge, as a full run does', async () => {
    const { provider, connection, logger } = await afterAFullRun({
      provider: { roleGroups: true },
    });
    world.projects[1].roles[0].oidcGroup = `/console/${'x'.repeat(100_000)}`;

    await provider.refreshProject(IDS.project);

    const { mutation } = delta(connection.mutations);
    expect(
      Math.max(
        ...mutation.added.flatMap(({ entity }) =>
          Object.values(entity.metadata.annotations ?? {}).map(v => v.length),
        ),
      ),
    ).toBeLessThan(32 * 1024);
    expect(messages(logger, 'warn')).toMatch(
      /Left out the annotation cloud-pi-native\.fr\/oidc-group of group:cpin\/cpin-portail-[\w-]+: its value has 100\d+ characters/,
    );
  });

  it('keeps what the catalog has when a read of the project fails', async () => {
    const { provider, connection, logger } = await afterAFullRun();
    delete world.services[IDS.project];

    const error = await provider.refreshProject(IDS.project).catch(e => e);

    expect(error.name).toBe('CloudPiReadError');
    expect(connection.mutations).toEqual([]);
    expect(messages(logger, 'error')).toContain(
      `Refresh of Cloud π Native project ${IDS.project} failed; the catalog was left unchanged`,
    );
  });

  it('writes nothing for a project it never imported and the console does not know', async () => {
    const { provider, connection } = await afterAFullRun();
    const result = await provider.refreshProject(NEW_REPO);
    expect(connection.mutations).toEqual([]);
    expect(result).toMatchObject({ state: 'absent', added: 0, removed: 0 });
  });
});

describe('a targeted refresh reads only what changed', () => {
  const project = (id: string) => `GET /api/v1/projects?filter=all&id=${id}`;
  const list = (id: string, path: string) =>
    path === 'environments' || path === 'repositories'
      ? `GET /api/v2/projects/${id}/${path}`
      : `GET /api/v1/projects/${id}/${path}`;

  it.each([
    [['project'], []],
    [['repositories'], ['repositories']],
    [['deployments'], ['deployments']],
    // The services hold the Argo CD URL of each zone the environments use.
    [['environments'], ['environments', 'services']],
  ] as const)(
    'a change of %j reads the project and %j, at most 3 requests',
    async (parts, lists) => {
      const { provider, connection } = await afterAFullRun();

      const result = await provider.refreshProject(IDS.project, {
        parts: [...parts],
      });

      expect([...world.requests].sort()).toEqual(
        [project(IDS.project), ...lists.map(l => list(IDS.project, l))].sort(),
      );
      expect(result.consoleRequests).toBe(1 + lists.length);
      expect(result.consoleRequests).toBeLessThanOrEqual(3);
      // The lists it did not read come from the full run: same entities.
      expect(delta(connection.mutations).added.sort()).toEqual(
        [...PORTAIL_ENTITIES].sort(),
      );
    },
  );

  it('maps a changed list with the others of the last read', async () => {
    const { provider, connection } = await afterAFullRun();
    world.repositories[IDS.project].push(
      repository({ id: NEW_REPO, internalRepoName: 'front' }),
    );

    await provider.refreshProject(IDS.project, { parts: ['repositories'] });

    expect(delta(connection.mutations).added.sort()).toEqual(
      [...PORTAIL_ENTITIES, 'component:cpin/portail-front'].sort(),
    );
  });

  it('reads every list of a project it holds no lists of', async () => {
    const { provider } = await afterAFullRun({ cache: null });
    const result = await provider.refreshProject(IDS.project, {
      parts: ['repositories'],
    });
    expect([...world.requests].sort()).toEqual(
      PROJECT_READS(IDS.project).sort(),
    );
    expect(result.consoleRequests).toBe(5);
  });

  it('reads only the project and its services for a project just created', async () => {
    const { provider, connection } = await afterAFullRun({ cache: null });
    const created = { ...world.projects[0], id: NEW_REPO, slug: 'evenement' };
    created.name = 'evenement';
    world.projects.push(created);
    world.services[NEW_REPO] = world.services[world.projects[0].id];

    const result = await provider.refreshProject(NEW_REPO, {
      parts: ['project'],
      created: true,
    });

    expect([...world.requests].sort()).toEqual(
      [project(NEW_REPO), list(NEW_REPO, 'services')].sort(),
    );
    expect(result).toMatchObject({ state: 'present', consoleRequests: 2 });
    expect(delta(connection.mutations).added).toContain(
      'system:cpin/evenement',
    );
  });

  it('merges the changes asked for while a refresh of the project runs', async () => {
    const { provider } = await afterAFullRun();

    const results = await Promise.all([
      provider.refreshProject(IDS.project, { parts: ['project'] }),
      provider.refreshProject(IDS.project, { parts: ['repositories'] }),
      provider.refreshProject(IDS.project, { parts: ['deployments'] }),
    ]);

    // The first runs alone; the two others wait as one refresh.
    expect(world.requests.filter(r => r === project(IDS.project))).toHaveLength(
      2,
    );
    expect(world.requests).toEqual(
      expect.arrayContaining([
        list(IDS.project, 'repositories'),
        list(IDS.project, 'deployments'),
      ]),
    );
    expect(results[1]).toBe(results[2]);
    expect(results.map(r => r.consoleRequests)).toEqual([1, 3, 3]);
  });

  it('records each targeted refresh in the metrics', async () => {
    const { provider, metrics } = await afterAFullRun();
    await provider.refreshProject(IDS.project, { parts: ['repositories'] });
    const histogram = (name: string) =>
      metrics.createHistogram.mock.results[
        metrics.createHistogram.mock.calls.findIndex(([n]) => n === name)
      ].value;
    expect(
      histogram('cloud_pi_native.catalog.project_refresh.console_requests')
        .record,
    ).toHaveBeenCalledWith(2, {
      provider: PROVIDER,
      outcome: 'success',
      state: 'present',
    });
  });
});

describe('the cloud-pi-native.project.changed subscription', () => {
  it('refreshes the project of each event', async () => {
    const events = mockServices.events();
    const { connection } = await afterAFullRun({ events });
    world.repositories[IDS.project].push(
      repository({ id: NEW_REPO, internalRepoName: 'front' }),
    );

    await events.publish({
      topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
      eventPayload: { projectId: IDS.project },
    });

    await waitFor(() => connection.mutations.length > 0);
    expect(delta(connection.mutations).added).toContain(
      'component:cpin/portail-front',
    );
  });

  it('subscribes once per provider under an id shared by every replica', async () => {
    const events = { publish: jest.fn(), subscribe: jest.fn() };
    await startProvider({ instance: INSTANCE, events });
    expect(events.subscribe).toHaveBeenCalledTimes(1);
    expect(events.subscribe.mock.calls[0][0]).toMatchObject({
      id: 'cloud-pi-native-project-changed-main',
      topics: [CLOUD_PI_PROJECT_CHANGED_TOPIC],
    });
  });

  it('skips the events of another instance and malformed payloads', async () => {
    const events = { publish: jest.fn(), subscribe: jest.fn() };
    const { logger } = await afterAFullRun({ events });
    const { onEvent } = events.subscribe.mock.calls[0][0];

    await onEvent({
      topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
      eventPayload: { projectId: IDS.project, instance: 'other' },
    });
    await onEvent({
      topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
      eventPayload: { project: IDS.project },
    });

    expect(world.requests).toEqual([]);
    expect(messages(logger, 'warn')).toContain(
      'Ignored a cloud-pi-native.project.changed event without a projectId',
    );
  });
});

function messages(
  logger: Awaited<ReturnType<typeof startProvider>>['logger'],
  level: 'error' | 'warn',
) {
  return logger.entries
    .filter(entry => entry.level === level)
    .map(entry => entry.message)
    .join('\n');
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) {
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

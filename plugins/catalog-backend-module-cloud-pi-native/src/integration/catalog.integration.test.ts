import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  EventsService,
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import { CLOUD_PI_PROJECT_CHANGED_TOPIC } from '@cpin/plugin-cloud-pi-native-common';
import { FaultRuleInput, Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { resolve as resolvePath } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { captureLogger } from '../__testUtils__/captureLogger';
import { manualScheduler } from '../__testUtils__/manualScheduler';
import { catalogModuleCloudPiNative } from '../module';

/**
 * The module inside a real catalog (in-memory SQLite), reading the sandbox
 * over HTTP. Runs are triggered through the scheduler, deterministically;
 * the only waiting is for the catalog's own processing loop.
 */

// Each test waits for the catalog's processing loop (up to 30 s per wait):
// never bound it by the speed of a loaded machine.
jest.setTimeout(180_000);

const TASK = 'CloudPiNativeEntityProvider:sandbox:refresh';

let sandbox: Sandbox;
let backend: Awaited<ReturnType<typeof startTestBackend>>;
const { scheduler, factory: schedulerFactory } = manualScheduler();
// Every plugin logger is a child of the root logger: capture them all.
const logs = captureLogger();
const rootLoggerFactory = createServiceFactory({
  service: coreServices.rootLogger,
  deps: {},
  factory: () => logs,
});

// Another plugin of the backend, publishing as the scaffolder actions do.
let events: EventsService;
const publisher = createBackendPlugin({
  pluginId: 'publisher',
  register(env) {
    env.registerInit({
      deps: { events: eventsServiceRef },
      async init(deps) {
        events = deps.events;
      },
    });
  },
});

/** What the provider logged at `level` since `from`. */
function logged(level: 'error' | 'warn' | 'info', from: number) {
  return logs.entries
    .slice(from)
    .filter(entry => entry.level === level)
    .map(entry => entry.message);
}

/** The console as the admin, or as a demo user. */
async function consoleCall(
  method: string,
  path: string,
  options: { as?: string; body?: unknown } = {},
) {
  const token = options.as
    ? sandbox.credentials.users.find(u => u.email === options.as)!.pat!
    : sandbox.credentials.adminToken;
  return fetch(`${sandbox.urls.console}${path}`, {
    method,
    headers: {
      'x-dso-token': token,
      ...(options.body ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
}

async function catalogEntities(filter: string): Promise<Entity[]> {
  const response = await fetch(
    `http://localhost:${backend.server.port()}/api/catalog/entities/by-query?limit=500&filter=${encodeURIComponent(
      filter,
    )}`,
    { headers: { authorization: mockCredentials.user.header() } },
  );
  if (!response.ok) throw new Error(`catalog answered ${response.status}`);
  return (await response.json()).items;
}

/** The entities of the provider, minus what the catalog itself adds. */
async function snapshot(): Promise<Record<string, unknown>> {
  const entities = await catalogEntities(
    'metadata.annotations.cloud-pi-native.fr/instance=sandbox',
  );
  return Object.fromEntries(
    entities
      .map(entity => {
        const { uid, etag, ...metadata } = entity.metadata;
        const { relations, ...rest } = entity;
        return [stringifyEntityRef(entity), { ...rest, metadata }] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleCloudPiNative,
      publisher,
      // The real events service: the test default isolates each plugin.
      eventsServiceFactory,
      schedulerFactory,
      rootLoggerFactory,
      mockServices.rootConfig.factory({
        data: {
          events: { useEventBus: 'never' },
          cloudPiNative: {
            instances: [
              {
                name: 'sandbox',
                consoleUrl: sandbox.urls.console,
                token: sandbox.credentials.adminToken,
                projectsRootDir: 'forge/projects',
                gitlab: { url: sandbox.urls.gitlab, token: 'unused' },
                grafana: { url: sandbox.urls.grafana },
                // Long enough for a loaded machine to list the projects
                // (a timed-out list ends the run before the faulted call).
                timeouts: { requestMs: 1500 },
                retries: { max: 1, baseDelayMs: 1, maxDelayMs: 5 },
              },
            ],
          },
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'Resource',
                  'Group',
                  'User',
                  'Location',
                ],
              },
            ],
            locations: [
              {
                type: 'file',
                target: resolvePath(__dirname, '../__testUtils__/users.yaml'),
              },
            ],
            providers: {
              cloudPiNative: {
                sandbox: {
                  schedule: { frequency: { trigger: 'manual' } },
                  roleGroups: true,
                  platformOwner: 'group:default/platform',
                },
              },
            },
          },
        },
      }),
    ],
  });
  // Members resolve against the Users: wait for the file location.
  await waitFor(
    'the User entities',
    async () => (await catalogEntities('kind=user')).length === 3,
  );
}, 120_000);

afterAll(async () => {
  await backend?.stop();
  await sandbox?.stop();
}, 60_000);

afterEach(() => sandbox.faults.clear());

describe('the Cloud π Native module in a real catalog', () => {
  let baseline: Record<string, unknown>;

  it('imports every project of the console', async () => {
    await scheduler.triggerTask(TASK);
    const systems = await waitFor('the Systems', async () => {
      const items = await catalogEntities('kind=system');
      return items.length === 7 && items;
    });
    expect(systems.map(s => s.metadata.name).sort()).toEqual([
      'cadastre',
      'guichet',
      'intranet',
      'nouveau',
      'portail',
      'sirh',
      'urbanisme',
    ]);
    // Everything is processed and stitched: wait for the relations.
    const team = await waitFor('the team of portail', async () => {
      const [group] = await catalogEntities(
        'kind=group,metadata.name=cpin-portail',
      );
      return group?.relations?.some(r => r.type === 'hasMember') && group;
    });
    expect(
      team.relations
        ?.filter(r => r.type === 'hasMember')
        .map(r => r.targetRef)
        .sort(),
    ).toEqual([
      'user:default/alice.martin',
      'user:default/bob.durand',
      'user:default/david.moreau',
    ]);
    expect(
      team.metadata.annotations?.['cloud-pi-native.fr/unresolved-members'],
    ).toBe('claire.petit@interieur.gouv.fr');

    const components = await catalogEntities(
      'kind=component,metadata.annotations.cloud-pi-native.fr/project-slug=portail',
    );
    expect(components.map(c => c.metadata.name).sort()).toEqual([
      'portail-api',
      'portail-front',
      'portail-infra',
    ]);
    const [infra] = components.filter(c => c.metadata.name === 'portail-infra');
    expect(infra.spec).toMatchObject({
      type: 'infrastructure',
      system: 'system:sandbox/portail',
      owner: 'group:sandbox/cpin-portail',
    });
    expect(infra.metadata.annotations).toMatchObject({
      'backstage.io/source-location': `url:${sandbox.urls.gitlab}/forge/projects/portail/infra`,
      'argocd/app-selector': 'dso/project.slug=portail,dso/repository=infra',
    });

    const resources = await catalogEntities('kind=resource');
    expect(resources.map(r => stringifyEntityRef(r)).sort()).toEqual(
      [
        'resource:sandbox/zone-default',
        'resource:sandbox/zone-dr',
        'resource:sandbox/dr-restreint',
        'resource:sandbox/ia-gpu',
        'resource:sandbox/ovh-hprod',
        'resource:sandbox/ovh-prod',
        ...['dev', 'staging', 'prod'].map(e => `resource:sandbox/portail-${e}`),
        ...['dev', 'staging', 'prod'].map(e => `resource:sandbox/sirh-${e}`),
        ...['dev', 'prod'].map(e => `resource:sandbox/intranet-${e}`),
        ...['dev', 'staging', 'prod'].map(
          e => `resource:sandbox/cadastre-${e}`,
        ),
        ...['dev', 'prod'].map(e => `resource:sandbox/urbanisme-${e}`),
        ...['dev', 'prod'].map(e => `resource:sandbox/guichet-${e}`),
      ].sort(),
    );
    const [cadastre] = systems.filter(s => s.metadata.name === 'cadastre');
    expect(cadastre.metadata.tags).toContain('outdated');
    const [intranet] = systems.filter(s => s.metadata.name === 'intranet');
    expect(intranet.metadata.tags).toContain('locked');

    // An application repository is deployed in the environments it runs in:
    // portail's api by the infra repository, urbanisme's by Deployments.
    const deployedIn = async (name: string) => {
      const entity = await waitFor(`the relations of ${name}`, async () => {
        const [component] = await catalogEntities(
          `kind=component,metadata.name=${name}`,
        );
        return (
          component?.relations?.some(r => r.type === 'dependsOn') && component
        );
      });
      return entity.relations
        ?.filter(r => r.type === 'dependsOn')
        .map(r => r.targetRef)
        .sort();
    };
    expect(await deployedIn('portail-api')).toEqual(
      ['dev', 'prod', 'staging'].map(e => `resource:sandbox/portail-${e}`),
    );
    expect(await deployedIn('urbanisme-web')).toEqual([
      'resource:sandbox/urbanisme-dev',
      'resource:sandbox/urbanisme-prod',
    ]);
    expect(await deployedIn('urbanisme-instruction')).toEqual([
      'resource:sandbox/urbanisme-dev',
    ]);
    const [dev] = await catalogEntities(
      'kind=resource,metadata.name=urbanisme-dev',
    );
    expect(
      dev.relations
        ?.filter(r => r.type === 'dependencyOf')
        .map(r => r.targetRef)
        .sort(),
    ).toEqual([
      'component:sandbox/urbanisme-instruction',
      'component:sandbox/urbanisme-web',
    ]);

    const everything = JSON.stringify(
      await catalogEntities('metadata.namespace=sandbox'),
    );
    expect(everything).not.toContain(sandbox.credentials.adminToken);

    // Let the catalog settle, then keep what it holds as the reference.
    await waitFor('every relation', async () => {
      const all = await catalogEntities('metadata.namespace=sandbox');
      return all.every(e => (e.relations ?? []).length > 0);
    });
    baseline = await snapshot();
  });

  it.each(
    [
      '/console/api/v1/version',
      '/console/api/v1/stages',
      '/console/api/v1/zones',
      '/console/api/v1/clusters',
      '/console/api/v1/projects',
      '/console/api/v2/projects/*/environments',
      '/console/api/v2/projects/*/repositories',
      '/console/api/v1/projects/*/services',
      '/console/api/v1/projects/*/deployments',
    ].flatMap(path =>
      (
        [
          ['500', { kind: 'status', status: 500 }],
          ['503', { kind: 'status', status: 503 }],
          ['429', { kind: 'rateLimit', retryAfterSeconds: 1 }],
          ['timeout', { kind: 'timeout' }],
          ['truncated body', { kind: 'truncate', ratio: 0.5 }],
          [
            'malformed body',
            { kind: 'status', status: 200, body: [{ id: 42 }] },
          ],
        ] as const
      ).map(([kind, fault]) => [kind, path, fault] as const),
    ),
  )(
    'keeps every entity as it was on %s from %s',
    async (_kind, path, fault) => {
      const rule = sandbox.faults.add({
        method: 'GET',
        path,
        ...fault,
      } as FaultRuleInput);
      await scheduler.triggerTask(TASK);
      expect(rule.applied).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(baseline);
    },
  );

  it('refuses to apply "200 []" from the console, and says why', async () => {
    const from = logs.entries.length;
    const rule = sandbox.faults.add({
      method: 'GET',
      path: '/console/api/v1/projects',
      kind: 'status',
      status: 200,
      body: [],
      times: 1,
    });
    await scheduler.triggerTask(TASK);
    expect(rule.applied).toBe(1);
    expect(await snapshot()).toEqual(baseline);
    expect(logged('error', from)).toContainEqual(
      expect.stringMatching(
        /^Refused the refresh of CloudPiNativeEntityProvider:sandbox: it would remove every project \(7\) the provider imported, .* The catalog was left unchanged\. The console listed 0 project\(s\); 7 of the projects imported before are missing and 7 are not proven gone\./,
      ),
    );
  });

  it('refuses a project list missing most projects, and says why', async () => {
    const live = (await (
      await consoleCall(
        'GET',
        '/api/v1/projects?filter=all&statusNotIn=archived',
      )
    ).json()) as Array<{ slug: string }>;
    const from = logs.entries.length;
    const rule = sandbox.faults.add({
      method: 'GET',
      path: '/console/api/v1/projects',
      kind: 'status',
      status: 200,
      body: live.filter(p => p.slug === 'sirh'),
      times: 1,
    });
    await scheduler.triggerTask(TASK);
    expect(rule.applied).toBe(1);
    expect(await snapshot()).toEqual(baseline);
    expect(logged('error', from)).toContainEqual(
      expect.stringMatching(
        /^Refused the refresh of CloudPiNativeEntityProvider:sandbox: it would remove \d+ of the provider's \d+ entities \(\d+(\.\d)?%\), more than the 20% allowed, .* 6 of the projects imported before are missing and 6 are not proven gone\./,
      ),
    );
  });

  it('keeps updating the other projects while one fails persistently', async () => {
    const [cadastre] = (await (
      await consoleCall('GET', '/api/v1/projects?filter=all&name=cadastre')
    ).json()) as Array<{ id: string }>;
    const failing = sandbox.faults.add({
      method: 'GET',
      path: `/console/api/v2/projects/${cadastre.id}/environments`,
      kind: 'status',
      status: 404,
      body: {
        statusCode: 404,
        message: 'Projet introuvable',
        error: 'Not Found',
      },
    });
    const cadastreRefs = Object.keys(baseline).filter(ref =>
      /cadastre/.test(ref),
    );
    try {
      for (const description of ['Portail v2', 'Portail v3']) {
        const from = logs.entries.length;
        const updated = await consoleCall('PUT', '/api/v1/projects/portail', {
          as: 'alice.martin@interieur.gouv.fr',
          body: { description },
        });
        expect(updated.status).toBe(200);

        await scheduler.triggerTask(TASK);
        const portail = await waitFor('the new description', async () => {
          const [system] = await catalogEntities(
            'kind=system,metadata.name=portail',
          );
          return system?.metadata.description === description && system;
        });
        expect(portail.metadata.description).toBe(description);
        const now = await snapshot();
        for (const ref of cadastreRefs) expect(now[ref]).toEqual(baseline[ref]);
        expect(logged('warn', from)).toContainEqual(
          "Project 'cadastre' could not be read; its 11 entities of the last good run are kept: Listing the environments of project 'cadastre' (" +
            `${cadastre.id}) failed (GET /api/v2/projects/{id}/environments); caused by NotFoundError: Projet introuvable`,
        );
      }
      expect(failing.applied).toBeGreaterThanOrEqual(2);
    } finally {
      sandbox.faults.clear();
      await consoleCall('PUT', '/api/v1/projects/portail', {
        as: 'alice.martin@interieur.gouv.fr',
        body: {
          description: (baseline['system:sandbox/portail'] as Entity).metadata
            .description,
        },
      });
      await scheduler.triggerTask(TASK);
      await waitFor('the original description', async () =>
        isDeepStrictEqual(await snapshot(), baseline),
      );
    }
  });

  it('still holds the same entities once the console answers again', async () => {
    await scheduler.triggerTask(TASK);
    expect(await snapshot()).toEqual(baseline);
  });

  it('removes the projects archived upstream on the next run', async () => {
    const archive = async (slug: string, ownerEmail: string) => {
      const owner = sandbox.credentials.users.find(
        u => u.email === ownerEmail,
      )!;
      const archived = await fetch(
        `${sandbox.urls.console}/api/v1/projects/${slug}`,
        {
          method: 'DELETE',
          headers: { 'x-dso-token': owner.pat! },
        },
      );
      expect(archived.status).toBe(204);
    };
    await archive('cadastre', 'bob.durand@interieur.gouv.fr');
    await archive('guichet', 'alice.martin@interieur.gouv.fr');

    const from = logs.entries.length;
    await scheduler.triggerTask(TASK);
    // More than 20% of the entities go: only the second read allows it.
    expect(logged('info', from)).toContainEqual(
      'A second read of the console confirms that 2 project(s) are archived or no longer selected by the filters: their entities are removed',
    );
    // The full mutation deletes at once, before any processing.
    const after = await snapshot();
    const gone = Object.keys(baseline).filter(ref => !(ref in after));
    expect(gone.sort()).toEqual(
      [
        'system:sandbox/cadastre',
        'group:sandbox/cpin-cadastre',
        'group:sandbox/cpin-cadastre-admin',
        'group:sandbox/cpin-cadastre-developer',
        'group:sandbox/cpin-cadastre-devops',
        'group:sandbox/cpin-cadastre-readonly',
        'component:sandbox/cadastre-cadastre-api',
        'component:sandbox/cadastre-cadastre-infra',
        'resource:sandbox/cadastre-dev',
        'resource:sandbox/cadastre-staging',
        'resource:sandbox/cadastre-prod',
        'system:sandbox/guichet',
        'group:sandbox/cpin-guichet',
        'group:sandbox/cpin-guichet-admin',
        'group:sandbox/cpin-guichet-developer',
        'group:sandbox/cpin-guichet-devops',
        'group:sandbox/cpin-guichet-readonly',
        'component:sandbox/guichet-guichet-web',
        'component:sandbox/guichet-guichet-infra',
        'resource:sandbox/guichet-dev',
        'resource:sandbox/guichet-prod',
      ].sort(),
    );
    expect(Object.keys(after).every(ref => ref in baseline)).toBe(true);
  });

  it('shows a project created in the console within seconds of its change event, and removes it once archived', async () => {
    const created = await consoleCall('POST', '/api/v1/projects', {
      as: 'alice.martin@interieur.gouv.fr',
      body: {
        name: 'evenement',
        limitless: true,
        hprodCpu: 0,
        hprodGpu: 0,
        hprodMemory: 0,
        prodCpu: 0,
        prodGpu: 0,
        prodMemory: 0,
      },
    });
    expect(created.status).toBe(201);
    const { id: projectId } = await created.json();
    const system = async () =>
      (await catalogEntities('kind=system,metadata.name=evenement'))[0];

    // No scheduled run: only the event brings the project in.
    const started = Date.now();
    await events.publish({
      topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
      eventPayload: { projectId, instance: 'sandbox' },
    });
    const imported = await waitFor('the System of the new project', system);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(imported.metadata.annotations).toMatchObject({
      'cloud-pi-native.fr/project-id': projectId,
      'backstage.io/managed-by-location': `url:${sandbox.urls.console}/projects/evenement`,
    });
    expect(
      await catalogEntities('kind=group,metadata.name=cpin-evenement'),
    ).toHaveLength(1);

    const archived = await consoleCall(
      'DELETE',
      `/api/v1/projects/${projectId}`,
      {
        as: 'alice.martin@interieur.gouv.fr',
      },
    );
    expect(archived.status).toBe(204);
    await events.publish({
      topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
      eventPayload: { projectId },
    });
    await waitFor('the removal of the System', async () => !(await system()));
  });
});

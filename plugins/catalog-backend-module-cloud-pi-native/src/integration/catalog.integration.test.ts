import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { FaultRuleInput, Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { resolve as resolvePath } from 'node:path';
import { manualScheduler } from '../__testUtils__/manualScheduler';
import { catalogModuleCloudPiNative } from '../module';

/**
 * The module inside a real catalog (in-memory SQLite), reading the sandbox
 * over HTTP. Runs are triggered through the scheduler, deterministically;
 * the only waiting is for the catalog's own processing loop.
 */

const TASK = 'CloudPiNativeEntityProvider:sandbox:refresh';

let sandbox: Sandbox;
let backend: Awaited<ReturnType<typeof startTestBackend>>;
const { scheduler, factory: schedulerFactory } = manualScheduler();

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
      schedulerFactory,
      mockServices.rootConfig.factory({
        data: {
          cloudPiNative: {
            instances: [
              {
                name: 'sandbox',
                consoleUrl: sandbox.urls.console,
                token: sandbox.credentials.adminToken,
                projectsRootDir: 'forge/projects',
                gitlab: { url: sandbox.urls.gitlab, token: 'unused' },
                grafana: { url: sandbox.urls.grafana },
                timeouts: { requestMs: 400 },
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
});

afterAll(async () => {
  await backend?.stop();
  await sandbox?.stop();
});

afterEach(() => sandbox.faults.clear());

describe('the Cloud π Native module in a real catalog', () => {
  let baseline: Record<string, unknown>;

  it('imports every project of the console', async () => {
    await scheduler.triggerTask(TASK);
    const systems = await waitFor('the Systems', async () => {
      const items = await catalogEntities('kind=system');
      return items.length === 4 && items;
    });
    expect(systems.map(s => s.metadata.name).sort()).toEqual([
      'cadastre',
      'intranet',
      'portail',
      'sirh',
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
      ].sort(),
    );
    const [cadastre] = systems.filter(s => s.metadata.name === 'cadastre');
    expect(cadastre.metadata.tags).toContain('outdated');
    const [intranet] = systems.filter(s => s.metadata.name === 'intranet');
    expect(intranet.metadata.tags).toContain('locked');

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

  it('still holds the same entities once the console answers again', async () => {
    await scheduler.triggerTask(TASK);
    expect(await snapshot()).toEqual(baseline);
  });

  it('removes a project archived upstream on the next run', async () => {
    const owner = sandbox.credentials.users.find(
      u => u.email === 'bob.durand@interieur.gouv.fr',
    )!;
    const archived = await fetch(
      `${sandbox.urls.console}/api/v1/projects/cadastre`,
      {
        method: 'DELETE',
        headers: { 'x-dso-token': owner.pat! },
      },
    );
    expect(archived.status).toBe(204);

    await scheduler.triggerTask(TASK);
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
      ].sort(),
    );
    expect(Object.keys(after).every(ref => ref in baseline)).toBe(true);
  });
});

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  FaultAction,
  FaultRuleInput,
  Sandbox,
  startSandbox,
} from '@cpin/cloud-pi-sandbox';
import { DEMO_USERS, startProvider } from '../__testUtils__/providerHarness';
import { CLOUD_PI_READ_CALLS } from './consoleReads';

/**
 * Every call a refresh makes, failed in every way the console (or a proxy
 * in front of it) can fail: the refresh must never apply a mutation, must
 * say which call and project failed, and the next clean run must produce
 * exactly the entities of the run before the fault.
 */

const FAULTS: Record<string, FaultAction> = {
  'HTTP 500': { kind: 'status', status: 500, body: { message: 'Erreur' } },
  'HTTP 503 after retries': { kind: 'status', status: 503 },
  'HTTP 429 after retries': { kind: 'rateLimit', retryAfterSeconds: 1 },
  'HTTP 404 (project gone)': {
    kind: 'status',
    status: 404,
    body: {
      statusCode: 404,
      message: 'Projet introuvable',
      error: 'Not Found',
    },
  },
  timeout: { kind: 'timeout' },
  'truncated body': { kind: 'truncate', ratio: 0.5 },
  'malformed body': { kind: 'status', status: 200, body: { unexpected: true } },
};

let sandbox: Sandbox;

/** The entities of a mutation, by reference. */
function sortedByRef(mutation: unknown) {
  const { entities } = mutation as {
    entities: Array<{ entity: Entity; locationKey?: string }>;
  };
  return [...entities].sort((a, b) =>
    stringifyEntityRef(a.entity) < stringifyEntityRef(b.entity) ? -1 : 1,
  );
}
let cadastreId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const response = await fetch(
    `${sandbox.urls.console}/api/v1/projects?filter=all`,
    { headers: { 'x-dso-token': sandbox.credentials.adminToken } },
  );
  const projects: Array<{ id: string; slug: string }> = await response.json();
  cadastreId = projects.find(p => p.slug === 'cadastre')!.id;
}, 120_000);

afterAll(async () => {
  await sandbox?.stop();
});

afterEach(() => sandbox.faults.clear());

/** Every console call of a refresh; per-project calls fail for `cadastre`. */
const CALL_SITES = [
  { call: CLOUD_PI_READ_CALLS.version, path: () => '/console/api/v1/version' },
  { call: CLOUD_PI_READ_CALLS.stages, path: () => '/console/api/v1/stages' },
  { call: CLOUD_PI_READ_CALLS.zones, path: () => '/console/api/v1/zones' },
  {
    call: CLOUD_PI_READ_CALLS.clusters,
    path: () => '/console/api/v1/clusters',
  },
  {
    call: CLOUD_PI_READ_CALLS.projects,
    path: () => '/console/api/v1/projects',
  },
  {
    call: CLOUD_PI_READ_CALLS.environments,
    path: () => `/console/api/v2/projects/${cadastreId}/environments`,
    project: 'cadastre',
  },
  {
    call: CLOUD_PI_READ_CALLS.repositories,
    path: () => `/console/api/v2/projects/${cadastreId}/repositories`,
    project: 'cadastre',
  },
  {
    call: CLOUD_PI_READ_CALLS.services,
    path: () => `/console/api/v1/projects/${cadastreId}/services`,
    project: 'cadastre',
  },
  {
    call: CLOUD_PI_READ_CALLS.deployments,
    path: () => `/console/api/v1/projects/${cadastreId}/deployments`,
    project: 'cadastre',
  },
];

async function startSandboxProvider(
  catalog?: Parameters<typeof startProvider>[0]['catalog'],
) {
  return startProvider({
    instance: {
      name: 'sandbox',
      consoleUrl: sandbox.urls.console,
      token: sandbox.credentials.adminToken,
      projectsRootDir: 'forge/projects',
      gitlab: { url: sandbox.urls.gitlab, token: 'unused-gitlab-token' },
      grafana: { url: sandbox.urls.grafana },
      // Long enough for a healthy request on a busy 2-core machine; the
      // timeout fault holds its answer for longer.
      timeouts: { requestMs: 2_000 },
      retries: { max: 2, baseDelayMs: 1, maxDelayMs: 5 },
      concurrency: 4,
    },
    provider: { roleGroups: true },
    catalog,
  });
}

describe('a refresh under faults', () => {
  let harness: Awaited<ReturnType<typeof startSandboxProvider>>;
  let baseline: unknown;

  beforeAll(async () => {
    harness = await startSandboxProvider();
    await harness.provider.refresh();
    baseline = harness.connection.mutations[0];
  }, 120_000);

  it('starts from a clean run of the demo world', () => {
    const [mutation] = harness.connection.mutations;
    // The demo world minus the archived project: 7 projects.
    expect(
      mutation.type === 'full' &&
        mutation.entities.filter(e => e.entity.kind === 'System').length,
    ).toBe(7);
  });

  describe.each(CALL_SITES.filter(site => !site.project))('on $call', site => {
    it.each(Object.entries(FAULTS))(
      '%s: applies nothing, says where, then recovers exactly',
      async (_kind, fault) => {
        const { provider, connection, logger } = harness;
        sandbox.faults.add({
          method: 'GET',
          path: site.path(),
          ...fault,
        } as FaultRuleInput);
        const applied = connection.mutations.length;
        const logged = logger.entries.length;
        const error = await provider.refresh().then(
          () => undefined,
          e => e as { failures: Array<{ call?: string; project?: string }> },
        );
        sandbox.faults.clear();

        expect(connection.mutations).toHaveLength(applied);
        expect(error?.failures[0]).toMatchObject({ call: site.call });
        expect(logger.entries.slice(logged)).toContainEqual(
          expect.objectContaining({
            level: 'error',
            meta: expect.objectContaining({ call: site.call }),
          }),
        );

        await provider.refresh();
        expect(connection.mutations).toHaveLength(applied + 1);
        expect(connection.mutations.at(-1)).toEqual(baseline);
      },
    );
  });

  describe.each(CALL_SITES.filter(site => site.project))('on $call', site => {
    it.each(Object.entries(FAULTS))(
      '%s: keeps the project from its last good run, says where, imports the others',
      async (_kind, fault) => {
        const { provider, connection, logger } = harness;
        sandbox.faults.add({
          method: 'GET',
          path: site.path(),
          ...fault,
        } as FaultRuleInput);
        const logged = logger.entries.length;
        const result = await provider.refresh();
        sandbox.faults.clear();

        expect(result).toMatchObject({
          projects: 6,
          staleProjects: 1,
          skippedProjects: 0,
        });
        // cadastre's entities come back from the catalog as they were (the
        // order of a full mutation does not matter).
        expect(sortedByRef(connection.mutations.at(-1))).toEqual(
          sortedByRef(baseline),
        );
        const lines = logger.entries.slice(logged);
        expect(lines).toContainEqual(
          expect.objectContaining({
            level: 'error',
            meta: expect.objectContaining({
              call: site.call,
              project: site.project,
            }),
          }),
        );
        expect(lines).toContainEqual(
          expect.objectContaining({
            level: 'warn',
            message: expect.stringContaining(
              "Project 'cadastre' could not be read; its 11 entities of the last good run are kept",
            ),
          }),
        );
      },
    );
  });

  it('never put the token into an entity or a log line', () => {
    const everything = JSON.stringify([
      baseline,
      harness.connection.mutations,
      harness.logger.entries,
    ]);
    expect(harness.logger.entries.length).toBeGreaterThan(100);
    expect(everything).not.toContain(sandbox.credentials.adminToken);
  });
});

describe('a refresh', () => {
  it('names the missing MANAGE bit when the token is a read-only admin token', async () => {
    const admin = sandbox.credentials.users.find(
      u => u.email === 'admin@cloud-pi.fr',
    )!;
    const created = await fetch(`${sandbox.urls.console}/api/v1/admin/tokens`, {
      method: 'POST',
      headers: {
        'x-dso-token': admin.pat!,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        name: 'catalog-read-only',
        permissions: '1', // LIST: global read, but not MANAGE
        expirationDate: null,
      }),
    });
    expect(created.status).toBe(201);
    const { password } = await created.json();

    const { provider, connection } = await startProvider({
      instance: {
        name: 'sandbox',
        consoleUrl: sandbox.urls.console,
        token: password,
        projectsRootDir: 'forge/projects',
      },
    });
    await expect(provider.refresh()).rejects.toThrow(
      "Listing every project of instance 'sandbox' was refused: the configured token lacks the MANAGE admin permission bit (value 2)",
    );
    expect(connection.mutations).toEqual([]);
  });

  it('applies nothing when the catalog fails to list the User entities', async () => {
    let failing = false;
    const catalog = catalogServiceMock({ entities: DEMO_USERS });
    const query = catalog.queryEntities.bind(catalog);
    catalog.queryEntities = async (...args: Parameters<typeof query>) => {
      if (failing) throw new Error('catalog unavailable');
      return query(...args);
    };
    const { provider, connection } = await startSandboxProvider(catalog);
    await provider.refresh();
    const baseline = connection.mutations[0];

    failing = true;
    const error = await provider.refresh().then(
      () => undefined,
      e => e,
    );
    expect(error.failures[0].call).toBe(CLOUD_PI_READ_CALLS.users);
    expect(connection.mutations).toHaveLength(1);

    failing = false;
    await provider.refresh();
    expect(connection.mutations[1]).toEqual(baseline);
  });

  it('resolves the team members of the demo world by e-mail', async () => {
    const { provider, connection } = await startSandboxProvider(
      catalogServiceMock({ entities: DEMO_USERS.slice(0, 2) as Entity[] }),
    );
    await provider.refresh();
    const [mutation] = connection.mutations;
    const team =
      mutation.type === 'full'
        ? mutation.entities.find(e => e.entity.metadata.name === 'cpin-portail')
            ?.entity
        : undefined;
    expect(team?.spec?.members).toEqual([
      'user:default/alice.martin',
      'user:default/bob.durand',
    ]);
    expect(
      team?.metadata.annotations?.['cloud-pi-native.fr/unresolved-members'],
    ).toBe('claire.petit@interieur.gouv.fr,david.moreau@interieur.gouv.fr');
  });
});

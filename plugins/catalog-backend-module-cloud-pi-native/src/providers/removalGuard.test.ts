import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  CONSOLE,
  ConsoleWorld,
  consoleHandlers,
  consoleWorld,
} from '../__testUtils__/consoleHandlers';
import { IDS, TEST_INSTANCE_CONFIG } from '../__testUtils__/fixtures';
import { startProvider } from '../__testUtils__/providerHarness';

const server = setupServer();
registerMswTestHooks(server);

const INSTANCE = {
  ...TEST_INSTANCE_CONFIG,
  retries: { max: 0 },
};
const ALL_PROJECTS = 'GET /api/v1/projects?filter=all';

let world: ConsoleWorld;
beforeEach(() => {
  world = consoleWorld();
  server.use(...consoleHandlers(world));
});

/** A provider that already applied one good run (11 entities, 2 projects). */
async function afterAGoodRun(provider: Record<string, unknown> = {}) {
  const harness = await startProvider({ instance: INSTANCE, provider });
  await harness.provider.refresh();
  expect(harness.connection.mutations).toHaveLength(1);
  world.requests.length = 0;
  return harness;
}

/** The last value recorded on a metric instrument of the mocked service. */
function recorded(
  metrics: Awaited<ReturnType<typeof startProvider>>['metrics'],
  kind: 'createGauge' | 'createCounter',
  name: string,
) {
  const index = metrics[kind].mock.calls.findIndex(([n]) => n === name);
  const instrument = metrics[kind].mock.results[index].value;
  return (kind === 'createGauge' ? instrument.record : instrument.add).mock
    .calls;
}

describe('the removal guard of the provider', () => {
  it('refuses to apply "200 []" and says why', async () => {
    const { provider, connection, logger, metrics } = await afterAGoodRun();
    server.use(
      http.get(`${CONSOLE}/api/v1/projects`, () => HttpResponse.json([]), {
        once: true,
      }),
    );

    const error = await provider.refresh().catch(e => e);

    expect(error.name).toBe('CloudPiRemovalRefusedError');
    expect(connection.mutations).toHaveLength(1);
    // The second read lists both projects, live: nothing proves the removal.
    expect(world.requests).toContain(ALL_PROJECTS);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /^Refused the refresh of CloudPiNativeEntityProvider:main: it would remove every project \(2\) the provider imported, and the console did not prove those removals .* The catalog was left unchanged\. The console listed 0 project\(s\); 2 of the projects imported before are missing and 2 are not proven gone\. If these removals are expected, raise catalog\.providers\.cloudPiNative\.main\.removalGuard\.maxShare \(now 0\.2\)\.$/,
        ),
        meta: expect.objectContaining({
          previousEntities: 11,
          removedEntities: 8,
          unprovenRemovals: 8,
        }),
      }),
    );
    expect(
      recorded(metrics, 'createCounter', 'cloud_pi_native.catalog.refreshes'),
    ).toEqual([
      [1, { provider: 'CloudPiNativeEntityProvider:main', outcome: 'success' }],
      [1, { provider: 'CloudPiNativeEntityProvider:main', outcome: 'refused' }],
    ]);
    expect(
      recorded(metrics, 'createGauge', 'cloud_pi_native.catalog.last_failure'),
    ).toHaveLength(1);
  });

  it('refuses a list missing most of the entities while the projects are live', async () => {
    const { provider, connection, logger } = await afterAGoodRun();
    const portail = world.projects.find(p => p.slug === 'portail')!;
    server.use(
      http.get(
        `${CONSOLE}/api/v1/projects`,
        () => HttpResponse.json(world.projects.filter(p => p !== portail)),
        { once: true },
      ),
    );

    await expect(provider.refresh()).rejects.toThrow(
      "it would remove 6 of the provider's 11 entities (54.5%), more than the 20% allowed",
    );
    expect(connection.mutations).toHaveLength(1);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining(
          '1 of the projects imported before are missing and 1 are not proven gone',
        ),
      }),
    );
  });

  it('applies the removal when a second read shows the projects archived', async () => {
    const { provider, connection, logger } = await afterAGoodRun();
    world.projects.find(p => p.slug === 'portail')!.status = 'archived';

    await expect(provider.refresh()).resolves.toMatchObject({
      projects: 1,
      entities: 5,
    });

    expect(connection.mutations).toHaveLength(2);
    expect(world.requests).toContain(ALL_PROJECTS);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: expect.stringContaining(
          'A second read of the console confirms that 1 project(s) are archived or no longer selected by the filters',
        ),
      }),
    );
  });

  it('applies a removal below the threshold without a second read', async () => {
    const { provider, connection } = await afterAGoodRun();
    world.environments[IDS.project].pop();

    await expect(provider.refresh()).resolves.toMatchObject({ entities: 10 });

    expect(connection.mutations).toHaveLength(2);
    expect(world.requests).not.toContain(ALL_PROJECTS);
  });

  it('refuses to remove every project even below the threshold', async () => {
    // One project and the platform's three entities: removing it is 40% of
    // the entities, under the 90% allowed here, but it is every project.
    world.projects = world.projects.filter(p => p.slug === 'sirh');
    const { provider, connection } = await afterAGoodRun({
      removalGuard: { maxShare: 0.9 },
    });
    server.use(
      http.get(`${CONSOLE}/api/v1/projects`, () => HttpResponse.json([]), {
        once: true,
      }),
    );

    await expect(provider.refresh()).rejects.toThrow(
      'it would remove every project (1) the provider imported',
    );
    expect(connection.mutations).toHaveLength(1);
  });

  it('is turned off by removalGuard.maxShare: 1', async () => {
    const { provider, connection } = await afterAGoodRun({
      removalGuard: { maxShare: 1 },
    });
    server.use(
      http.get(`${CONSOLE}/api/v1/projects`, () => HttpResponse.json([]), {
        once: true,
      }),
    );

    await expect(provider.refresh()).resolves.toMatchObject({ projects: 0 });
    expect(connection.mutations).toHaveLength(2);
  });

  it('records the counts of a successful run as metrics', async () => {
    const { metrics } = await afterAGoodRun();
    expect(
      recorded(metrics, 'createGauge', 'cloud_pi_native.catalog.entities'),
    ).toEqual([[11, { provider: 'CloudPiNativeEntityProvider:main' }]]);
    expect(
      recorded(metrics, 'createGauge', 'cloud_pi_native.catalog.projects'),
    ).toEqual([
      [2, { provider: 'CloudPiNativeEntityProvider:main', state: 'fresh' }],
      [0, { provider: 'CloudPiNativeEntityProvider:main', state: 'stale' }],
      [0, { provider: 'CloudPiNativeEntityProvider:main', state: 'skipped' }],
    ]);
    const [[lastSuccess]] = recorded(
      metrics,
      'createGauge',
      'cloud_pi_native.catalog.last_success',
    );
    expect(Math.abs(lastSuccess - Date.now() / 1000)).toBeLessThan(600);
  });
});

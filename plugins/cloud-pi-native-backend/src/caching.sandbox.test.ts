import { mockCredentials } from '@backstage/backend-test-utils';
import {
  CloudPiEntityDataKind,
  cloudPiEntityDataSchemas,
} from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  countCalls,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { USERS } from './__testUtils__/demoWorld';

const KINDS: CloudPiEntityDataKind[] = [
  'overview',
  'environments',
  'quality-gate',
  'deployments',
  'observability',
];

describe('caching, coalescing and session reuse against the sandbox', () => {
  let world: DemoSandbox;
  const backends: CardsBackend[] = [];

  beforeAll(async () => {
    world = await startDemoSandbox();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(backends.splice(0).map(b => b.stop()));
    world.sandbox.faults.clear();
  });

  afterAll(async () => {
    await world?.sandbox.stop();
  });

  const start = async (
    cards?: Parameters<typeof startCardsBackend>[0]['cards'],
  ) => {
    const backend = await startCardsBackend({ world, cards });
    backends.push(backend);
    return backend;
  };

  const get = (
    backend: CardsBackend,
    path: string,
    user: string = USERS.alice.ref,
  ) =>
    request(backend.server)
      .get(`/api/cloud-pi-native${path}`)
      .set('Authorization', mockCredentials.user.header(user));

  const loadPage = async (
    backend: CardsBackend,
    entity: string,
    user?: string,
  ) =>
    Promise.all(
      KINDS.map(kind => get(backend, `/entities/${entity}/${kind}`, user)),
    );

  it('serves a warm entity page without any upstream call', async () => {
    const backend = await start();
    const cold = await loadPage(backend, 'system/default/portail');
    expect(cold.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(backend.calls.length).toBeGreaterThan(10);
    backend.resetCalls();

    const warm = await loadPage(backend, 'system/default/portail');
    // Other entities of the same project share the project's cached views.
    const repository = await loadPage(backend, 'component/default/portail-api');
    const environment = await loadPage(
      backend,
      'resource/default/portail-prod',
    );

    expect([...warm, ...repository, ...environment].map(r => r.status)).toEqual(
      Array(15).fill(200),
    );
    expect(warm.map(r => r.body)).toEqual(cold.map(r => r.body));
    expect(backend.calls).toEqual([]);
  });

  it('coalesces concurrent identical requests into one upstream fan-out', async () => {
    const single = await start();
    await get(single, '/entities/system/default/portail/deployments');
    const oneRequest = countCalls(single.calls);

    const concurrent = await start();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        get(concurrent, '/entities/system/default/portail/deployments'),
      ),
    );

    expect(responses.every(r => r.status === 200)).toBe(true);
    expect(new Set(responses.map(r => r.body.generatedAt)).size).toBe(1);
    expect(countCalls(concurrent.calls)).toEqual(oneRequest);
    expect(oneRequest).toEqual({
      [`console GET /api/v1/projects/portail`]: 1,
      [`console GET /api/v2/projects/${world.projectIds.portail}/environments`]: 1,
      [`console GET /api/v1/projects/${world.projectIds.portail}/deployments`]: 1,
      'console GET /api/v1/stages': 1,
      'console GET /api/v1/zones': 1,
      'console GET /api/v1/clusters': 1,
      'argocd POST /api/v1/session': 1,
      'argocd GET /api/v1/applications': 1,
      ...Object.fromEntries(
        cloudPiEntityDataSchemas.deployments
          .parse(responses[0].body)
          .environments.flatMap(e => [
            [
              `kubernetes GET /api/v1/namespaces/${e.namespace}/resourcequotas/dso-quota`,
              1,
            ],
            [
              `kubernetes GET /apis/apps/v1/namespaces/${e.namespace}/deployments`,
              1,
            ],
          ]),
      ),
    });
  });

  it('logs in to each Argo CD once and reuses the session', async () => {
    // No caching to speak of: every request reads Argo CD again.
    const backend = await start({
      cache: {
        ttl: { milliseconds: 1 },
        staleWhileRevalidate: { milliseconds: 0 },
      },
    });
    world.sandbox.resetStats();

    for (let round = 0; round < 3; round++) {
      for (const project of ['portail', 'sirh', 'intranet', 'cadastre']) {
        const response = await get(
          backend,
          `/entities/system/default/${project}/deployments`,
        );
        expect(response.status).toBe(200);
      }
    }

    const { requests } = world.sandbox.stats();
    expect(requests['GET /argocd/default/api/v1/applications']).toBe(9);
    expect(requests['GET /argocd/dr/api/v1/applications']).toBe(6);
    expect(requests['POST /argocd/default/api/v1/session']).toBe(1);
    expect(requests['POST /argocd/dr/api/v1/session']).toBe(1);
  });

  it('still authorizes every request when the data is cached', async () => {
    const backend = await start();
    await loadPage(backend, 'system/default/portail', USERS.alice.ref);
    backend.resetCalls();

    const eve = await loadPage(
      backend,
      'system/default/portail',
      USERS.eve.ref,
    );
    const david = await loadPage(
      backend,
      'system/default/portail',
      USERS.david.ref,
    );

    expect(eve.map(r => r.status)).toEqual([403, 403, 403, 403, 403]);
    expect(david.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(backend.calls).toEqual([]);
  });

  it('serves stale data at once and refreshes it in the background', async () => {
    const backend = await start({
      cache: {
        ttl: { milliseconds: 300 },
        staleWhileRevalidate: { minutes: 1 },
      },
    });
    const first = await get(
      backend,
      '/entities/system/default/portail/deployments',
    );
    await new Promise(resolve => setTimeout(resolve, 400));
    backend.resetCalls();
    // Slow Argo CD down: a blocking refresh would take six seconds, far
    // longer than serving from the cache on a busy machine.
    world.sandbox.faults.add({
      path: '/argocd/default/api/v1/applications',
      kind: 'delay',
      ms: 6_000,
    });

    const stale = await get(
      backend,
      '/entities/system/default/portail/deployments',
    );
    // Answered before the refresh's Argo CD call came back: not blocked on it.
    const argoCallsWhenServed =
      countCalls(backend.calls)['argocd GET /api/v1/applications'] ?? 0;
    await waitFor(
      () => countCalls(backend.calls)['argocd GET /api/v1/applications'] === 1,
    );
    // The call is observed once answered; the refresh then assembles and
    // stores the card, which takes its time on a busy machine.
    let refreshed = stale;
    await waitFor(async () => {
      refreshed = await get(
        backend,
        '/entities/system/default/portail/deployments',
      );
      return refreshed.body.generatedAt > first.body.generatedAt;
    });

    expect(argoCallsWhenServed).toBe(0);
    expect(stale.body.generatedAt).toBe(first.body.generatedAt);
    expect(refreshed.body.generatedAt > first.body.generatedAt).toBe(true);
    // Served from what that one background refresh stored.
    expect(countCalls(backend.calls)['argocd GET /api/v1/applications']).toBe(
      1,
    );
  });
});

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

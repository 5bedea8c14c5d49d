import { mockCredentials } from '@backstage/backend-test-utils';
import { cloudPiEntityDataSchemas } from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { USERS } from './__testUtils__/demoWorld';

/**
 * Faults injected into the sandbox: a failing tool, zone, cluster or
 * repository degrades its own part with an `error`, never the whole card.
 */
describe('partial failures against the sandbox', () => {
  let world: DemoSandbox;
  const backends: CardsBackend[] = [];

  beforeAll(async () => {
    world = await startDemoSandbox();
  }, 120_000);

  afterEach(async () => {
    world.sandbox.faults.clear();
    await Promise.all(backends.splice(0).map(b => b.stop()));
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

  const get = (backend: CardsBackend, path: string) =>
    request(backend.server)
      .get(`/api/cloud-pi-native${path}`)
      .set('Authorization', mockCredentials.user.header(USERS.alice.ref));

  it('degrades only the repository whose SonarQube call failed', async () => {
    const backend = await start();
    world.sandbox.faults.add({
      path: '/sonarqube/api/qualitygates/project_status',
      kind: 'status',
      status: 500,
      body: { errors: [{ msg: 'Elasticsearch is down' }] },
      times: 1,
    });

    const response = await get(
      backend,
      '/entities/system/default/portail/quality-gate',
    );

    expect(response.status).toBe(200);
    const body = cloudPiEntityDataSchemas['quality-gate'].parse(response.body);
    const failed = body.repositories.filter(r => r.error);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      analysis: null,
      error: { message: expect.stringContaining('Elasticsearch is down') },
    });
    expect(body.repositories.filter(r => r.analysis !== null)).toHaveLength(2);
  });

  it('recovers a degraded view once its short freshness has passed', async () => {
    const backend = await start({
      cache: { degradedTtl: { milliseconds: 100 } },
    });
    world.sandbox.faults.add({
      path: '/sonarqube/api/measures/component',
      kind: 'status',
      status: 500,
    });
    const path = '/entities/component/default/portail-api/quality-gate';

    const degraded = await get(backend, path);
    world.sandbox.faults.clear();
    const cached = await get(backend, path);
    await new Promise(resolve => setTimeout(resolve, 150));
    // Past its freshness, the degraded view is served once more while it
    // is refreshed in the background; the refreshed one follows.
    const stale = await get(backend, path);
    let recovered = stale;
    for (
      let i = 0;
      i < 100 && recovered.body.generatedAt === stale.body.generatedAt;
      i++
    ) {
      await new Promise(resolve => setTimeout(resolve, 20));
      recovered = await get(backend, path);
    }

    expect(degraded.body.repositories[0]).toMatchObject({
      analysis: null,
      error: { name: 'CloudPiNativeHttpError' },
    });
    expect(cached.body).toEqual(degraded.body);
    expect(stale.body).toEqual(degraded.body);
    expect(recovered.body.repositories[0]).toMatchObject({
      repositoryName: 'api',
      analysis: { status: 'ERROR' },
    });
    expect(recovered.body.repositories[0].error).toBeUndefined();
  });

  it('degrades only the environments of a zone whose Argo CD is down', async () => {
    const backend = await start();
    world.sandbox.faults.add({
      path: '/argocd/dr/api/v1/applications',
      kind: 'status',
      status: 503,
      body: { message: 'argocd-server unavailable' },
    });

    const response = await get(
      backend,
      '/entities/system/default/cadastre/deployments',
    );

    expect(response.status).toBe(200);
    const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
    const byName = Object.fromEntries(body.environments.map(e => [e.name, e]));
    expect(byName.prod).toMatchObject({
      zone: { slug: 'dr' },
      applications: [],
      error: { name: 'ServiceUnavailableError' },
    });
    expect(byName.prod.quota).not.toBeNull();
    for (const name of ['dev', 'staging']) {
      expect(byName[name].error).toBeUndefined();
      expect(byName[name].applications.length).toBeGreaterThan(0);
    }
  });

  it('leaves the quota out when a cluster does not answer, keeping the applications', async () => {
    const backend = await start();
    world.sandbox.faults.add({
      path: '/kubernetes/ia-gpu/**',
      kind: 'status',
      status: 500,
    });

    const response = await get(
      backend,
      '/entities/resource/default/cadastre-dev/deployments',
    );

    const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
    expect(body.environments[0]).toMatchObject({ name: 'dev', quota: null });
    expect(body.environments[0].applications.length).toBeGreaterThan(0);
  });

  it('reports a tool that does not answer in time, without waiting for it', async () => {
    const backend = await start({ partTimeout: { milliseconds: 300 } });
    world.sandbox.faults.add({ path: '/sonarqube/**', kind: 'timeout' });

    const startedAt = Date.now();
    const response = await get(
      backend,
      '/entities/system/default/sirh/quality-gate',
    );
    const elapsed = Date.now() - startedAt;

    expect(response.status).toBe(200);
    // Well under the 30 s client timeout it would otherwise wait for.
    expect(elapsed).toBeLessThan(15_000);
    const body = cloudPiEntityDataSchemas['quality-gate'].parse(response.body);
    expect(body.repositories).toHaveLength(2);
    for (const repository of body.repositories) {
      expect(repository.error).toEqual({
        name: 'ServiceUnavailableError',
        message: 'SonarQube did not answer within 300 ms',
      });
    }
  });

  it('keeps the overview when the provisioning logs cannot be read', async () => {
    const backend = await start();
    world.sandbox.faults.add({
      path: '/console/api/v1/logs',
      kind: 'status',
      status: 500,
      body: { message: 'database timeout' },
    });

    const response = await get(
      backend,
      '/entities/system/default/intranet/overview',
    );

    expect(response.status).toBe(200);
    const body = cloudPiEntityDataSchemas.overview.parse(response.body);
    expect(body.logs).toEqual({
      items: [],
      error: { name: 'CloudPiNativeHttpError', message: 'database timeout' },
    });
    expect(body.services.items.length).toBeGreaterThan(1);
    expect(body.project.slug).toBe('intranet');
  });

  it('fails the card when the project itself cannot be read', async () => {
    const backend = await start();
    world.sandbox.faults.add({
      path: '/console/api/v1/projects/portail',
      kind: 'status',
      status: 503,
    });

    const response = await get(
      backend,
      '/entities/system/default/portail/observability',
    );

    expect(response.status).toBe(503);
    expect(response.body.error.name).toBe('ServiceUnavailableError');
  });
});

import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  CloudPiEntityDataKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { INSTANCE, USERS } from './__testUtils__/demoWorld';

const KINDS: CloudPiEntityDataKind[] = [
  'overview',
  'environments',
  'quality-gate',
  'deployments',
  'observability',
];

/**
 * Crafted entities try to steer the backend towards an "attacker" server
 * through their annotations. Only the configured upstreams may ever be
 * called, and invalid coordinates are refused before any call.
 */
describe('entities with crafted annotations', () => {
  let world: DemoSandbox;
  let backend: CardsBackend;
  let attacker: Server;
  let attackerUrl: string;
  const attackerRequests: string[] = [];

  const system = (
    name: string,
    annotations: Record<string, string>,
  ): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name, namespace: 'default', annotations },
    spec: {},
  });

  beforeAll(async () => {
    attacker = createServer((req, res) => {
      attackerRequests.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>(resolve =>
      attacker.listen(0, '127.0.0.1', resolve),
    );
    attackerUrl = `http://127.0.0.1:${
      (attacker.address() as AddressInfo).port
    }`;

    world = await startDemoSandbox();
    const portail = {
      [A.instance]: INSTANCE,
      [A.projectSlug]: 'portail',
      [A.projectId]: world.projectIds.portail,
    };
    backend = await startCardsBackend({
      world,
      entities: [
        ...world.entities,
        system('unknown-instance', { ...portail, [A.instance]: 'attacker' }),
        system('url-instance', { ...portail, [A.instance]: attackerUrl }),
        system('url-slug', { ...portail, [A.projectSlug]: `${attackerUrl}/x` }),
        system('traversal-slug', {
          ...portail,
          [A.projectSlug]: '../../api/v1/admin',
        }),
        system('url-repository', {
          ...portail,
          [A.repositoryName]: `${attackerUrl}/r.git`,
        }),
        system('query-environment', {
          ...portail,
          [A.environmentName]: 'dev?x=1',
        }),
        system('url-project-id', { ...portail, [A.projectId]: attackerUrl }),
        system('other-project-id', {
          ...portail,
          [A.projectId]: '00000000-0000-4000-8000-000000000000',
        }),
        system('unknown-environment', {
          ...portail,
          [A.environmentName]: 'zz',
        }),
        // Valid coordinates, and every other annotation pointing at the attacker.
        system('urls-everywhere', {
          ...portail,
          [A.zone]: 'attacker',
          [A.cluster]: 'attacker',
          [A.externalRepoUrl]: `${attackerUrl}/repo.git`,
          'argocd/proxy-url': attackerUrl,
          'argocd/instance-name': 'attacker',
          'sonarqube.org/project-key': `attacker/${attackerUrl}`,
          'grafana/overview-dashboard': `${attackerUrl}/d/x`,
          'backstage.io/kubernetes-cluster': 'attacker',
          'backstage.io/source-location': `url:${attackerUrl}/`,
        }),
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await world?.sandbox.stop();
    await new Promise(resolve => attacker?.close(resolve));
  });

  const get = (name: string, kind: CloudPiEntityDataKind) =>
    request(backend.server)
      .get(`/api/cloud-pi-native/entities/system/default/${name}/${kind}`)
      .set('Authorization', mockCredentials.user.header(USERS.alice.ref));

  it.each([
    ['unknown-instance', 404],
    ['url-instance', 400],
    ['url-slug', 400],
    ['traversal-slug', 400],
    ['url-repository', 400],
    ['query-environment', 400],
    ['url-project-id', 400],
  ])('refuses %s with %i before any upstream call', async (name, status) => {
    backend.resetCalls();
    world.sandbox.resetStats();

    for (const kind of KINDS) {
      const response = await get(name, kind);
      expect(response.status).toBe(status);
    }

    expect(backend.calls).toEqual([]);
    expect(world.sandbox.stats().total).toBe(0);
    expect(attackerRequests).toEqual([]);
  });

  it('refuses an entity whose project id does not match the project', async () => {
    const response = await get('other-project-id', 'overview');

    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('no longer exists');
  });

  it('refuses an environment the project does not have, calling configured upstreams only', async () => {
    backend.resetCalls();
    world.sandbox.resetStats();

    const response = await get('unknown-environment', 'deployments');

    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain("environment 'zz'");
    expect(world.sandbox.stats().total).toBe(backend.calls.length);
    expect(attackerRequests).toEqual([]);
  });

  it('ignores every other annotation: URLs come from configuration only', async () => {
    backend.resetCalls();
    world.sandbox.resetStats();

    const bodies = [];
    for (const kind of KINDS) {
      const response = await get('urls-everywhere', kind);
      expect(response.status).toBe(200);
      bodies.push(JSON.stringify(response.body));
    }

    expect(attackerRequests).toEqual([]);
    // Every call the clients made reached the sandbox: the configured upstreams.
    expect(backend.calls.length).toBeGreaterThan(0);
    expect(world.sandbox.stats().total).toBe(backend.calls.length);
    for (const body of bodies) {
      expect(body).not.toContain(attackerUrl);
      expect(body).not.toContain('attacker');
    }
  });
});

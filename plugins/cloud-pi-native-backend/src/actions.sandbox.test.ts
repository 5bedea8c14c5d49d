import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  MockActionsRegistry,
  actionsRegistryServiceMock,
} from '@backstage/backend-test-utils/alpha';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { USERS } from './__testUtils__/demoWorld';

describe('actions registry (MCP) against the sandbox', () => {
  let world: DemoSandbox;
  let backend: CardsBackend;
  let registry: MockActionsRegistry;

  beforeAll(async () => {
    world = await startDemoSandbox();
    registry = actionsRegistryServiceMock();
    backend = await startCardsBackend({
      world,
      features: [
        createServiceFactory({
          service: actionsRegistryServiceRef,
          deps: {},
          factory: () => registry,
        }),
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await world?.sandbox.stop();
  });

  it('registers two read-only, idempotent actions', async () => {
    const { actions } = await registry.list();

    expect(
      actions
        .filter(a => a.name.startsWith('get-'))
        .map(a => [a.name, a.attributes.readOnly, a.attributes.idempotent]),
    ).toEqual([
      ['get-quality-gate', true, true],
      ['get-deployments', true, true],
    ]);
    expect(actions[0].schema.input).toMatchObject({
      required: ['entityRef'],
    });
  });

  it.each([
    ['get-quality-gate', 'quality-gate', 'component:default/portail-api'],
    ['get-deployments', 'deployments', 'resource:default/portail-staging'],
  ])('%s returns what the card route returns', async (action, kind, ref) => {
    const { output } = await registry.invoke({
      id: `test:${action}`,
      input: { entityRef: ref },
      credentials: mockCredentials.user(USERS.claire.ref),
    });
    const [entityKind, rest] = ref.split(':');
    const route = await request(backend.server)
      .get(`/api/cloud-pi-native/entities/${entityKind}/${rest}/${kind}`)
      .set('Authorization', mockCredentials.user.header(USERS.claire.ref));

    expect(route.status).toBe(200);
    expect(output).toEqual(route.body);
  });

  it('goes through the same authorization', async () => {
    await expect(
      registry.invoke({
        id: 'test:get-deployments',
        input: { entityRef: 'system:default/portail' },
        credentials: mockCredentials.user(USERS.eve.ref),
      }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(
      registry.invoke({
        id: 'test:get-quality-gate',
        input: { entityRef: 'system:default/portail' },
        credentials: mockCredentials.service('external:mcp-client'),
      }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(
      registry.invoke({
        id: 'test:get-quality-gate',
        input: { entityRef: 'not a ref' },
        credentials: mockCredentials.user(USERS.alice.ref),
      }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });
});

import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  CloudPiEntityDataKind,
  cloudPiEntityCardsResponseSchema,
  cloudPiEntityDataSchemas,
  cloudPiQualityGateReadPermission,
} from '@cpin/plugin-cloud-pi-native-common';
import { JsonObject } from '@backstage/types';
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

type Credentials = BackstageCredentials<BackstageUserPrincipal>;
type Caller = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

const notFound = (ref: string) => ({
  name: 'NotFoundError',
  message: `Entity ${ref} not found`,
});

/**
 * The batched cards route (`/entities/…/cards?kinds=…`) and the memo of
 * access decisions: one authorization per page view, refusals intact.
 */
describe('batched cards and the access memo, against the sandbox', () => {
  let world: DemoSandbox;
  const backends: CardsBackend[] = [];

  beforeAll(async () => {
    world = await startDemoSandbox();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(backends.splice(0).map(b => b.stop()));
  });

  afterAll(async () => {
    await world?.sandbox.stop();
  });

  /**
   * A backend whose catalog reads and permission calls are recorded, with
   * whom each was made for; `deny` lists permissions the policy refuses,
   * `hidden` the users who may not read an entity (`catalog.entity.read`).
   */
  async function start(
    options: {
      cards?: JsonObject;
      deny?: string[];
      hidden?: Record<string, string[]>;
      entities?: Entity[];
    } = {},
  ) {
    const entities = options.entities ?? world.entities;
    const catalog = catalogServiceMock({ entities });
    const entityReads: Array<{ ref: string; as: string }> = [];
    const getEntityByRef = jest.fn(async (ref: string, opts?: unknown) => {
      const { principal } = (opts as { credentials: Caller }).credentials;
      // The plugin's reads of users (user → e-mail) are not entity checks.
      if (!ref.startsWith('user:')) {
        entityReads.push({
          ref,
          as:
            principal.type === 'user'
              ? principal.userEntityRef
              : principal.type,
        });
      }
      return catalog.getEntityByRef(ref);
    });
    const permissionCalls: Array<{
      user: string;
      names: string[];
      refs: Array<string | undefined>;
    }> = [];
    const permissions = mockServices.permissions.mock({
      authorize: jest.fn(async (requests, opts) => {
        const list = requests as AuthorizePermissionRequest[];
        const user = (opts.credentials as Credentials).principal.userEntityRef;
        permissionCalls.push({
          user,
          names: list.map(r => r.permission.name),
          refs: list.map(r => r.resourceRef),
        });
        return list.map(r => ({
          result:
            options.deny?.includes(r.permission.name) ||
            (r.permission.name === catalogEntityReadPermission.name &&
              options.hidden?.[r.resourceRef!]?.includes(user))
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        }));
      }) as any,
    });
    const backend = await startCardsBackend({
      world,
      cards: options.cards,
      catalog: catalogServiceMock.mock({ getEntityByRef }).factory,
      features: [permissions.factory],
    });
    backends.push(backend);
    return { backend, entityReads, permissionCalls };
  }

  const get = (backend: CardsBackend, path: string, user: string) =>
    request(backend.server)
      .get(`/api/cloud-pi-native${path}`)
      .set('Authorization', mockCredentials.user.header(user));

  const batch = async (
    backend: CardsBackend,
    entity: string,
    user: string,
    kinds = KINDS,
  ) => {
    const response = await get(
      backend,
      `/entities/${entity}/cards?kinds=${kinds.join(',')}`,
      user,
    );
    expect(response.status).toBe(200);
    return cloudPiEntityCardsResponseSchema.parse(response.body).cards;
  };

  it('serves the cards of a page in one request, as their own routes do', async () => {
    const { backend } = await start();

    const cards = await batch(backend, 'system/default/portail', USERS.bob.ref);

    expect(Object.keys(cards).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      const single = await get(
        backend,
        `/entities/system/default/portail/${kind}`,
        USERS.bob.ref,
      );
      expect(single.status).toBe(200);
      const card = cards[kind]!;
      expect(card.status).toBe(200);
      const data = cloudPiEntityDataSchemas[kind].parse(
        'data' in card ? card.data : undefined,
      );
      expect({ kind, data }).toEqual({ kind, data: single.body });
    }
  });

  it('reads the entity once and calls the permission service once for the whole batch', async () => {
    // No memo: the batch alone makes one decision.
    const { backend, entityReads, permissionCalls } = await start({
      cards: { cache: { authorizationTtl: { seconds: 0 } } },
    });

    await batch(backend, 'system/default/portail', USERS.bob.ref);

    // Read as the plugin; the caller's right to read it is in the same call
    // as the card permissions.
    expect(entityReads).toEqual([
      { ref: 'system:default/portail', as: 'service' },
    ]);
    expect(permissionCalls).toHaveLength(1);
    expect(permissionCalls[0].user).toBe(USERS.bob.ref);
    expect(new Set(permissionCalls[0].refs)).toEqual(
      new Set(['system:default/portail']),
    );
    expect(permissionCalls[0].names).toEqual(
      expect.arrayContaining([
        'catalog.entity.read',
        'cloud-pi-native.overview.read',
        'cloud-pi-native.deployments.read',
        'cloud-pi-native.argocd.sync',
        'cloud-pi-native.project.reprovision',
      ]),
    );
  });

  it('refuses every card to a non-member, without any upstream call', async () => {
    const { backend } = await start();
    await batch(backend, 'system/default/portail', USERS.alice.ref);
    backend.resetCalls();

    const cards = await batch(backend, 'system/default/portail', USERS.eve.ref);

    expect(Object.keys(cards).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      expect({ kind, card: cards[kind] }).toEqual({
        kind,
        card: {
          status: 403,
          error: {
            name: 'NotAllowedError',
            message: expect.stringContaining(
              "project 'portail', you need to be a member of the project",
            ),
          },
        },
      });
    }
    expect(backend.calls).toEqual([]);
  });

  it('refuses, card by card, what the permission policy denies', async () => {
    const { backend } = await start({
      deny: [cloudPiQualityGateReadPermission.name],
    });

    const cards = await batch(
      backend,
      'system/default/portail',
      USERS.alice.ref,
    );

    expect(cards['quality-gate']).toEqual({
      status: 403,
      error: {
        name: 'NotAllowedError',
        message:
          'The permission cloud-pi-native.quality-gate.read is not granted on system:default/portail',
      },
    });
    expect(
      KINDS.filter(kind => kind !== 'quality-gate').map(
        kind => cards[kind]!.status,
      ),
    ).toEqual([200, 200, 200, 200]);
  });

  it('serves the other cards when one card fails', async () => {
    // A repository the project does not have: its repository views fail.
    const ghost: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'portail-ghost',
        namespace: 'default',
        annotations: {
          [A.instance]: INSTANCE,
          [A.projectSlug]: 'portail',
          [A.projectId]: world.projectIds.portail,
          [A.repositoryName]: 'ghost',
        },
      },
      spec: {},
    };
    const { backend } = await start({
      entities: [...world.entities, ghost],
    });

    const cards = await batch(
      backend,
      'component/default/portail-ghost',
      USERS.alice.ref,
      ['overview', 'quality-gate', 'observability'],
    );

    expect(cards['quality-gate']).toEqual({
      status: 404,
      error: {
        name: 'NotFoundError',
        message: expect.stringContaining("The repository 'ghost'"),
      },
    });
    expect(cards.overview?.status).toBe(200);
    expect(cards.observability?.status).toBe(200);
  });

  it('answers the errors of the entity itself, and of the query, for the whole request', async () => {
    const { backend } = await start();

    const unknown = await get(
      backend,
      '/entities/system/default/nowhere/cards?kinds=overview',
      USERS.alice.ref,
    );
    const badKind = await get(
      backend,
      '/entities/system/default/portail/cards?kinds=overview,secrets',
      USERS.alice.ref,
    );
    const none = await get(
      backend,
      '/entities/system/default/portail/cards',
      USERS.alice.ref,
    );
    const service = await request(backend.server)
      .get(
        '/api/cloud-pi-native/entities/system/default/portail/cards?kinds=overview',
      )
      .set('Authorization', mockCredentials.service.header());

    expect(unknown.status).toBe(404);
    expect([badKind.status, badKind.body.error.name]).toEqual([
      400,
      'InputError',
    ]);
    expect(none.status).toBe(400);
    // Cards are read as a user, never as a service.
    expect(service.status).toBe(403);
  });

  it('shares one decision between the concurrent card routes of a user, not between users', async () => {
    const { backend, entityReads, permissionCalls } = await start({
      cards: { cache: { authorizationTtl: { minutes: 1 } } },
    });

    const page = (user: string) =>
      Promise.all(
        KINDS.map(kind =>
          get(backend, `/entities/system/default/portail/${kind}`, user),
        ),
      );
    const alice = await page(USERS.alice.ref);
    const eve = await page(USERS.eve.ref);
    const aliceAgain = await page(USERS.alice.ref);

    expect(alice.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(eve.map(r => r.status)).toEqual([403, 403, 403, 403, 403]);
    expect(aliceAgain.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
    // One permission call per user (Eve's were her own), one entity read
    // for both: what it holds is the same whoever asks.
    expect(entityReads).toHaveLength(1);
    expect(permissionCalls.map(c => c.user)).toEqual([
      USERS.alice.ref,
      USERS.eve.ref,
    ]);
  });

  it('never serves a user the entity another user could read', async () => {
    const { backend, permissionCalls } = await start({
      cards: { cache: { authorizationTtl: { minutes: 1 } } },
      hidden: { 'system:default/portail': [USERS.bob.ref] },
    });

    const alice = await batch(
      backend,
      'system/default/portail',
      USERS.alice.ref,
    );
    const bob = await get(
      backend,
      '/entities/system/default/portail/cards?kinds=overview',
      USERS.bob.ref,
    );
    const bobCard = await get(
      backend,
      '/entities/system/default/portail/overview',
      USERS.bob.ref,
    );

    expect(alice.overview?.status).toBe(200);
    expect([bob.status, bobCard.status]).toEqual([404, 404]);
    expect(permissionCalls.map(c => c.user)).toEqual([
      USERS.alice.ref,
      USERS.bob.ref,
      USERS.bob.ref,
    ]);
  });

  it('answers a user who may not read an entity as if it did not exist', async () => {
    // Not a Cloud π entity: the reason must not leak either.
    const plain: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'plain', namespace: 'default' },
      spec: {},
    };
    const { backend } = await start({
      entities: [...world.entities, plain],
      hidden: {
        'system:default/portail': [USERS.bob.ref],
        'component:default/plain': [USERS.bob.ref],
      },
    });

    const answers = await Promise.all(
      [
        '/entities/system/default/portail/cards?kinds=overview',
        '/entities/system/default/portail/overview',
        '/entities/component/default/plain/overview',
        '/entities/system/default/nowhere/overview',
      ].map(path => get(backend, path, USERS.bob.ref)),
    );

    expect(answers.map(r => [r.status, r.body.error])).toEqual([
      [404, expect.objectContaining(notFound('system:default/portail'))],
      [404, expect.objectContaining(notFound('system:default/portail'))],
      [404, expect.objectContaining(notFound('component:default/plain'))],
      [404, expect.objectContaining(notFound('system:default/nowhere'))],
    ]);
    expect(backend.calls).toEqual([]);
  });

  it('decides afresh for operations, whatever the memo holds', async () => {
    const { backend, entityReads, permissionCalls } = await start({
      cards: { cache: { authorizationTtl: { minutes: 1 } } },
    });
    await batch(backend, 'system/default/portail', USERS.david.ref);
    const token = await world.sandbox.issueAccessToken(USERS.david.email);

    const secrets = await get(
      backend,
      '/entities/system/default/portail/secrets',
      USERS.david.ref,
    ).set('x-cloud-pi-user-token', token);

    expect(secrets.status).toBe(403);
    expect(entityReads).toHaveLength(2);
    expect(permissionCalls.map(c => c.names)).toEqual([
      expect.arrayContaining(['cloud-pi-native.overview.read']),
      ['catalog.entity.read', 'cloud-pi-native.secrets.list'],
    ]);
  });
});

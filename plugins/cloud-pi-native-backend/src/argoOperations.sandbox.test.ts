import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  MockActionsRegistry,
  actionsRegistryServiceMock,
} from '@backstage/backend-test-utils/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  argoOperationResultSchema,
  deploymentsResponseSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { USERS } from './__testUtils__/demoWorld';

const OPERATIONS = ['refresh', 'sync', 'rollback'] as const;

/** Requests the sandbox's Argo CD stand-ins received since the last reset. */
function argoRequests(world: DemoSandbox): Record<string, number> {
  return Object.fromEntries(
    Object.entries(world.sandbox.stats().requests).filter(([key]) =>
      key.split(' ')[1].startsWith('/argocd/'),
    ),
  );
}

interface AuditRecord {
  eventId: string;
  severityLevel?: string;
  meta?: unknown;
  outcome?: 'success' | 'fail';
  error?: string;
}

/** An auditor recording every event and its outcome. */
function recordingAuditor(events: AuditRecord[]) {
  return mockServices.auditor.mock({
    createEvent: jest.fn(async options => {
      const event: AuditRecord = {
        eventId: options.eventId,
        severityLevel: options.severityLevel,
        meta: options.meta,
      };
      events.push(event);
      return {
        success: jest.fn(async () => {
          event.outcome = 'success';
        }),
        fail: jest.fn(async ({ error }: { error: Error }) => {
          event.outcome = 'fail';
          event.error = error.name;
        }),
      };
    }),
  });
}

describe('Argo CD operations against the sandbox', () => {
  let world: DemoSandbox;
  let backend: CardsBackend;
  let registry: MockActionsRegistry;
  const audit: AuditRecord[] = [];
  /** portail's infra application in prod (autosync off) and in staging (autosync on). */
  let prodApp: string;
  let stagingApp: string;

  const post = (
    entity: string,
    app: string,
    operation: string,
    user?: string,
  ) => {
    const call = request(backend.server).post(
      `/api/cloud-pi-native/entities/${entity}/argocd/applications/${app}/${operation}`,
    );
    // Without a user: the credentials of an unauthenticated request.
    return call.set(
      'Authorization',
      user ? mockCredentials.user.header(user) : mockCredentials.none.header(),
    );
  };
  const deployments = async (entity: string, user: string) =>
    deploymentsResponseSchema.parse(
      (
        await request(backend.server)
          .get(`/api/cloud-pi-native/entities/${entity}/deployments`)
          .set('Authorization', mockCredentials.user.header(user))
      ).body,
    );

  beforeAll(async () => {
    world = await startDemoSandbox();
    registry = actionsRegistryServiceMock();
    backend = await startCardsBackend({
      world,
      features: [
        recordingAuditor(audit).factory,
        createServiceFactory({
          service: actionsRegistryServiceRef,
          deps: {},
          factory: () => registry,
        }),
      ],
    });
    const infra = (environment: string) =>
      deployments(
        `resource/default/portail-${environment}`,
        USERS.alice.ref,
      ).then(
        body =>
          body.environments[0].applications.find(a =>
            a.name.includes('-infra-'),
          )!.name,
      );
    [prodApp, stagingApp] = await Promise.all([
      infra('prod'),
      infra('staging'),
    ]);
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await world?.sandbox.stop();
  });

  beforeEach(() => {
    audit.length = 0;
    world.sandbox.resetStats();
  });

  describe('authorization matrix: refusals send no request to Argo CD', () => {
    const refused: Array<[string, string | undefined, number, string]> = [
      [
        'a developer member (no MANAGE_ENVIRONMENTS)',
        USERS.claire.ref,
        403,
        'NotAllowedError',
      ],
      ['a read-only member', USERS.david.ref, 403, 'NotAllowedError'],
      ['a non-member', USERS.eve.ref, 403, 'NotAllowedError'],
      ['an unauthenticated caller', undefined, 401, 'AuthenticationError'],
    ];

    it.each(
      OPERATIONS.flatMap(operation =>
        refused.map(
          ([who, user, status, name]) =>
            [operation, who, user, status, name] as const,
        ),
      ),
    )('%s is refused to %s', async (operation, _who, user, status, name) => {
      const response = await post(
        'system/default/portail',
        prodApp,
        operation,
        user,
      );

      expect(response.status).toBe(status);
      expect(response.body.error.name).toBe(name);
      expect(response.body.error.message).toMatch(
        status === 403
          ? /you need to manage its environments \(the DevOps role, or the owner\)/
          : /./,
      );
      expect(argoRequests(world)).toEqual({});
    });

    it.each(OPERATIONS)(
      "%s is refused on an application that is not the entity's, before Argo CD",
      async operation => {
        // Warm the deployments views: what is left to check calls nothing.
        await deployments('component/default/portail-api', USERS.bob.ref);
        await deployments('system/default/guichet', USERS.bob.ref);
        world.sandbox.resetStats();

        const ofRepository = await post(
          'component/default/portail-api',
          prodApp,
          operation,
          USERS.bob.ref,
        );
        const ofAnotherProject = await post(
          'system/default/guichet',
          prodApp,
          operation,
          USERS.bob.ref,
        );
        const invalid = await post(
          'system/default/portail',
          'Not_An_App',
          operation,
          USERS.bob.ref,
        );

        expect(ofRepository.status).toBe(404);
        expect(ofRepository.body.error.message).toContain(
          'is not one of the applications of component:default/portail-api',
        );
        expect(ofAnotherProject.status).toBe(404);
        expect(invalid.status).toBe(400);
        expect(argoRequests(world)).toEqual({});
      },
    );

    it('audits every refused attempt as a failure', async () => {
      await post('system/default/portail', prodApp, 'sync', USERS.david.ref);

      expect(audit).toEqual([
        {
          eventId: 'argocd-sync',
          severityLevel: 'medium',
          meta: {
            entityRef: 'system:default/portail',
            application: prodApp,
            actor: USERS.david.ref,
          },
          outcome: 'fail',
          error: 'NotAllowedError',
        },
      ]);
    });
  });

  describe('with the DevOps role or as the owner', () => {
    it('shows the operations the caller may run on the deployments card', async () => {
      for (const [user, allowed] of [
        [USERS.bob.ref, true],
        [USERS.alice.ref, true],
        [USERS.admin.ref, true],
        [USERS.claire.ref, false],
        [USERS.david.ref, false],
      ] as const) {
        const body = await deployments('system/default/portail', user);
        expect(body.operations).toEqual({
          refresh: allowed,
          sync: allowed,
          rollback: allowed,
        });
      }
    });

    it('refreshes in the AppProject of the environment, without changing anything', async () => {
      const response = await post(
        'resource/default/portail-prod',
        prodApp,
        'refresh',
        USERS.bob.ref,
      );

      expect(response.status).toBe(200);
      const result = argoOperationResultSchema.parse(response.body);
      expect(result).toMatchObject({
        operation: 'refresh',
        application: prodApp,
        environment: 'prod',
        zone: 'default',
        syncStatus: 'OutOfSync',
      });
      const requests = argoRequests(world);
      const refresh = Object.keys(requests).find(
        k => k.startsWith('GET ') && k.includes(prodApp),
      );
      expect(refresh).toBeDefined();
      expect(
        Object.keys(requests).filter(
          k => k.startsWith('POST') && !k.endsWith('/session'),
        ),
      ).toEqual([]);
      expect(audit).toEqual([
        expect.objectContaining({
          eventId: 'argocd-refresh',
          severityLevel: 'low',
          outcome: 'success',
        }),
      ]);
    });

    it('syncs the release waiting in prod, and the card shows it at once', async () => {
      const before = await deployments(
        'resource/default/portail-prod',
        USERS.bob.ref,
      );
      expect(
        before.environments[0].applications.find(a => a.name === prodApp),
      ).toMatchObject({
        syncStatus: 'OutOfSync',
        autoSync: false,
        previousRevision: null,
      });
      world.sandbox.resetStats();

      const response = await post(
        'resource/default/portail-prod',
        prodApp,
        'sync',
        USERS.bob.ref,
      );

      expect(response.status).toBe(200);
      expect(argoOperationResultSchema.parse(response.body)).toMatchObject({
        operation: 'sync',
        syncStatus: 'Synced',
        phase: 'Succeeded',
      });
      expect(argoRequests(world)).toMatchObject({
        [`POST /argocd/default/api/v1/applications/${prodApp}/sync`]: 1,
      });
      const after = await deployments(
        'resource/default/portail-prod',
        USERS.bob.ref,
      );
      expect(
        after.environments[0].applications.find(a => a.name === prodApp),
      ).toMatchObject({
        syncStatus: 'Synced',
        previousRevision: expect.any(String),
      });
      expect(audit).toEqual([
        expect.objectContaining({
          eventId: 'argocd-sync',
          outcome: 'success',
          meta: expect.objectContaining({ actor: USERS.bob.ref }),
        }),
      ]);
    });

    it('rolls prod back to the previous revision, as the owner', async () => {
      const before = await deployments(
        'resource/default/portail-prod',
        USERS.alice.ref,
      );
      const app = before.environments[0].applications.find(
        a => a.name === prodApp,
      )!;

      const response = await post(
        'resource/default/portail-prod',
        prodApp,
        'rollback',
        USERS.alice.ref,
      );

      expect(response.status).toBe(200);
      const result = argoOperationResultSchema.parse(response.body);
      expect(result).toMatchObject({
        operation: 'rollback',
        targetRevision: app.previousRevision,
        revision: app.previousRevision,
        syncStatus: 'OutOfSync',
      });
      expect(audit).toEqual([
        expect.objectContaining({
          eventId: 'argocd-rollback',
          severityLevel: 'high',
          outcome: 'success',
        }),
      ]);
    });

    it('explains why an application with autosync cannot be rolled back, without asking Argo CD to', async () => {
      const response = await post(
        'resource/default/portail-staging',
        stagingApp,
        'rollback',
        USERS.bob.ref,
      );

      expect(response.status).toBe(409);
      expect(response.body.error.message).toContain('automated sync is on');
      expect(
        Object.keys(argoRequests(world)).filter(k => k.includes('/rollback')),
      ).toEqual([]);
    });
  });

  describe('as actions (MCP and scaffolder)', () => {
    it('registers the three operations, none of them read-only', async () => {
      const { actions } = await registry.list();
      expect(
        actions
          .filter(a => a.name.startsWith('argocd-'))
          .map(a => [a.name, a.attributes.readOnly, a.attributes.destructive]),
      ).toEqual([
        ['argocd-refresh', false, false],
        ['argocd-sync', false, true],
        ['argocd-rollback', false, true],
      ]);
    });

    it('runs with the same checks: refused to a read-only member, with no request to Argo CD', async () => {
      await expect(
        registry.invoke({
          id: 'test:argocd-sync',
          input: { entityRef: 'system:default/portail', application: prodApp },
          credentials: mockCredentials.user(USERS.david.ref),
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      await expect(
        registry.invoke({
          id: 'test:argocd-refresh',
          input: { entityRef: 'system:default/portail', application: prodApp },
          credentials: mockCredentials.service('external:mcp-client'),
        }),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      expect(argoRequests(world)).toEqual({});
    });

    it('syncs for a DevOps member, and audits it like the card', async () => {
      const { output } = await registry.invoke({
        id: 'test:argocd-sync',
        input: {
          entityRef: 'resource:default/portail-prod',
          application: prodApp,
        },
        credentials: mockCredentials.user(USERS.bob.ref),
      });

      expect(argoOperationResultSchema.parse(output)).toMatchObject({
        operation: 'sync',
        syncStatus: 'Synced',
      });
      expect(audit).toEqual([
        expect.objectContaining({
          eventId: 'argocd-sync',
          outcome: 'success',
          meta: expect.objectContaining({ actor: USERS.bob.ref }),
        }),
      ]);
    });
  });
});

describe('Argo CD operations under a permission policy', () => {
  let world: DemoSandbox;
  let backend: CardsBackend;

  beforeAll(async () => {
    world = await startDemoSandbox();
    const permissions = mockServices.permissions.mock({
      authorize: jest.fn(async requests =>
        requests.map(r => ({
          result:
            r.permission.name === 'cloud-pi-native.argocd.rollback'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })),
      ),
    });
    backend = await startCardsBackend({
      world,
      features: [permissions.factory],
    });
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await world?.sandbox.stop();
  });

  it('refuses a denied operation to the owner, before Argo CD, and hides its button', async () => {
    world.sandbox.resetStats();
    const response = await request(backend.server)
      .post(
        '/api/cloud-pi-native/entities/system/default/portail/argocd/applications/any-app/rollback',
      )
      .set('Authorization', mockCredentials.user.header(USERS.alice.ref));

    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain(
      'cloud-pi-native.argocd.rollback',
    );
    expect(argoRequests(world)).toEqual({});

    const card = await request(backend.server)
      .get('/api/cloud-pi-native/entities/system/default/portail/deployments')
      .set('Authorization', mockCredentials.user.header(USERS.alice.ref));
    expect(card.body.operations).toEqual({
      refresh: true,
      sync: true,
      rollback: false,
    });
  });
});

import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  CloudPiEntityDataKind,
  cloudPiEntityDataSchemas,
  projectSecretsResponseSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
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

describe('authorization against the sandbox', () => {
  let world: DemoSandbox;

  beforeAll(async () => {
    world = await startDemoSandbox();
  }, 120_000);

  afterAll(async () => {
    await world?.sandbox.stop();
  });

  const client = (backend: CardsBackend) => ({
    get: (path: string, user: string) =>
      request(backend.server)
        .get(`/api/cloud-pi-native${path}`)
        .set('Authorization', mockCredentials.user.header(user)),
    post: (path: string, user: string) =>
      request(backend.server)
        .post(`/api/cloud-pi-native${path}`)
        .set('Authorization', mockCredentials.user.header(user)),
  });

  describe('with the default rules', () => {
    let backend: CardsBackend;
    const events = { publish: jest.fn(), subscribe: jest.fn() };
    const auditEvents: Array<{
      eventId: string;
      meta?: unknown;
      outcome?: 'success' | 'fail';
      outcomeMeta?: unknown;
    }> = [];

    beforeAll(async () => {
      const auditor = mockServices.auditor.mock({
        createEvent: jest.fn(async options => {
          const event = {
            eventId: options.eventId,
            meta: options.meta,
          } as (typeof auditEvents)[number];
          auditEvents.push(event);
          return {
            success: jest.fn(async (o?: { meta?: unknown }) => {
              event.outcome = 'success';
              event.outcomeMeta = o?.meta;
            }),
            fail: jest.fn(async () => {
              event.outcome = 'fail';
            }),
          };
        }),
      });
      backend = await startCardsBackend({
        world,
        features: [
          auditor.factory,
          createServiceFactory({
            service: eventsServiceRef,
            deps: {},
            factory: () => events,
          }),
        ],
        entities: [
          ...world.entities,
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'User',
            metadata: { name: 'no-email' },
            spec: { profile: {}, memberOf: [] },
          },
        ],
      });
    }, 120_000);

    afterAll(async () => {
      await backend?.stop();
    });

    beforeEach(() => {
      auditEvents.length = 0;
      events.publish.mockClear();
    });

    it.each(KINDS)(
      'refuses %s to a user who belongs to nothing',
      async kind => {
        const response = await client(backend).get(
          `/entities/system/default/portail/${kind}`,
          USERS.eve.ref,
        );

        expect(response.status).toBe(403);
        expect(response.body.error).toMatchObject({
          name: 'NotAllowedError',
          message: expect.stringContaining(
            "project 'portail', you need to be a member of the project",
          ),
        });
      },
    );

    it('refuses a user without an e-mail (no console identity)', async () => {
      const response = await client(backend).get(
        '/entities/system/default/portail/overview',
        'user:default/no-email',
      );

      expect(response.status).toBe(403);
    });

    it('serves every member, whatever their role, and platform administrators', async () => {
      for (const user of [
        USERS.alice,
        USERS.bob,
        USERS.claire,
        USERS.david,
        USERS.admin,
      ]) {
        const response = await client(backend).get(
          '/entities/component/default/portail-api/quality-gate',
          user.ref,
        );
        expect(response.status).toBe(200);
      }
    });

    it('answers 404 for an entity the catalog does not have', async () => {
      const response = await client(backend).get(
        '/entities/system/default/nowhere/overview',
        USERS.alice.ref,
      );

      expect(response.status).toBe(404);
    });

    it('mirrors "Tout le monde": with everyonePerms 896 a read-only member may reprovision', async () => {
      const response = await client(backend).get(
        '/entities/system/default/sirh/overview',
        USERS.david.ref,
      );

      const body = cloudPiEntityDataSchemas.overview.parse(response.body);
      expect(body.permissions.canReprovision).toBe(true);
    });

    describe('reprovision', () => {
      beforeAll(async () => {
        // Take REPLAY_HOOKS out of portail's "Tout le monde" role (896 → 768),
        // as its owner would in the console.
        const alice = world.sandbox.credentials.users.find(
          u => u.email === USERS.alice.email,
        )!;
        const update = await fetch(
          `${world.sandbox.urls.console}/api/v1/projects/portail`,
          {
            method: 'PUT',
            headers: {
              'x-dso-token': alice.pat!,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ everyonePerms: '768' }),
          },
        );
        if (!update.ok) {
          throw new Error(`Could not update portail: ${update.status}`);
        }
      });

      it('refuses a read-only member without calling the console as them', async () => {
        world.sandbox.resetStats();
        const token = await world.sandbox.issueAccessToken(USERS.david.email);

        const response = await client(backend)
          .post('/entities/system/default/portail/reprovision', USERS.david.ref)
          .set('x-cloud-pi-user-token', token);

        expect(response.status).toBe(403);
        expect(response.body.error.message).toContain('REPLAY_HOOKS');
        expect(events.publish).not.toHaveBeenCalled();
        expect(
          Object.keys(world.sandbox.stats().requests).filter(k =>
            k.startsWith('PUT'),
          ),
        ).toEqual([]);
        expect(auditEvents).toEqual([
          expect.objectContaining({
            eventId: 'project-reprovision',
            outcome: 'fail',
          }),
        ]);
      });

      it('replays the hooks as the user, not with the admin token, and audits it', async () => {
        world.sandbox.resetStats();
        const token = await world.sandbox.issueAccessToken(USERS.bob.email);

        const response = await client(backend)
          .post('/entities/system/default/portail/reprovision', USERS.bob.ref)
          .set('x-cloud-pi-user-token', token);

        expect(response.status).toBe(204);
        expect(
          world.sandbox.stats().requests[
            `PUT /console/api/v1/projects/${world.projectIds.portail}/hooks`
          ],
        ).toBe(1);
        // The catalog refreshes the project's status at once.
        expect(events.publish.mock.calls).toEqual([
          [
            {
              topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
              eventPayload: {
                projectId: world.projectIds.portail,
                instance: 'sandbox',
                parts: ['project'],
              },
            },
          ],
        ]);
        const logs = await fetch(
          `${world.sandbox.urls.console}/api/v1/logs?projectId=${world.projectIds.portail}&offset=0&limit=1&clean=true`,
          { headers: { 'x-dso-token': world.sandbox.credentials.adminToken } },
        ).then(r => r.json());
        const bob = world.sandbox.credentials.users.find(
          u => u.email === USERS.bob.email,
        )!;
        expect(logs.logs[0]).toMatchObject({
          action: 'Replay hooks for Project',
          userId: bob.id,
        });
        expect(auditEvents).toEqual([
          {
            eventId: 'project-reprovision',
            meta: { entityRef: 'system:default/portail' },
            outcome: 'success',
            outcomeMeta: {
              instance: 'sandbox',
              projectSlug: 'portail',
              projectId: world.projectIds.portail,
            },
          },
        ]);
      });

      it('refuses a locked project before calling the console', async () => {
        world.sandbox.resetStats();
        const token = await world.sandbox.issueAccessToken(USERS.alice.email);

        const response = await client(backend)
          .post(
            '/entities/system/default/intranet/reprovision',
            USERS.alice.ref,
          )
          .set('x-cloud-pi-user-token', token);

        expect(response.status).toBe(403);
        expect(response.body.error.message).toContain('locked');
        expect(
          Object.keys(world.sandbox.stats().requests).filter(k =>
            k.startsWith('PUT'),
          ),
        ).toEqual([]);
      });

      it('needs the platform token of the user, and makes no call without it', async () => {
        backend.resetCalls();

        const response = await client(backend).post(
          '/entities/system/default/portail/reprovision',
          USERS.bob.ref,
        );

        expect(response.status).toBe(401);
        expect(backend.calls).toEqual([]);
      });
    });

    describe('secrets', () => {
      it('reads them as a DevOps member, never caches them, and audits group names only', async () => {
        const token = await world.sandbox.issueAccessToken(USERS.bob.email);
        world.sandbox.resetStats();

        const second = await client(backend)
          .get('/entities/system/default/sirh/secrets', USERS.bob.ref)
          .set('x-cloud-pi-user-token', token);
        const third = await client(backend)
          .get('/entities/system/default/sirh/secrets', USERS.bob.ref)
          .set('x-cloud-pi-user-token', token);

        const body = projectSecretsResponseSchema.parse(second.body);
        expect(second.headers['cache-control']).toBe('no-store');
        expect(body.groups.map(g => g.name)).toEqual(['GITLAB', 'VAULT']);
        const vault = body.groups.find(g => g.name === 'VAULT')!;
        expect(vault.entries).toContainEqual({
          key: '.spec.mount',
          value: 'sirh',
        });
        expect(third.status).toBe(200);
        expect(
          world.sandbox.stats().requests[
            `GET /console/api/v1/projects/${world.projectIds.sirh}/secrets`
          ],
        ).toBe(2);
        const values = body.groups.flatMap(g => g.entries.map(e => e.value));
        const audited = JSON.stringify(auditEvents);
        expect(auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
          ['project-secrets-read', 'success'],
          ['project-secrets-read', 'success'],
        ]);
        expect(auditEvents[0].outcomeMeta).toEqual({
          instance: 'sandbox',
          projectSlug: 'sirh',
          groups: ['GITLAB', 'VAULT'],
        });
        for (const value of values.filter(v => v.length > 6)) {
          expect(audited).not.toContain(value);
        }
      });

      it('refuses a read-only member', async () => {
        const token = await world.sandbox.issueAccessToken(USERS.david.email);

        const response = await client(backend)
          .get('/entities/system/default/sirh/secrets', USERS.david.ref)
          .set('x-cloud-pi-user-token', token);

        expect(response.status).toBe(403);
        expect(response.body.error.message).toContain('SEE_SECRETS');
      });
    });
  });

  describe('with a permission policy', () => {
    let backend: CardsBackend;

    beforeAll(async () => {
      const permissions = mockServices.permissions.mock({
        authorize: jest.fn(async requests =>
          requests.map(r => ({
            result:
              r.permission.name === 'cloud-pi-native.deployments.read' ||
              r.permission.name === 'cloud-pi-native.project.reprovision'
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
    });

    it('refuses a denied permission before any upstream call', async () => {
      backend.resetCalls();

      const response = await client(backend).get(
        '/entities/system/default/portail/deployments',
        USERS.alice.ref,
      );

      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain(
        'cloud-pi-native.deployments.read',
      );
      expect(backend.calls).toEqual([]);
    });

    it('still serves what the policy allows, without the reprovision button', async () => {
      const response = await client(backend).get(
        '/entities/system/default/portail/overview',
        USERS.alice.ref,
      );

      const body = cloudPiEntityDataSchemas.overview.parse(response.body);
      expect(body.permissions.canReprovision).toBe(false);
    });
  });

  describe('with configured rules', () => {
    let backend: CardsBackend;

    beforeAll(async () => {
      backend = await startCardsBackend({
        world,
        cards: {
          access: {
            observability: 'any-signed-in',
            qualityGate: 'list-deployments',
          },
        },
      });
    }, 120_000);

    afterAll(async () => {
      await backend?.stop();
    });

    it('applies the rule of each kind of data', async () => {
      const eveObservability = await client(backend).get(
        '/entities/system/default/portail/observability',
        USERS.eve.ref,
      );
      // No default role grants LIST_DEPLOYMENTS: only the owner (MANAGE) passes.
      const bobGate = await client(backend).get(
        '/entities/system/default/portail/quality-gate',
        USERS.bob.ref,
      );
      const aliceGate = await client(backend).get(
        '/entities/system/default/portail/quality-gate',
        USERS.alice.ref,
      );

      expect(eveObservability.status).toBe(200);
      expect(bobGate.status).toBe(403);
      expect(aliceGate.status).toBe(200);
    });
  });

  describe('with a policy that hides entities', () => {
    let backend: CardsBackend;
    let getEntityByRef: jest.Mock;
    let authorize: jest.Mock;

    beforeAll(async () => {
      const catalog = catalogServiceMock({ entities: world.entities });
      getEntityByRef = jest.fn(async ref => {
        // A real catalog answers over HTTP, in a few milliseconds.
        await new Promise(resolve => setTimeout(resolve, 30));
        return catalog.getEntityByRef(ref);
      });
      authorize = jest.fn(async (requests: AuthorizePermissionRequest[]) =>
        requests.map(r => ({
          result:
            r.permission.name === catalogEntityReadPermission.name &&
            r.resourceRef === 'system:default/sirh'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })),
      );
      backend = await startCardsBackend({
        world,
        catalog: catalogServiceMock.mock({ getEntityByRef }).factory,
        features: [mockServices.permissions.mock({ authorize }).factory],
      });
    }, 120_000);

    afterAll(async () => {
      await backend?.stop();
    });

    it('answers 404 to a caller who may not read the entity, with no upstream call', async () => {
      backend.resetCalls();

      const response = await client(backend).get(
        '/entities/system/default/sirh/overview',
        USERS.alice.ref,
      );

      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'Entity system:default/sirh not found',
      );
      expect(backend.calls).toEqual([]);
    });

    it('reads an entity once for the concurrent cards of a page, checking the caller in the same permission call', async () => {
      getEntityByRef.mockClear();
      authorize.mockClear();

      const responses = await Promise.all(
        KINDS.map(kind =>
          client(backend).get(
            `/entities/system/default/portail/${kind}`,
            USERS.bob.ref,
          ),
        ),
      );

      expect(responses.map(r => r.status)).toEqual([200, 200, 200, 200, 200]);
      const pageReads = getEntityByRef.mock.calls.filter(
        ([ref]) => ref === 'system:default/portail',
      );
      expect(pageReads).toHaveLength(1);
      expect(pageReads[0][1].credentials.principal.type).toBe('service');
      expect(authorize).toHaveBeenCalledTimes(1);
      const [requests, { credentials }] = authorize.mock.calls[0];
      expect(credentials.principal).toEqual({
        type: 'user',
        userEntityRef: USERS.bob.ref,
      });
      expect(requests[0]).toEqual({
        permission: catalogEntityReadPermission,
        resourceRef: 'system:default/portail',
      });
    });
  });
});

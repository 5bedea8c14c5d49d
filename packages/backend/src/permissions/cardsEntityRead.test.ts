import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import catalogModuleCloudPiNative from '@cpin/plugin-catalog-backend-module-cloud-pi-native';
import cloudPiNativePlugin from '@cpin/plugin-cloud-pi-native-backend';
import request from 'supertest';

/*
 * The cards backend reads an entity as itself and asks the permission
 * backend whether the caller may read it. A policy with a conditional
 * decision on `catalog.entity.read` (here: no Component) must hide the same
 * entities from the cards as from the catalog, its conditions applied by
 * the real catalog.
 */

jest.setTimeout(180_000);

const ALICE = 'user:default/alice.martin';

const noComponentPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'test-no-component-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle({ permission }) {
            if (isPermission(permission, catalogEntityReadPermission)) {
              return createCatalogConditionalDecision(permission, {
                not: catalogConditions.isEntityKind({ kinds: ['Component'] }),
              });
            }
            return { result: AuthorizeResult.ALLOW };
          },
        });
      },
    });
  },
});

/**
 * The mock services drop the calling plugin from a call made on behalf of a
 * user, which the permission backend and the catalog's apply-conditions
 * endpoint refuse as a direct user request; the real ones keep it.
 */
const mockHttpAuthKeepingActor = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const inner = mockServices.httpAuth({ pluginId: plugin.getId() });
    const prefix = 'Bearer mock-service-token:';
    return {
      credentials(req, options) {
        const header = req.headers.authorization;
        if (header?.startsWith(prefix)) {
          const { sub, obo, target } = JSON.parse(header.slice(prefix.length));
          if (obo && target === plugin.getId()) {
            req.headers.authorization = `Bearer ${mockCredentials.user.token(
              obo,
              { actor: { subject: sub ?? 'plugin' } },
            )}`;
          }
        }
        return inner.credentials(req, options);
      },
      issueUserCookie: (res, options) => inner.issueUserCookie(res, options),
    } as typeof inner;
  },
});

let sandbox: Sandbox;
let backend: Awaited<ReturnType<typeof startTestBackend>>;

const get = (path: string) =>
  request(backend.server)
    .get(path)
    .set('Authorization', mockCredentials.user.header(ALICE));

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const { urls, credentials } = sandbox;
  backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleCloudPiNative,
      cloudPiNativePlugin,
      permissionPlugin,
      noComponentPolicy,
      permissionsServiceFactory,
      mockHttpAuthKeepingActor,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          cloudPiNative: {
            instances: [
              {
                name: 'sandbox',
                consoleUrl: urls.console,
                token: credentials.adminToken,
                projectsRootDir: 'forge/projects',
                gitlab: {
                  url: urls.gitlab,
                  token: credentials.tools.gitlabToken,
                },
                grafana: { url: urls.grafana },
              },
            ],
            cards: { access: { observability: 'any-signed-in' } },
          },
          catalog: {
            rules: [{ allow: ['Component', 'System', 'Resource', 'Group'] }],
            providers: {
              cloudPiNative: {
                sandbox: {
                  schedule: {
                    frequency: { minutes: 30 },
                    timeout: { minutes: 2 },
                    initialDelay: { seconds: 0 },
                  },
                },
              },
            },
          },
        },
      }),
    ],
  });
  // The provider's import, seen as the plugin (the policy hides Components).
  const deadline = Date.now() + 120_000;
  for (;;) {
    const response = await request(backend.server)
      .get('/api/catalog/entities/by-name/component/sandbox/portail-api')
      .set('Authorization', mockCredentials.service.header());
    if (response.status === 200) break;
    if (Date.now() > deadline) throw new Error('The provider imported nothing');
    await new Promise(resolve => setTimeout(resolve, 250));
  }
});

afterAll(async () => {
  await backend?.stop();
  await sandbox?.stop();
});

describe('the cards backend under a conditional catalog.entity.read', () => {
  it('serves the cards of an entity the conditions let the caller read', async () => {
    const catalog = await get(
      '/api/catalog/entities/by-name/system/sandbox/portail',
    );
    const card = await get(
      '/api/cloud-pi-native/entities/system/sandbox/portail/observability',
    );

    expect(catalog.status).toBe(200);
    expect(card.status).toBe(200);
  });

  it('answers 404, as for a missing entity, where the conditions hide it', async () => {
    const catalog = await get(
      '/api/catalog/entities/by-name/component/sandbox/portail-api',
    );
    const hidden = await get(
      '/api/cloud-pi-native/entities/component/sandbox/portail-api/observability',
    );
    const batched = await get(
      '/api/cloud-pi-native/entities/component/sandbox/portail-api/cards?kinds=observability',
    );
    const missing = await get(
      '/api/cloud-pi-native/entities/component/sandbox/nowhere/observability',
    );

    expect(catalog.status).toBe(404);
    expect([hidden.status, hidden.body.error]).toEqual([
      404,
      expect.objectContaining({
        name: 'NotFoundError',
        message: 'Entity component:sandbox/portail-api not found',
      }),
    ]);
    expect(batched.status).toBe(404);
    expect([missing.status, missing.body.error.message]).toEqual([
      404,
      'Entity component:sandbox/nowhere not found',
    ]);
  });
});

import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import { http, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import {
  consoleHandlers,
  consoleWorld,
} from '../__testUtils__/consoleHandlers';
import { IDS, TEST_INSTANCE_CONFIG } from '../__testUtils__/fixtures';
import { startProvider } from '../__testUtils__/providerHarness';
import {
  PROJECT_REFRESH_PATH,
  createRefreshRouter,
} from './createRefreshRouter';

const server = setupServer();
registerMswTestHooks(server);

const INSTANCE = { ...TEST_INSTANCE_CONFIG, retries: { max: 0 } };
const path = (projectId: string) =>
  PROJECT_REFRESH_PATH.replace(':projectId', projectId);

async function app(
  decision:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const world = consoleWorld();
  server.use(
    ...consoleHandlers(world),
    // supertest's own requests to the router under test.
    http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
  );
  const harness = await startProvider({ instance: INSTANCE });
  await harness.provider.refresh();
  world.requests.length = 0;
  const permissions = mockServices.permissions.mock({
    authorize: async requests => requests.map(() => ({ result: decision })),
  });
  const router = createRefreshRouter({
    providers: [harness.provider],
    httpAuth: mockServices.httpAuth(),
    permissions,
  });
  return {
    app: express().use(router).use(mockErrorHandler()),
    world,
    permissions,
    connection: harness.connection,
  };
}

describe('POST /cloud-pi-native/projects/:projectId/refresh', () => {
  it('reads the project now and answers with what the catalog got', async () => {
    const { app: server_, world } = await app();

    const response = await request(server_)
      .post(path(IDS.project))
      .send({ parts: ['repositories'] });

    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      expect.objectContaining({
        projectId: IDS.project,
        state: 'present',
        consoleRequests: 2,
      }),
    ]);
    expect(world.requests).toHaveLength(2);
  });

  it('checks cloud-pi-native.catalog.refresh for the caller', async () => {
    const { app: server_, permissions } = await app();
    await request(server_).post(path(IDS.project)).expect(200);
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'cloud-pi-native.catalog.refresh',
          }),
        },
      ],
      { credentials: mockCredentials.user() },
    );
  });

  it('refuses a caller the policy denies, and reads nothing', async () => {
    const { app: server_, world, connection } = await app(AuthorizeResult.DENY);
    const response = await request(server_).post(path(IDS.project));
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain(
      'cloud-pi-native.catalog.refresh',
    );
    expect(world.requests).toEqual([]);
    expect(connection.mutations).toHaveLength(1);
  });

  it('refuses an unauthenticated caller', async () => {
    const { app: server_, world } = await app();
    const response = await request(server_)
      .post(path(IDS.project))
      .set('authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
    expect(world.requests).toEqual([]);
  });

  it.each([
    ['a project that is not a UUID', path('portail'), {}, /console UUID/],
    [
      'an unknown part',
      path(IDS.project),
      { parts: ['secrets'] },
      /"parts" must list/,
    ],
    [
      'an instance no provider imports',
      path(IDS.project),
      { instance: 'other' },
      /No catalog provider imports the Cloud π Native instance "other"/,
    ],
  ])(
    'answers 400 to %s, before any console read',
    async (_, url, body, message) => {
      const { app: server_, world } = await app();
      const response = await request(server_).post(url).send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(world.requests).toEqual([]);
    },
  );

  it("leaves the bodies of the catalog's own routes alone", async () => {
    const { app: server_ } = await app();
    const seen: unknown[] = [];
    const withNext = express()
      .use(server_)
      .post('/entities/by-refs', express.json({ limit: '1mb' }), (req, res) => {
        seen.push(req.body);
        res.json({ items: [] });
      });
    const refs = Array.from(
      { length: 500 },
      (_, i) => `component:default/c${i}`,
    );
    const response = await request(withNext)
      .post('/entities/by-refs')
      .send({ entityRefs: refs });
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ entityRefs: refs }]);
  });

  it('answers 503, keeping the catalog, when the console cannot be read', async () => {
    const { app: server_, world, connection } = await app();
    delete world.services[IDS.project];
    const response = await request(server_).post(path(IDS.project));
    expect(response.status).toBe(503);
    expect(response.body.error.message).toMatch(/keeps what it had/);
    expect(connection.mutations).toHaveLength(1);
  });
});

import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86400_000).toISOString();

describe('console tokens and logs', () => {
  let t: TestSandbox;
  let admin: { token: string };

  beforeAll(async () => {
    t = await startTestSandbox();
    admin = { token: t.sandbox.credentials.adminToken };
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  describe('personal access tokens', () => {
    it('creates a token usable once, lists and deletes it', async () => {
      const owner = t.pat(DEMO.owner);
      const created = await t.call('POST', '/api/v1/user/tokens', owner, {
        name: 'ci-portail',
        expirationDate: inDays(30),
      });
      expect(created.status).toBe(201);
      expect(created.body.password).toMatch(/^[A-Za-z0-9-]{48}$/);
      const own = { token: created.body.password };
      const projects = await t.call('GET', '/api/v1/projects', own);
      expect(projects.body.map((p: any) => p.slug)).toContain('portail');

      const listed = await t.call('GET', '/api/v1/user/tokens', owner);
      const token = listed.body.find((x: any) => x.id === created.body.id);
      expect(token).not.toHaveProperty('password');
      expect(token.lastUse).not.toBeNull();

      expect(
        (
          await t.call(
            'DELETE',
            `/api/v1/user/tokens/${created.body.id}`,
            owner,
          )
        ).status,
      ).toBe(204);
      const refused = await t.call('GET', '/api/v1/projects', own);
      expect(refused.status).toBe(401);
      expect(refused.body.message).toBe('Not authenticated');
    });

    it('requires an expiry from tomorrow and a valid name', async () => {
      const owner = t.pat(DEMO.owner);
      const today = await t.call('POST', '/api/v1/user/tokens', owner, {
        name: 'trop-court',
        expirationDate: new Date().toISOString(),
      });
      expect(today.status).toBe(400);
      expect(today.body).toEqual({
        message: "Date d'expiration trop courte",
      });
      const badName = await t.call('POST', '/api/v1/user/tokens', owner, {
        name: 'Nom Invalide',
        expirationDate: inDays(2),
      });
      expect(badName.status).toBe(400);
      expect(badName.body).toMatchObject({
        pathParameterErrors: null,
        headerErrors: null,
        queryParameterErrors: null,
        bodyErrors: { name: 'ZodError' },
      });
    });

    it('is for humans only', async () => {
      expect((await t.call('GET', '/api/v1/user/tokens', admin)).status).toBe(
        403,
      );
    });
  });

  describe('admin tokens', () => {
    it('acts as a bot with its own permissions plus the global role', async () => {
      const created = await t.call('POST', '/api/v1/admin/tokens', admin, {
        name: 'lecture',
        permissions: '1',
        expirationDate: null,
      });
      expect(created.status).toBe(201);
      expect(created.body.owner).toMatchObject({
        firstName: 'Bot Admin',
        lastName: 'lecture',
        type: 'bot',
      });
      const reader = { token: created.body.password };
      // LIST is not MANAGE: no filter=all, no project detail...
      expect(
        (await t.call('GET', '/api/v1/projects?filter=all', reader)).status,
      ).toBe(403);
      expect(
        (await t.call('GET', '/api/v1/projects/portail', reader)).status,
      ).toBe(403);
      // ...but every project resource is readable, and projects can be created.
      expect(
        (await t.call('GET', '/api/v2/projects/portail/repositories', reader))
          .status,
      ).toBe(200);
      expect((await t.call('GET', '/api/v1/projects', reader)).body).toEqual(
        [],
      );
    });

    it('is revoked by DELETE, with both servers’ messages', async () => {
      const created = await t.call('POST', '/api/v1/admin/tokens', admin, {
        name: 'ephemere',
        permissions: '2',
        expirationDate: null,
      });
      const token = { token: created.body.password };
      expect(
        (await t.call('GET', '/api/v1/projects?filter=all', token)).status,
      ).toBe(200);
      expect(
        (
          await t.call(
            'DELETE',
            `/api/v1/admin/tokens/${created.body.id}`,
            admin,
          )
        ).status,
      ).toBe(204);
      const nest = await t.call('GET', '/api/v1/projects', token);
      expect(nest.status).toBe(401);
      expect(nest.body).toEqual({
        statusCode: 401,
        message: 'Token revoked',
        error: 'Unauthorized',
      });
      const legacy = await t.call('GET', '/api/v1/clusters', token);
      expect(legacy.status).toBe(401);
      expect(legacy.body).toEqual({ message: 'Not active' });
      const withRevoked = await t.call(
        'GET',
        '/api/v1/admin/tokens?withRevoked=true',
        admin,
      );
      expect(
        withRevoked.body.find((x: any) => x.id === created.body.id).status,
      ).toBe('revoked');
      const active = await t.call('GET', '/api/v1/admin/tokens', admin);
      expect(active.body.map((x: any) => x.id)).not.toContain(created.body.id);
    });

    it('reports expiry with its date', async () => {
      const created = await t.call('POST', '/api/v1/admin/tokens', admin, {
        name: 'expire',
        permissions: '2',
        expirationDate: inDays(1.5),
      });
      const token = { token: created.body.password };
      jest.useFakeTimers({
        doNotFake: [
          'nextTick',
          'setImmediate',
          'setTimeout',
          'setInterval',
          'queueMicrotask',
        ],
      });
      jest.setSystemTime(Date.now() + 3 * 86400_000);
      try {
        const nest = await t.call('GET', '/api/v1/projects', token);
        expect(nest.status).toBe(401);
        expect(nest.body.message).toBe(
          `Token expired: ${created.body.expirationDate}`,
        );
        expect((await t.call('GET', '/api/v1/clusters', token)).body).toEqual({
          message: 'Expired',
        });
      } finally {
        jest.useRealTimers();
      }
    });

    it('needs the admin token permissions', async () => {
      expect(
        (await t.call('GET', '/api/v1/admin/tokens', t.pat(DEMO.owner))).status,
      ).toBe(403);
      expect(
        (await t.call('GET', '/api/v1/admin/tokens', t.pat(DEMO.admin))).status,
      ).toBe(200);
    });
  });

  describe('logs', () => {
    it('gives members the clean view, newest first, paginated', async () => {
      const owner = t.pat(DEMO.owner);
      const page = await t.call(
        'GET',
        '/api/v1/logs?offset=0&limit=2&projectId=sirh',
        owner,
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toBeGreaterThan(2);
      expect(page.body.logs).toHaveLength(2);
      const [latest] = page.body.logs;
      expect(latest).toEqual({
        id: expect.any(String),
        action: 'Replay hooks for Project',
        userId: expect.any(String),
        data: {
          failed: ['vault'],
          warning: [],
          totalExecutionTime: expect.any(Number),
          messageResume: expect.stringMatching(
            /^Errors:\nvault: Permission refusée/,
          ),
        },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const raw = await t.call(
        'GET',
        '/api/v1/logs?offset=0&limit=2&projectId=sirh&clean=false',
        owner,
      );
      expect(raw.body.logs[0].data).not.toHaveProperty('results');
      const next = await t.call(
        'GET',
        '/api/v1/logs?offset=2&limit=2&projectId=sirh',
        owner,
      );
      expect(next.body.logs[0].id).not.toBe(page.body.logs[1].id);
    });

    it('gives platform readers every log, raw on request', async () => {
      const platformAdmin = t.pat(DEMO.admin);
      const raw = await t.call(
        'GET',
        '/api/v1/logs?offset=0&limit=100&clean=false',
        platformAdmin,
      );
      expect(raw.status).toBe(200);
      const sirh = raw.body.logs.find(
        (l: any) => l.action === 'Replay hooks for Project',
      );
      expect(sirh.data.results.vault).toEqual({
        status: {
          result: 'KO',
          message: expect.stringContaining('Permission refusée'),
        },
        executionTime: expect.any(Number),
      });
      expect(
        sirh.requestId === null || typeof sirh.requestId === 'string',
      ).toBe(true);
    });

    it('refuses non-members and calls without a project', async () => {
      const eve = t.pat(DEMO.nobody);
      expect(
        (
          await t.call(
            'GET',
            '/api/v1/logs?offset=0&limit=5&projectId=portail',
            eve,
          )
        ).status,
      ).toBe(403);
      expect(
        (await t.call('GET', '/api/v1/logs?offset=0&limit=5', eve)).status,
      ).toBe(403);
      const missing = await t.call(
        'GET',
        '/api/v1/logs?projectId=portail',
        t.pat(DEMO.owner),
      );
      expect(missing.status).toBe(400);
      expect(missing.body.queryParameterErrors.issues.length).toBeGreaterThan(
        0,
      );
    });
  });
});

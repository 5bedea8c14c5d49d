import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { AuthenticationError, NotFoundError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { argoApplication, fakeJwt } from '../__testUtils__/argoFixtures';
import { ArgoCdClient } from './ArgoCdClient';

const BASE = 'https://argocd.test';
const PASSWORD = 'argo-admin-password';

describe('ArgoCdClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  let clock: number;
  beforeEach(() => {
    clock = Date.parse('2026-05-04T08:00:00Z');
  });

  /**
   * A fake Argo CD issuing session tokens valid for `ttlSeconds` and
   * accepting only the tokens it issued and has not revoked.
   */
  function fakeArgoCd(ttlSeconds = 3600) {
    const state = {
      logins: [] as unknown[],
      authorizations: [] as Array<string | null>,
      valid: new Set<string>(['static-api-token']),
      selectors: [] as URLSearchParams[],
    };
    server.use(
      http.post(`${BASE}/api/v1/session`, async ({ request }) => {
        state.logins.push(await request.json());
        const token = fakeJwt(
          Math.floor(clock / 1000) + ttlSeconds,
          `session-${state.logins.length}`,
        );
        state.valid.add(token);
        return HttpResponse.json({ token });
      }),
      http.get(`${BASE}/api/v1/applications`, ({ request }) => {
        const authorization = request.headers.get('authorization');
        state.authorizations.push(authorization);
        if (!state.valid.has(authorization?.replace('Bearer ', '') ?? '')) {
          return HttpResponse.json(
            {
              error: 'invalid session',
              code: 16,
              message: 'invalid session: token is expired',
            },
            { status: 401 },
          );
        }
        state.selectors.push(new URL(request.url).searchParams);
        return HttpResponse.json({
          metadata: {},
          items: [argoApplication('demo-dev-5b1f-backend-3843')],
        });
      }),
    );
    return state;
  }

  const passwordClient = () =>
    ArgoCdClient.create({
      baseUrl: BASE,
      auth: { type: 'password', username: 'admin', password: PASSWORD },
      now: () => clock,
    });

  it('opens one session and reuses it for later calls', async () => {
    const argo = fakeArgoCd();
    const client = passwordClient();

    await client.listApplications();
    await client.listApplications();

    expect(argo.logins).toEqual([{ username: 'admin', password: PASSWORD }]);
    expect(new Set(argo.authorizations).size).toBe(1);
    expect(argo.authorizations[0]).toMatch(/^Bearer .+\..+\..+$/);
  });

  it('shares one login between concurrent callers', async () => {
    const argo = fakeArgoCd();
    const client = passwordClient();

    await Promise.all([1, 2, 3, 4].map(() => client.listApplications()));

    expect(argo.logins).toHaveLength(1);
  });

  it('renews the session shortly before it expires', async () => {
    const argo = fakeArgoCd(600);
    const client = passwordClient();

    await client.listApplications();
    clock += 500_000; // 100 s left: still outside the 60 s margin.
    await client.listApplications();
    clock += 50_000; // 50 s left: renewed before Argo CD refuses it.
    await client.listApplications();

    expect(argo.logins).toHaveLength(2);
    expect(new Set(argo.authorizations).size).toBe(2);
  });

  it('logs in again once when Argo CD rejects the session', async () => {
    const argo = fakeArgoCd();
    const client = passwordClient();
    await client.listApplications();

    argo.valid.clear(); // e.g. Argo CD restarted with a new secret key
    const apps = await client.listApplications();

    expect(apps).toHaveLength(1);
    expect(argo.logins).toHaveLength(2);
  });

  it('gives up after one renewal when the new session is refused too', async () => {
    const argo = fakeArgoCd();
    server.use(
      http.get(`${BASE}/api/v1/applications`, () =>
        HttpResponse.json({ message: 'no session' }, { status: 401 }),
      ),
    );

    await expect(passwordClient().listApplications()).rejects.toEqual(
      new AuthenticationError('no session'),
    );
    expect(argo.logins).toHaveLength(2);
  });

  it('uses a static token as is, without logging in', async () => {
    const argo = fakeArgoCd();
    const client = ArgoCdClient.create({
      baseUrl: BASE,
      auth: { type: 'token', token: 'static-api-token' },
    });

    await client.listApplications();
    argo.valid.clear();

    await expect(client.listApplications()).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    expect(argo.logins).toHaveLength(0);
    expect(argo.authorizations).toEqual([
      'Bearer static-api-token',
      'Bearer static-api-token',
    ]);
  });

  it('lists applications by label selector and projects', async () => {
    const argo = fakeArgoCd();

    const apps = await passwordClient().listApplications({
      selector: 'dso/project.slug=demo,dso/environment=dev',
      projects: ['demo-dev-5b1f-app', 'demo-dev-5b1f-env'],
    });

    expect(apps).toEqual([argoApplication('demo-dev-5b1f-backend-3843')]);
    expect(argo.selectors[0].get('selector')).toBe(
      'dso/project.slug=demo,dso/environment=dev',
    );
    expect(argo.selectors[0].getAll('projects')).toEqual([
      'demo-dev-5b1f-app',
      'demo-dev-5b1f-env',
    ]);
  });

  it('reads an empty list that Argo CD serialises as null', async () => {
    server.use(
      http.get(`${BASE}/api/v1/applications`, () =>
        HttpResponse.json({ metadata: {}, items: null }),
      ),
    );
    const client = ArgoCdClient.create({
      baseUrl: BASE,
      auth: { type: 'token', token: 'static-api-token' },
    });

    await expect(client.listApplications()).resolves.toEqual([]);
  });

  it('gets one application and maps a missing one to NotFoundError', async () => {
    server.use(
      http.get(`${BASE}/api/v1/applications/:name`, ({ params }) =>
        params.name === 'demo-dev-5b1f-env'
          ? HttpResponse.json(argoApplication('demo-dev-5b1f-env'))
          : HttpResponse.json(
              {
                error: 'not found',
                code: 5,
                message: `applications.argoproj.io "${params.name}" not found`,
              },
              { status: 404 },
            ),
      ),
    );
    const client = ArgoCdClient.create({
      baseUrl: BASE,
      auth: { type: 'token', token: 'static-api-token' },
    });

    await expect(
      client.getApplication('demo-dev-5b1f-env'),
    ).resolves.toMatchObject({
      metadata: { name: 'demo-dev-5b1f-env' },
      status: { health: { status: 'Healthy' } },
    });
    await expect(client.getApplication('missing')).rejects.toEqual(
      new NotFoundError('applications.argoproj.io "missing" not found'),
    );
  });
});

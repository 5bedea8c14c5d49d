import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { project } from '../__testUtils__/consoleFixtures';
import { CloudPiRequestEvent } from '../http/observer';
import { CloudPiConsoleClient } from './CloudPiConsoleClient';

const BASE = 'https://console.test';

describe('CloudPiConsoleClient credentials', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  function recordHeaders(): Headers[] {
    const seen: Headers[] = [];
    server.use(
      http.get(`${BASE}/api/v1/projects/demo`, ({ request }) => {
        seen.push(request.headers);
        return HttpResponse.json(project);
      }),
    );
    return seen;
  }

  const admin = CloudPiConsoleClient.create({
    baseUrl: BASE,
    credential: { type: 'token', token: 'admin-token-1234' },
  });

  it('sends an OIDC access token as a bearer token', async () => {
    const seen = recordHeaders();
    const client = CloudPiConsoleClient.create({
      baseUrl: BASE,
      credential: { type: 'bearer', token: 'user-oidc-token' },
    });

    await client.projects.get('demo');

    expect(seen[0].get('authorization')).toBe('Bearer user-oidc-token');
    expect(seen[0].get('x-dso-token')).toBeNull();
  });

  it('scopes a derived client to another credential without changing the original', async () => {
    const seen = recordHeaders();
    const asUser = admin.withCredential({
      type: 'token',
      token: 'user-pat-5678',
    });

    await asUser.projects.get('demo');
    await admin.projects.get('demo');

    expect(seen.map(h => h.get('x-dso-token'))).toEqual([
      'user-pat-5678',
      'admin-token-1234',
    ]);
  });

  it('refuses an empty credential before calling the console', () => {
    expect(() => admin.withCredential({ type: 'bearer', token: '' })).toThrow(
      expect.objectContaining({ name: 'AuthenticationError' }),
    );
  });

  it('reports requests to an observer attached to a derived client only', async () => {
    recordHeaders();
    const events: CloudPiRequestEvent[] = [];
    const observed = admin.withObserver(event => events.push(event));

    await observed.projects.get('demo');
    await admin.projects.get('demo');

    expect(events).toEqual([
      {
        upstream: 'console',
        method: 'GET',
        path: '/api/v1/projects/demo',
        status: 200,
        durationMs: expect.any(Number),
        attempt: 1,
      },
    ]);
  });
});

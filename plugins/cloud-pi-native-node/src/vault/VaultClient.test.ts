import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { CloudPiNativeTimeoutError } from '../http/errors';
import { VaultClient } from './VaultClient';

const BASE = 'https://vault.test';
const ROOT_TOKEN = 'hvs.static-token-0123';

/** A KV v2 engine mounted at `demo`, keeping versions like Vault does. */
function fakeKv(
  server: ReturnType<typeof setupServer>,
  acceptedTokens: Set<string>,
) {
  const store = new Map<
    string,
    { data: Record<string, unknown>; version: number }
  >();
  const requests: Array<{ method: string; url: URL; token: string | null }> =
    [];
  const denied = () =>
    HttpResponse.json({ errors: ['permission denied'] }, { status: 403 });
  const authorized = (request: Request) => {
    const token = request.headers.get('x-vault-token');
    requests.push({ method: request.method, url: new URL(request.url), token });
    return token !== null && acceptedTokens.has(token);
  };

  server.use(
    http.post(`${BASE}/v1/demo/data/*`, async ({ request, params }) => {
      if (!authorized(request)) return denied();
      const key = String(params[0]);
      const { data } = (await request.json()) as {
        data: Record<string, unknown>;
      };
      const version = (store.get(key)?.version ?? 0) + 1;
      store.set(key, { data, version });
      return HttpResponse.json({
        data: {
          version,
          created_time: '2026-05-04T08:30:00Z',
          destroyed: false,
        },
      });
    }),
    http.get(`${BASE}/v1/demo/data/*`, ({ request, params }) => {
      if (!authorized(request)) return denied();
      const secret = store.get(String(params[0]));
      if (!secret) return HttpResponse.json({ errors: [] }, { status: 404 });
      return HttpResponse.json({
        request_id: 'r',
        lease_id: '',
        renewable: false,
        lease_duration: 0,
        data: {
          data: secret.data,
          metadata: {
            version: secret.version,
            created_time: '2026-05-04T08:30:00Z',
          },
        },
      });
    }),
    http.delete(`${BASE}/v1/demo/data/*`, ({ request, params }) => {
      if (!authorized(request)) return denied();
      store.delete(String(params[0]));
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${BASE}/v1/demo/metadata/*`, ({ request, params }) => {
      if (!authorized(request)) return denied();
      if (new URL(request.url).searchParams.get('list') === null) {
        return HttpResponse.json(
          { errors: ['list expected'] },
          { status: 400 },
        );
      }
      const prefix = String(params[0] ?? '')
        .replace(/\/?$/, '/')
        .replace(/^\/$/, '');
      const keys = new Set<string>();
      for (const key of store.keys()) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        keys.add(rest.includes('/') ? `${rest.split('/')[0]}/` : rest);
      }
      return keys.size === 0
        ? HttpResponse.json({ errors: [] }, { status: 404 })
        : HttpResponse.json({ data: { keys: [...keys].sort() } });
    }),
  );
  return { store, requests };
}

describe('VaultClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const tokenClient = () =>
    VaultClient.create({
      url: BASE,
      auth: { type: 'token', token: ROOT_TOKEN },
    });

  it('writes, reads, lists and deletes secrets of the project mount', async () => {
    const kv = fakeKv(server, new Set([ROOT_TOKEN]));
    const client = tokenClient();

    await expect(
      client.writeSecret('demo', 'app/db', {
        USER: 'app',
        PASSWORD: 's3cr3t-value',
      }),
    ).resolves.toEqual({ version: 1, createdTime: '2026-05-04T08:30:00Z' });
    await client.writeSecret('demo', 'app/db', {
      USER: 'app',
      PASSWORD: 'rotated-value',
    });
    await client.writeSecret('demo', 'smtp', { HOST: 'smtp.example.fr' });

    await expect(client.readSecret('demo', 'app/db')).resolves.toEqual({
      data: { USER: 'app', PASSWORD: 'rotated-value' },
      version: 2,
      createdTime: '2026-05-04T08:30:00Z',
    });
    await expect(client.listSecrets('demo')).resolves.toEqual(['app/', 'smtp']);
    await expect(client.listSecrets('demo', 'app')).resolves.toEqual(['db']);

    await client.deleteSecret('demo', 'app/db');
    await expect(client.readSecret('demo', 'app/db')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(client.listSecrets('demo', 'app')).resolves.toEqual([]);
    expect(kv.requests.every(r => r.token === ROOT_TOKEN)).toBe(true);
  });

  it('encodes each path segment and refuses traversal', async () => {
    const kv = fakeKv(server, new Set([ROOT_TOKEN]));
    const client = tokenClient();

    await client.writeSecret('demo', '/my app/clé/', { A: 'b' });

    expect(kv.requests[0].url.pathname).toBe('/v1/demo/data/my%20app/cl%C3%A9');
    await expect(
      client.readSecret('demo', 'app/../../sys/mounts'),
    ).rejects.toMatchObject({
      name: 'InputError',
    });
    await expect(client.readSecret('demo', '')).rejects.toMatchObject({
      name: 'InputError',
    });
  });

  it('maps a refused token to NotAllowedError', async () => {
    fakeKv(server, new Set(['another-token']));

    await expect(tokenClient().readSecret('demo', 'app')).rejects.toEqual(
      new NotAllowedError('permission denied'),
    );
  });

  describe('with AppRole', () => {
    function fakeAppRole(leaseSeconds: number) {
      const accepted = new Set<string>();
      const logins: unknown[] = [];
      server.use(
        http.post(`${BASE}/v1/auth/approle/login`, async ({ request }) => {
          logins.push(await request.json());
          const token = `hvb.approle-${logins.length}`;
          accepted.add(token);
          return HttpResponse.json({
            auth: {
              client_token: token,
              lease_duration: leaseSeconds,
              renewable: false,
            },
          });
        }),
      );
      const kv = fakeKv(server, accepted);
      return { accepted, logins, kv };
    }

    const appRoleClient = () =>
      VaultClient.create({
        url: BASE,
        auth: {
          type: 'appRole',
          roleId: 'role-id',
          secretId: 'secret-id-0123',
          mountPath: 'approle',
        },
      });

    it('logs in once and reuses the token while it is valid', async () => {
      const vault = fakeAppRole(3600);
      const client = appRoleClient();

      await client.writeSecret('demo', 'a', { X: '1' });
      await client.readSecret('demo', 'a');

      expect(vault.logins).toEqual([
        { role_id: 'role-id', secret_id: 'secret-id-0123' },
      ]);
      expect(vault.kv.requests.map(r => r.token)).toEqual([
        'hvb.approle-1',
        'hvb.approle-1',
      ]);
    });

    it('logs in again once when the token is refused', async () => {
      const vault = fakeAppRole(3600);
      const client = appRoleClient();
      await client.writeSecret('demo', 'a', { X: '1' });

      vault.accepted.clear(); // revoked server-side
      await expect(client.readSecret('demo', 'a')).resolves.toMatchObject({
        data: { X: '1' },
      });

      expect(vault.logins).toHaveLength(2);
    });

    it('logs in again when the token is about to expire', async () => {
      const vault = fakeAppRole(10); // inside the renewal margin
      const client = appRoleClient();

      await client.writeSecret('demo', 'a', { X: '1' });
      await client.readSecret('demo', 'a');

      expect(vault.logins).toHaveLength(2);
    });
  });

  it('aborts a call that exceeds its timeout', async () => {
    server.use(
      http.get(`${BASE}/v1/demo/data/slow`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const client = VaultClient.create({
      url: BASE,
      auth: { type: 'token', token: ROOT_TOKEN },
      timeoutMs: 50,
    });

    await expect(client.readSecret('demo', 'slow')).rejects.toEqual(
      new CloudPiNativeTimeoutError({
        upstream: 'vault',
        method: 'GET',
        path: '/v1/demo/data/slow',
        timeoutMs: 50,
      }),
    );
  });
});

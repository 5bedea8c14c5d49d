import vault from 'node-vault';
import { stformSnapshot } from '../__testUtils__/projectSnapshots';
import {
  manualClock,
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { APPROLE_TOKEN_TTL_SECONDS } from './vaultStore';

const ENVELOPE_KEYS = [
  'auth',
  'data',
  'lease_duration',
  'lease_id',
  'mount_type',
  'renewable',
  'request_id',
  'warnings',
  'wrap_info',
];

describe('Vault fake, through node-vault', () => {
  const time = manualClock();
  let running: RunningToolWorld;
  let client: ReturnType<typeof vault>;

  beforeAll(async () => {
    running = await startToolWorld({ clock: time.clock });
    // Node's HTTP parser rejects the LIST verb before any handler runs, so
    // listing goes through `?list=true` (node-vault's documented option).
    client = vault({
      endpoint: `${running.url}/vault`,
      token: running.world.credentials.vaultToken,
      noCustomHTTPVerbs: true,
    });
  }, 120_000);
  afterAll(() => running.close());

  it('writes, reads, versions, lists and deletes KV v2 secrets', async () => {
    const written = await client.write('secret/data/team/db', {
      data: { user: 'app', password: 's3cret' },
    });
    expect(Object.keys(written).sort()).toEqual(ENVELOPE_KEYS);
    expect(written.data).toMatchObject({
      version: 1,
      destroyed: false,
      deletion_time: '',
    });

    await client.write('secret/data/team/db', {
      data: { user: 'app', password: 'rotated' },
      options: { cas: 1 },
    });
    await expect(
      client.write('secret/data/team/db', {
        data: { user: 'x' },
        options: { cas: 1 },
      }),
    ).rejects.toThrow(
      'check-and-set parameter did not match the current version',
    );

    const read = await client.read('secret/data/team/db');
    expect(Object.keys(read).sort()).toEqual(ENVELOPE_KEYS);
    expect(read).toMatchObject({
      lease_id: '',
      renewable: false,
      lease_duration: 0,
      mount_type: 'kv',
      data: {
        data: { user: 'app', password: 'rotated' },
        metadata: { version: 2, custom_metadata: null },
      },
    });
    const first = await client.read('secret/data/team/db?version=1');
    expect(first.data.data.password).toBe('s3cret');

    await client.write('secret/data/team/cache', {
      data: { url: 'redis://cache' },
    });
    await client.write('secret/data/shared', { data: { a: '1' } });
    expect((await client.list('secret/metadata')).data.keys).toEqual([
      'shared',
      'team/',
    ]);
    expect((await client.list('secret/metadata/team')).data.keys).toEqual([
      'cache',
      'db',
    ]);

    const metadata = await client.read('secret/metadata/team/db');
    expect(metadata.data).toMatchObject({
      current_version: 2,
      oldest_version: 1,
      versions: { 1: { destroyed: false }, 2: { destroyed: false } },
    });

    await client.delete('secret/data/team/db');
    const deleted = await fetch(`${running.url}/vault/v1/secret/data/team/db`, {
      headers: { 'X-Vault-Token': running.world.credentials.vaultToken },
    });
    expect(deleted.status).toBe(404);
    const body = await deleted.json();
    expect(body.data).toMatchObject({
      data: null,
      metadata: { version: 2, deletion_time: expect.stringMatching(/^\d{4}-/) },
    });

    await client.delete('secret/metadata/team/db');
    await expect(client.read('secret/data/team/db')).rejects.toMatchObject({
      response: { statusCode: 404, body: { errors: [] } },
    });
  });

  it('reports health and mounts, and enables a KV v2 mount', async () => {
    const health = await client.health();
    expect(health).toMatchObject({
      initialized: true,
      sealed: false,
      standby: false,
      version: '1.15.0',
    });

    await client.mount({
      mount_point: 'team-a',
      type: 'kv',
      options: { version: '2' },
    });
    const mounts = await client.mounts();
    expect(mounts.data['team-a/']).toMatchObject({
      type: 'kv',
      options: { version: '2' },
    });
    expect(mounts.data['forge-dso/']).toMatchObject({
      type: 'kv',
      options: { version: '2' },
    });
    expect(mounts['sys/']).toMatchObject({ type: 'system' });
    await expect(
      client.mount({ mount_point: 'team-a', type: 'kv' }),
    ).rejects.toThrow('path is already in use at team-a/');
    await client.write('team-a/data/app', { data: { k: 'v' } });
    expect((await client.read('team-a/data/app')).data.data).toEqual({
      k: 'v',
    });
  });

  it('looks the token up', async () => {
    const self = await client.tokenLookupSelf();
    expect(self.data).toMatchObject({
      id: running.world.credentials.vaultToken,
      policies: ['root'],
      path: 'auth/token/root',
      type: 'service',
      ttl: 0,
      expire_time: null,
    });
  });

  it("logs a provisioned project's AppRole in, with its policies", async () => {
    await running.world.provisioner.upsertProject(stformSnapshot());
    const role = await client.read('auth/approle/role/stform/role-id');
    const { data: secret } = await client.write(
      'auth/approle/role/stform/secret-id',
      {},
    );
    const app = vault({
      endpoint: `${running.url}/vault`,
      noCustomHTTPVerbs: true,
    });
    const login = await app.approleLogin({
      role_id: role.data.role_id,
      secret_id: secret.secret_id,
    });
    expect(login.auth).toMatchObject({
      token_type: 'batch',
      policies: ['default', 'tech--stform--ro', 'app--stform--admin'],
      metadata: { role_name: 'stform' },
      lease_duration: APPROLE_TOKEN_TTL_SECONDS,
    });
    expect(app.token).toBe(login.auth.client_token);

    // The AppRole may use the project mount and read the registry pull secret, nothing else.
    await app.write('stform/data/database', { data: { password: 'pw' } });
    expect((await app.read('stform/data/database')).data.data).toEqual({
      password: 'pw',
    });
    const pull = await app.read(
      'forge-dso/data/forge/projects/stform/REGISTRY/ro-robot',
    );
    expect(Object.keys(pull.data.data).sort()).toEqual([
      'DOCKER_CONFIG',
      'HOST',
      'TOKEN',
      'USERNAME',
    ]);
    await expect(
      app.read('forge-dso/data/forge/projects/stform/SONAR'),
    ).rejects.toMatchObject({
      response: {
        statusCode: 403,
        body: { errors: ['1 error occurred:\n\t* permission denied\n\n'] },
      },
    });
    expect((await app.tokenLookupSelf()).data).toMatchObject({
      type: 'batch',
      ttl: APPROLE_TOKEN_TTL_SECONDS,
    });

    time.advance((APPROLE_TOKEN_TTL_SECONDS + 1) * 1000);
    await expect(app.read('stform/data/database')).rejects.toMatchObject({
      response: { statusCode: 403, body: { errors: ['permission denied'] } },
    });
    await expect(
      app.approleLogin({ role_id: role.data.role_id, secret_id: 'wrong' }),
    ).rejects.toThrow('invalid role or secret ID');
  });

  it('answers `?list=true` and refuses missing or wrong tokens with 403', async () => {
    const listed = await fetch(
      `${running.url}/vault/v1/forge-dso/metadata/forge/projects/stform/?list=true`,
      {
        headers: { 'X-Vault-Token': running.world.credentials.vaultToken },
      },
    );
    expect((await listed.json()).data.keys).toEqual(
      expect.arrayContaining(['GITLAB', 'REGISTRY/', 'SONAR', 'tech/']),
    );
    const attempts: Array<Record<string, string>> = [
      {},
      { 'X-Vault-Token': 'hvs.wrong' },
    ];
    for (const headers of attempts) {
      const denied = await fetch(`${running.url}/vault/v1/secret/data/shared`, {
        headers,
      });
      expect(denied.status).toBe(403);
      expect(await denied.json()).toEqual({ errors: ['permission denied'] });
    }
    const unknown = await fetch(`${running.url}/vault/v1/nowhere/data/x`, {
      headers: { 'X-Vault-Token': running.world.credentials.vaultToken },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      errors: ['no handler for route "nowhere/data/x". route entry not found.'],
    });
  });
});

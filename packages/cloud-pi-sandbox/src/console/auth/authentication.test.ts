import { ADMIN_PERMS } from '@cpin/plugin-cloud-pi-native-common';
import type { Request } from 'express';
import { SignJWT, generateKeyPair } from 'jose';
import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../../__testUtils__/testSandbox';
import { ConsoleStore } from '../store/ConsoleStore';
import { Authenticator } from './authenticate';

describe('console authentication over HTTP', () => {
  let t: TestSandbox;

  beforeAll(async () => {
    t = await startTestSandbox();
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  it('answers 401 without credentials, in each server’s shape', async () => {
    const nest = await t.call('GET', '/api/v1/projects');
    expect(nest.status).toBe(401);
    expect(nest.body).toEqual({
      statusCode: 401,
      message: 'Not authenticated',
      error: 'Unauthorized',
    });
    const legacy = await t.call('GET', '/api/v1/clusters');
    expect(legacy.status).toBe(401);
    expect(legacy.body).toEqual({ message: 'Not authenticated' });
    const unknown = await t.call('GET', '/api/v1/projects', {
      token: 'inconnu',
    });
    expect(unknown.body.message).toBe('Not authenticated');
  });

  it('serves the public routes to anyone', async () => {
    expect((await t.call('GET', '/api/v1/version')).body).toEqual({
      version: '9.24.0',
    });
    expect((await t.call('GET', '/api/v1/healthz')).body).toEqual({
      status: 'OK',
    });
    expect((await t.call('GET', '/api/v1/health-services')).status).toBe(200);
  });

  it('does not check the token on routes guarded by the Keycloak adapter only', async () => {
    // The adapter is bypassed as soon as the header exists (console quirk).
    const zones = await t.call('GET', '/api/v1/zones', {
      token: 'nimporte-quoi',
    });
    expect(zones.status).toBe(200);
    expect(zones.body.map((z: any) => z.slug)).toEqual(['default', 'dr']);
    expect((await t.call('GET', '/api/v1/stages')).status).toBe(401);
    expect(
      (await t.call('GET', '/api/v1/users/matching?letters=a', { token: 'x' }))
        .status,
    ).toBe(200);
  });

  it('accepts a Bearer token of the realm', async () => {
    const bearer = await t.sandbox.issueAccessToken(DEMO.owner);
    const response = await t.call('GET', '/api/v1/projects', { bearer });
    expect(response.status).toBe(200);
    expect(response.body.map((p: any) => p.slug)).toEqual(
      expect.arrayContaining(['portail', 'sirh', 'intranet']),
    );
  });

  it('gives platform roles from the groups claim', async () => {
    const bearer = await t.sandbox.issueAccessToken(DEMO.admin);
    expect(
      (await t.call('GET', '/api/v1/projects?filter=all', { bearer })).status,
    ).toBe(200);
    const alice = await t.sandbox.issueAccessToken(DEMO.owner);
    expect(
      (await t.call('GET', '/api/v1/projects?filter=all', { bearer: alice }))
        .status,
    ).toBe(403);
  });

  it('refuses expired and forged tokens', async () => {
    const expired = await t.sandbox.issueAccessToken(DEMO.owner, {
      expiresInSeconds: -60,
    });
    expect(
      (await t.call('GET', '/api/v1/projects', { bearer: expired })).status,
    ).toBe(401);

    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const alice = t.sandbox.credentials.users.find(
      u => u.email === DEMO.owner,
    )!;
    const forged = await new SignJWT({
      email: DEMO.owner,
      groups: ['/console/admin'],
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer(t.sandbox.urls.oidcIssuer)
      .setSubject(alice.id)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(privateKey);
    const refused = await t.call('GET', '/api/v1/projects', { bearer: forged });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('Not authenticated');
  });

  it('requires a console user on NestJS routes; the legacy adapter creates it', async () => {
    const bearer = await t.sandbox.issueAccessToken(DEMO.realmOnly);
    expect((await t.call('GET', '/api/v1/projects', { bearer })).status).toBe(
      401,
    );
    const auth = await t.call('GET', '/api/v1/auth', { bearer });
    expect(auth.status).toBe(200);
    expect(auth.body).toMatchObject({
      email: DEMO.realmOnly,
      firstName: 'Frank',
      type: 'human',
    });
    expect((await t.call('GET', '/api/v1/projects', { bearer })).status).toBe(
      200,
    );
  });

  it('answers 401 on /auth for token callers (no session user)', async () => {
    expect(
      (await t.call('GET', '/api/v1/auth', t.pat(DEMO.owner))).status,
    ).toBe(401);
  });
});

describe('Authenticator', () => {
  function fakeRequest(headers: Record<string, string>): Request {
    return {
      header: (name: string) => headers[name.toLowerCase()],
    } as unknown as Request;
  }

  it('persists the platform roles matched by OIDC group', async () => {
    const store = new ConsoleStore();
    store.adminRoles.insert({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: 'Administrateur Plateforme',
      permissions: ADMIN_PERMS.LIST | ADMIN_PERMS.MANAGE,
      position: 0,
      oidcGroup: '/console/admin',
      type: 'system:managed',
    });
    const now = new Date().toISOString();
    store.users.insert({
      id: 'a1b2c3d4-0000-4000-8000-000000000002',
      firstName: 'A',
      lastName: 'B',
      email: 'a@b.fr',
      type: 'human',
      adminRoleIds: [],
      lastLogin: null,
      createdAt: now,
      updatedAt: now,
    });
    const authenticator = new Authenticator(store, {
      verify: async () => ({
        sub: 'a1b2c3d4-0000-4000-8000-000000000002',
        groups: ['/console/admin', '/autre'],
      }),
    });
    const requestor = await authenticator.authenticate(
      fakeRequest({ authorization: 'Bearer x' }),
      'nest',
    );
    expect(requestor.adminPermissions).toBe(
      ADMIN_PERMS.LIST | ADMIN_PERMS.MANAGE,
    );
    expect(store.users.get(requestor.user.id)!.adminRoleIds).toEqual([
      'a1b2c3d4-0000-4000-8000-000000000001',
    ]);
    expect(store.users.get(requestor.user.id)!.lastLogin).not.toBeNull();
  });
});

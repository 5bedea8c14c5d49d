import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { TestBrowser, formAction } from '../__testUtils__/browser';
import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

const REDIRECT_URI = 'http://localhost:9999/callback';

describe('Keycloak-style realm', () => {
  let t: TestSandbox;
  let discovery: Record<string, any>;
  let basic: string;

  beforeAll(async () => {
    t = await startTestSandbox({ extraRedirectUris: [REDIRECT_URI] });
    const response = await fetch(
      `${t.sandbox.urls.oidcIssuer}/.well-known/openid-configuration`,
    );
    discovery = await response.json();
    const { clientId, clientSecret } = t.sandbox.credentials.oidcClient;
    basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString(
      'base64',
    )}`;
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  async function authorize(
    browser: TestBrowser,
    extra: Record<string, string> = {},
  ): Promise<{ page: string; url: URL }> {
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: 'backstage',
      response_type: 'code',
      scope: 'openid profile email',
      redirect_uri: REDIRECT_URI,
      state: 'etat',
      nonce: 'nonce-1',
      ...extra,
    }).toString();
    const { response, url: landed } = await browser.follow(url.href);
    return { page: await response.text(), url: landed };
  }

  async function login(
    browser: TestBrowser,
    page: string,
    at: URL,
    username: string,
    password: string,
  ) {
    return browser.follow(
      new URL(formAction(page), at).href,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login: username, password }).toString(),
      },
      url => url.href.startsWith(REDIRECT_URI),
    );
  }

  async function token(body: Record<string, string>) {
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        authorization: basic,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(body).toString(),
    });
    return { status: response.status, body: await response.json() };
  }

  it('publishes Keycloak’s endpoint layout in its discovery document', () => {
    const issuer = t.sandbox.urls.oidcIssuer;
    expect(issuer).toMatch(/^http:\/\/localhost:\d+\/realms\/cloud-pi$/);
    expect(discovery.issuer).toBe(issuer);
    const endpoints = `${issuer}/protocol/openid-connect`;
    expect(discovery).toMatchObject({
      authorization_endpoint: `${endpoints}/auth`,
      token_endpoint: `${endpoints}/token`,
      jwks_uri: `${endpoints}/certs`,
      userinfo_endpoint: `${endpoints}/userinfo`,
      end_session_endpoint: `${endpoints}/logout`,
    });
    expect(discovery.code_challenge_methods_supported).toContain('S256');
  });

  it('runs the authorization-code flow through the login form', async () => {
    const browser = new TestBrowser();
    const { page, url } = await authorize(browser);
    expect(url.pathname).toMatch(/^\/realms\/cloud-pi\/login-actions\//);
    expect(page).toContain('name="login"');
    expect(page).toContain('name="password"');
    expect(page).toContain('Se connecter');

    const bob = t.sandbox.credentials.users.find(u => u.email === DEMO.devops)!;
    const wrong = await login(browser, page, url, DEMO.devops, 'mauvais');
    const retry = await wrong.response.text();
    expect(wrong.response.status).toBe(200);
    expect(retry).toContain('Identifiant ou mot de passe invalide.');

    const done = await login(
      browser,
      retry,
      wrong.url,
      'bob.durand',
      bob.password,
    );
    expect(done.url.origin + done.url.pathname).toBe(REDIRECT_URI);
    expect(done.url.searchParams.get('state')).toBe('etat');
    const code = done.url.searchParams.get('code')!;

    const tokens = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body.token_type).toBe('Bearer');
    const idToken = decodeJwt(tokens.body.id_token);
    expect(idToken).toMatchObject({
      iss: t.sandbox.urls.oidcIssuer,
      aud: 'backstage',
      sub: bob.id,
      nonce: 'nonce-1',
      email: DEMO.devops,
      given_name: 'Bob',
      family_name: 'Durand',
      preferred_username: 'bob.durand',
    });
    expect(idToken.groups).toEqual(
      expect.arrayContaining([
        '/portail',
        '/portail/console/devops',
        '/portail/console/staging/RW',
        '/cadastre',
      ]),
    );

    const access = decodeJwt(tokens.body.access_token);
    expect(decodeProtectedHeader(tokens.body.access_token).alg).toBe('RS256');
    expect(access).toMatchObject({
      iss: t.sandbox.urls.oidcIssuer,
      sub: bob.id,
      azp: 'backstage',
      email: DEMO.devops,
      groups: idToken.groups,
    });

    const userinfo = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.body.access_token}` },
    });
    expect(await userinfo.json()).toMatchObject({
      sub: bob.id,
      email: DEMO.devops,
      email_verified: true,
      groups: idToken.groups,
    });

    const projects = await t.call('GET', '/api/v1/projects', {
      bearer: tokens.body.access_token,
    });
    expect(projects.status).toBe(200);
    expect(projects.body.map((p: any) => p.slug)).toEqual(
      expect.arrayContaining(['portail', 'sirh', 'cadastre']),
    );

    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.access_token).sub).toBe(bob.id);
    const again = await t.call('GET', '/api/v1/projects', {
      bearer: refreshed.body.access_token,
    });
    expect(again.status).toBe(200);
  });

  it('signs with a key of its JWKS', async () => {
    const jwks = await (await fetch(discovery.jwks_uri)).json();
    expect(jwks.keys).toEqual([
      expect.objectContaining({
        kty: 'RSA',
        alg: 'RS256',
        use: 'sig',
        kid: expect.any(String),
      }),
    ]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const issued = await t.sandbox.issueAccessToken(DEMO.owner);
    expect(decodeProtectedHeader(issued).kid).toBe(jwks.keys[0].kid);
  });

  it('accepts PKCE and skips the login when a session exists', async () => {
    const browser = new TestBrowser();
    const first = await authorize(browser);
    const alice = t.sandbox.credentials.users.find(
      u => u.email === DEMO.owner,
    )!;
    await login(browser, first.page, first.url, alice.email, alice.password);

    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: 'backstage',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: REDIRECT_URI,
      state: 's2',
      prompt: 'none',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    const silent = await browser.follow(url.href, {}, u =>
      u.href.startsWith(REDIRECT_URI),
    );
    const code = silent.url.searchParams.get('code')!;
    expect(code).toBeTruthy();
    const refused = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: 'faux'.repeat(11),
    });
    expect(refused.status).toBe(400);
  });

  it('answers prompt=none with login_required when no session exists', async () => {
    const browser = new TestBrowser();
    const auth = new URL(discovery.authorization_endpoint);
    auth.search = new URLSearchParams({
      client_id: 'backstage',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: REDIRECT_URI,
      prompt: 'none',
    }).toString();
    const result = await browser.follow(auth.href, {}, u =>
      u.href.startsWith(REDIRECT_URI),
    );
    expect(result.url.searchParams.get('error')).toBe('login_required');
  });

  it('refuses a wrong client secret and an unregistered redirect URI', async () => {
    const wrong = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('backstage:mauvais').toString(
          'base64',
        )}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'x',
        redirect_uri: REDIRECT_URI,
      }).toString(),
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toBe('invalid_client');

    const { page } = await authorize(new TestBrowser(), {
      redirect_uri: 'http://evil.example/cb',
    });
    expect(page).toContain('redirect_uri');
  });

  it('renders an error page for an unknown or expired interaction', async () => {
    const response = await fetch(
      `${t.sandbox.urls.oidcIssuer}/login-actions/inconnue`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Une erreur est survenue');
  });

  it('refuses userinfo without a valid token', async () => {
    const response = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: 'Bearer pas-un-jwt' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('logs out through a confirmation page with a button', async () => {
    const browser = new TestBrowser();
    const first = await authorize(browser);
    const alice = t.sandbox.credentials.users.find(
      u => u.email === DEMO.owner,
    )!;
    await login(browser, first.page, first.url, alice.email, alice.password);

    const confirm = await browser.follow(discovery.end_session_endpoint);
    const page = await confirm.response.text();
    expect(page).toContain('Se déconnecter');
    const xsrf = page.match(/name="xsrf" value="([^"]+)"/)![1];
    const done = await browser.follow(
      new URL(formAction(page), confirm.url).href,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
      },
    );
    expect(await done.response.text()).toContain('Vous êtes déconnecté');

    // The session is gone: a silent authorization now needs a login.
    const silent = new URL(discovery.authorization_endpoint);
    silent.search = new URLSearchParams({
      client_id: 'backstage',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: REDIRECT_URI,
      prompt: 'none',
    }).toString();
    const result = await browser.follow(silent.href, {}, u =>
      u.href.startsWith(REDIRECT_URI),
    );
    expect(result.url.searchParams.get('error')).toBe('login_required');
  });
});

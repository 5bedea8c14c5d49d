import { readSpec } from '@cpin/cloud-pi-specs';
import { decodeJwt } from 'jose';
import { createHash, createHmac } from 'node:crypto';
import {
  DEMO_ENVIRONMENT,
  PROD_ENVIRONMENT,
  stformSnapshot,
} from '../__testUtils__/projectSnapshots';
import {
  manualClock,
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { swaggerValidator } from '../__testUtils__/swaggerValidator';

const sha4 = (value: string) =>
  createHash('sha1').update(value).digest('hex').slice(0, 4);
/** The console's `<h4(env)>`, computed independently of the common package. */
const h4 = (value: string) =>
  createHmac('sha256', '').update(value).digest('hex').slice(0, 4);

describe('Argo CD API fake', () => {
  const time = manualClock();
  const validate = swaggerValidator(
    readSpec('argocd', 'swagger.trimmed.json'),
    {
      strict: true,
    },
  );
  let running: RunningToolWorld;
  /** One session per zone: each zone's Argo CD signs its own. */
  const tokens: Record<string, string> = {};
  let infraApp: string;

  const argocd = (zone: string, path: string, init: RequestInit = {}) =>
    fetch(`${running.url}/argocd/${zone}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${tokens[zone]}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
  const login = async (zone = 'default') => {
    const response = await fetch(
      `${running.url}/argocd/${zone}/api/v1/session`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(running.world.credentials.argocd),
      },
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(validate('sessionSessionResponse', body)).toEqual([]);
    return body.token as string;
  };
  const names = async (zone: string, query: string) => {
    const response = await argocd(zone, `/api/v1/applications?${query}`);
    expect(response.status).toBe(200);
    return (
      (await response.json()).items as Array<{ metadata: { name: string } }>
    ).map(a => a.metadata.name);
  };

  beforeAll(async () => {
    running = await startToolWorld({
      clock: time.clock,
      argocdSessionTtlSeconds: 3600,
    });
    await running.world.provisioner.upsertProject(
      stformSnapshot({ environments: [DEMO_ENVIRONMENT, PROD_ENVIRONMENT] }),
    );
    tokens.default = await login('default');
    tokens.restricted = await login('restricted');
    infraApp = `stform-demo-3c58-infra-${sha4(
      `${running.url}/gitlab/forge/projects/stform/infra.git`,
    )}`;
  }, 120_000);
  afterAll(() => running.close());

  it('names and labels Applications like the GitOps charts (documented stform example)', async () => {
    expect(h4('demo')).toBe('3c58');
    const response = await argocd('default', '/api/v1/applications');
    const { items } = await response.json();
    const byName = Object.fromEntries(
      items.map((a: any) => [a.metadata.name, a]),
    );
    expect(Object.keys(byName).sort()).toEqual(
      [
        'hprod-stform-observability',
        'stform-demo-3c58-env',
        infraApp,
        'stform-formation-app-demo-root',
      ].sort(),
    );
    const common = {
      'dso/project': 'stform',
      'dso/project.id': DEMO_ENVIRONMENT.environment.projectId,
      'dso/project.slug': 'stform',
      'dso/environment': 'demo',
      'dso/environment.id': DEMO_ENVIRONMENT.environment.id,
    };
    expect(byName['stform-formation-app-demo-root'].metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'dso-console',
      'dso/projet': 'stform',
      'dso/environment': 'demo',
      'dso/type': 'root',
    });
    expect(byName['stform-demo-3c58-env'].metadata.labels).toEqual({
      ...common,
      'dso/type': 'infrastructure',
    });
    expect(byName[infraApp].metadata.labels).toEqual({
      ...common,
      'dso/repository': 'infra',
      'dso/repository.id': stformSnapshot().repositories[0].id,
      'dso/type': 'app',
    });
    expect(byName[infraApp]).toMatchObject({
      metadata: {
        namespace: 'argocd',
        finalizers: ['resources-finalizer.argocd.argoproj.io'],
      },
      spec: {
        project: 'stform-demo-3c58-app',
        source: {
          repoURL: `${running.url}/gitlab/forge/projects/stform/infra.git`,
          path: '.',
          targetRevision: 'HEAD',
          helm: { valueFiles: ['values.yaml', 'values-demo.yaml'] },
        },
        destination: {
          name: 'formation-app',
          namespace: expect.stringMatching(/^[0-9a-z]+--[0-9a-z]+$/),
        },
        syncPolicy: {
          automated: { prune: true, selfHeal: true, allowEmpty: true },
        },
      },
      status: {
        sync: { status: 'Synced' },
        health: { status: 'Healthy' },
        summary: { images: [expect.stringContaining('/stform/api:')] },
      },
    });
    expect(byName['hprod-stform-observability'].metadata.labels).toMatchObject({
      'dso/type': 'observability',
    });
    expect(await names('restricted', '')).toEqual(
      [
        'prod-stform-observability',
        'stform-prod-app-prod-root',
        `stform-prod-${h4('prod')}-env`,
        `stform-prod-${h4('prod')}-infra-${sha4(
          `${running.url}/gitlab/forge/projects/stform/infra.git`,
        )}`,
      ].sort(),
    );
  });

  it('filters with label selectors, projects and name', async () => {
    expect(await names('default', 'selector=dso/projet=stform')).toEqual([
      'stform-formation-app-demo-root',
    ]);
    expect(
      await names(
        'default',
        'selector=dso/project.slug=stform,dso/environment=demo',
      ),
    ).toEqual(['stform-demo-3c58-env', infraApp].sort());
    expect(
      await names('default', 'selector=dso/type in (root, infrastructure)'),
    ).toEqual(['stform-demo-3c58-env', 'stform-formation-app-demo-root']);
    expect(
      await names(
        'default',
        'selector=dso/type notin (app,observability),dso/type!=root',
      ),
    ).toEqual(['stform-demo-3c58-env']);
    expect(await names('default', 'selector=dso/repository')).toEqual([
      infraApp,
    ]);
    expect(await names('default', 'selector=!dso/environment')).toEqual([
      'hprod-stform-observability',
    ]);
    expect(
      await names(
        'default',
        'projects=stform-demo-3c58-app&projects=dso-project',
      ),
    ).toEqual([infraApp, 'stform-formation-app-demo-root'].sort());
    expect(await names('default', 'name=stform-demo-3c58-env')).toEqual([
      'stform-demo-3c58-env',
    ]);
    const invalid = await argocd(
      'default',
      '/api/v1/applications?selector=a%20in%20(b%20c)',
    );
    expect(invalid.status).toBe(400);
    expect(validate('runtimeError', await invalid.json())).toEqual([]);
  });

  it('returns objects valid against the Argo CD swagger definitions', async () => {
    const list = await (await argocd('default', '/api/v1/applications')).json();
    expect(validate('v1alpha1ApplicationList', list)).toEqual([]);
    for (const app of list.items) {
      expect({
        name: app.metadata.name,
        errors: validate('v1alpha1Application', app),
      }).toEqual({ name: app.metadata.name, errors: [] });
      const tree = await (
        await argocd(
          'default',
          `/api/v1/applications/${app.metadata.name}/resource-tree`,
        )
      ).json();
      expect(validate('v1alpha1ApplicationTree', tree)).toEqual([]);
    }
    expect(
      validate(
        'versionVersionMessage',
        await (await argocd('default', '/api/version')).json(),
      ),
    ).toEqual([]);
    expect(
      validate(
        'sessionGetUserInfoResponse',
        await (await argocd('default', '/api/v1/session/userinfo')).json(),
      ),
    ).toEqual([]);
    // The strict validator does catch a misspelt field.
    expect(
      validate('v1alpha1Application', {
        ...list.items[0],
        spec: { ...list.items[0].spec, destinaton: {} },
      }),
    ).not.toEqual([]);
  });

  it('gets one Application, its resource tree, and 404s like grpc-gateway', async () => {
    const app = await (
      await argocd('default', `/api/v1/applications/${infraApp}`)
    ).json();
    expect(app.metadata.name).toBe(infraApp);
    const { nodes } = await (
      await argocd('default', `/api/v1/applications/${infraApp}/resource-tree`)
    ).json();
    const deployment = nodes.find((n: any) => n.kind === 'Deployment');
    const replicaSet = nodes.find((n: any) => n.kind === 'ReplicaSet');
    const pod = nodes.find((n: any) => n.kind === 'Pod');
    expect(deployment).toMatchObject({
      name: 'api',
      group: 'apps',
      health: { status: 'Healthy' },
    });
    expect(replicaSet.parentRefs).toEqual([
      expect.objectContaining({ kind: 'Deployment', uid: deployment.uid }),
    ]);
    expect(pod.parentRefs).toEqual([
      expect.objectContaining({ kind: 'ReplicaSet', uid: replicaSet.uid }),
    ]);
    expect(nodes.map((n: any) => n.kind)).toContain('Service');

    const missing = await argocd('default', '/api/v1/applications/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: 'applications.argoproj.io "nope" not found',
      code: 5,
      message: 'applications.argoproj.io "nope" not found',
    });
    expect(
      (await argocd('restricted', `/api/v1/applications/${infraApp}`)).status,
    ).toBe(404);
  });

  it('follows new commits when automated, and turns OutOfSync otherwise', async () => {
    const before = await (
      await argocd('default', `/api/v1/applications/${infraApp}`)
    ).json();
    const prodApp = (await names('restricted', 'selector=dso/type=app'))[0];
    const gitlab = await fetch(
      `${running.url}/gitlab/api/v4/projects/forge%2Fprojects%2Fstform%2Finfra/repository/commits`,
      {
        method: 'POST',
        headers: {
          'PRIVATE-TOKEN': running.world.credentials.gitlabToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          branch: 'main',
          commit_message: 'Bump image',
          actions: [
            {
              action: 'create',
              file_path: 'values-demo.yaml',
              content: 'image: { tag: 1.2.0 }\n',
            },
          ],
        }),
      },
    );
    const commit = await gitlab.json();
    time.advance(60_000);
    const after = await (
      await argocd('default', `/api/v1/applications/${infraApp}`)
    ).json();
    expect(after.status.sync).toMatchObject({
      status: 'Synced',
      revision: commit.id,
    });
    expect(after.status.history.map((h: any) => h.revision)).toEqual([
      before.status.sync.revision,
      commit.id,
    ]);
    const prod = await (
      await argocd('restricted', `/api/v1/applications/${prodApp}`)
    ).json();
    expect(prod.status.sync.status).toBe('OutOfSync');
    expect(prod.status.sync.revision).toBe(before.status.sync.revision);
  });

  it('lets the demo degrade an Application', async () => {
    running.world.demo.setAppHealth(infraApp, 'OutOfSync', 'Degraded');
    const app = await (
      await argocd('default', `/api/v1/applications/${infraApp}`)
    ).json();
    expect(app.status.sync.status).toBe('OutOfSync');
    expect(app.status.health).toMatchObject({
      status: 'Degraded',
      message: 'Deployment "api" exceeded its progress deadline',
    });
    const { nodes } = await (
      await argocd('default', `/api/v1/applications/${infraApp}/resource-tree`)
    ).json();
    expect(nodes.find((n: any) => n.kind === 'Pod').health.status).toBe(
      'Degraded',
    );
    running.world.demo.setAppHealth(infraApp, 'Synced', 'Healthy');
    expect(() =>
      running.world.demo.setAppHealth('nope', 'Synced', 'Healthy'),
    ).toThrow('nope not found');
  });

  it('issues expiring JWT sessions and refuses anything else with a grpc 401', async () => {
    const claims = decodeJwt(tokens.default);
    expect(claims).toMatchObject({ iss: 'argocd', sub: 'admin:login' });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(
      await (await argocd('default', '/api/v1/session/userinfo')).json(),
    ).toEqual({
      loggedIn: true,
      username: 'admin',
      iss: 'argocd',
      groups: [],
    });
    const byCookie = await fetch(
      `${running.url}/argocd/default/api/v1/applications`,
      {
        headers: { cookie: `argocd.token=${tokens.default}` },
      },
    );
    expect(byCookie.status).toBe(200);

    const anonymous = await fetch(
      `${running.url}/argocd/default/api/v1/applications`,
    );
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: 'no session information',
      code: 16,
      message: 'no session information',
    });
    const badLogin = await fetch(
      `${running.url}/argocd/default/api/v1/session`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'wrong' }),
      },
    );
    expect(badLogin.status).toBe(401);
    expect(await badLogin.json()).toEqual({
      error: 'Invalid username or password',
      code: 16,
      message: 'Invalid username or password',
    });

    time.advance(3601 * 1000);
    const expired = await argocd('default', '/api/v1/applications');
    expect(expired.status).toBe(401);
    expect((await expired.json()).message).toBe(
      'invalid session: token has invalid claims: token is expired',
    );
    expect(
      await (await argocd('default', '/api/v1/session/userinfo')).json(),
    ).toEqual({ loggedIn: false });
    tokens.default = await login('default');
    expect((await argocd('default', '/api/v1/applications')).status).toBe(200);
    // Each zone's Argo CD signs its own sessions.
    const otherZone = await fetch(
      `${running.url}/argocd/restricted/api/v1/applications`,
      {
        headers: { authorization: `Bearer ${tokens.default}` },
      },
    );
    expect(otherZone.status).toBe(401);
    expect((await otherZone.json()).message).toBe(
      'invalid session: token signature is invalid: signature is invalid',
    );
  });
});

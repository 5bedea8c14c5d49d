import {
  argoCdEnvAppName,
  argoCdObservabilityAppName,
  argoCdRootAppName,
  argoCdWorkloadAppName,
  gitlabRepoUrl,
  namespaceName,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import { consoleClient } from './__testUtils__/consoleClient';
import { DEMO } from './__testUtils__/testSandbox';
import type { Sandbox } from './sandbox/createSandbox';
import { startSandbox } from './startSandbox';

describe('startSandbox with the tool fakes', () => {
  let sandbox: Sandbox;
  let call: ReturnType<typeof consoleClient>;
  const pat = (email: string) => ({
    token: sandbox.credentials.users.find(u => u.email === email)!.pat!,
  });

  async function argocd(zone: string, path: string) {
    const session = await fetch(
      `${sandbox.url}/argocd/${zone}/api/v1/session`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(sandbox.credentials.tools.argocd),
      },
    );
    const { token } = await session.json();
    const response = await fetch(`${sandbox.url}/argocd/${zone}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return response.json();
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    call = consoleClient(sandbox.urls.console);
  }, 120_000);
  afterAll(() => sandbox.stop());

  it('exposes one URL per stand-in on one port', () => {
    const { url, urls } = sandbox;
    expect(urls).toMatchObject({
      console: `${url}/console`,
      oidcIssuer: `${url}/realms/cloud-pi`,
      gitlab: `${url}/gitlab`,
      vault: `${url}/vault`,
      sonarqube: `${url}/sonarqube`,
      grafana: `${url}/grafana`,
    });
    expect(urls.argocd).toEqual({
      default: `${url}/argocd/default`,
      dr: `${url}/argocd/dr`,
    });
    expect(Object.keys(urls.kubernetes)).toEqual(
      expect.arrayContaining([
        'ovh-hprod',
        'ovh-prod',
        'dr-restreint',
        'ia-gpu',
      ]),
    );
    expect(sandbox.credentials.tools.argocd.username).toBe('admin');
  });

  it('names everything as the documented stform example', async () => {
    const admin = pat(DEMO.admin);
    const alice = pat(DEMO.owner);
    const zones = (await call('GET', '/api/v1/zones', admin)).body;
    const dev = (await call('GET', '/api/v1/stages', admin)).body.find(
      (s: any) => s.name === 'dev',
    );
    const cluster = await call('POST', '/api/v1/clusters', admin, {
      label: 'formation-app',
      clusterResources: false,
      privacy: 'public',
      zoneId: zones.find((z: any) => z.slug === 'default').id,
      stageIds: [dev.id],
      cpu: 0,
      gpu: 0,
      memory: 0,
      kubeconfig: { user: {}, cluster: { tlsServerName: 'formation-app' } },
    });
    expect(cluster.status).toBe(201);
    const project = (
      await call('POST', '/api/v1/projects', alice, {
        name: 'stform',
        limitless: true,
        hprodCpu: 0,
        hprodGpu: 0,
        hprodMemory: 0,
        prodCpu: 0,
        prodGpu: 0,
        prodMemory: 0,
      })
    ).body;
    const env = await call(
      'POST',
      `/api/v2/projects/${project.id}/environments`,
      alice,
      {
        name: 'demo',
        stageId: dev.id,
        clusterId: cluster.body.id,
        cpu: 1,
        gpu: 0,
        memory: 2,
        autosync: true,
      },
    );
    expect(env.status).toBe(201);
    const repo = await call(
      'POST',
      `/api/v2/projects/${project.id}/repositories`,
      alice,
      {
        internalRepoName: 'infra',
        isPrivate: false,
        isInfra: true,
      },
    );
    expect(repo.status).toBe(201);
    expect(
      (await call('GET', '/api/v1/projects/stform', alice)).body.status,
    ).toBe('created');

    expect(argoCdEnvAppName('stform', 'demo')).toBe('stform-demo-3c58-env');
    expect(argoCdRootAppName('stform', 'formation-app', 'demo')).toBe(
      'stform-formation-app-demo-root',
    );
    // The root Application only carries `dso/projet` (sic): list them all.
    const apps = await argocd('default', '/api/v1/applications');
    const names = apps.items.map((a: any) => a.metadata.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'stform-demo-3c58-env',
        'stform-formation-app-demo-root',
        argoCdObservabilityAppName('stform', 'hprod'),
        argoCdWorkloadAppName(
          'stform',
          'demo',
          'infra',
          gitlabRepoUrl(
            sandbox.urls.gitlab,
            'forge/projects',
            'stform',
            'infra',
          ),
        ),
      ]),
    );
    const envApp = apps.items.find(
      (a: any) => a.metadata.name === 'stform-demo-3c58-env',
    );
    expect(envApp.spec.destination).toEqual({
      name: 'formation-app',
      namespace: namespaceName(project.id, env.body.id),
    });

    const services = (
      await call('GET', `/api/v1/projects/${project.id}/services`, alice)
    ).body;
    const argo = services.find((s: any) => s.name === 'argocd');
    expect(argo.urls[0]).toEqual({
      name: 'ArgoCD DSO',
      to: `${sandbox.url}/argocd/default/applications?showFavorites=false&proj=&sync=&health=&namespace=&cluster=&labels=&search=stform`,
    });
    const observability = services.find((s: any) => s.name === 'observability');
    expect(observability.urls).toEqual([
      { name: 'Hors production', to: `${sandbox.url}/grafana/hprod-stform` },
    ]);

    const namespaces = await fetch(
      `${sandbox.url}/kubernetes/formation-app/api/v1/namespaces`,
      {
        headers: {
          authorization: `Bearer ${sandbox.credentials.tools.kubernetesToken}`,
        },
      },
    );
    const items = (await namespaces.json()).items.map(
      (n: any) => n.metadata.name,
    );
    expect(items).toContain(namespaceName(project.id, env.body.id));
  });

  it('shows the demo states in the tools', async () => {
    const gate = await fetch(
      `${
        sandbox.urls.sonarqube
      }/api/qualitygates/project_status?projectKey=${sonarQubeProjectKey(
        'portail',
        'api',
      )}`,
      {
        headers: {
          authorization: `Basic ${Buffer.from(
            `${sandbox.credentials.tools.sonarqubeToken}:`,
          ).toString('base64')}`,
        },
      },
    );
    expect((await gate.json()).projectStatus.status).toBe('ERROR');

    const repoUrl = (slug: string, repo: string) =>
      gitlabRepoUrl(sandbox.urls.gitlab, 'forge/projects', slug, repo);
    const outOfSync = await argocd(
      'default',
      `/api/v1/applications/${argoCdWorkloadAppName(
        'portail',
        'staging',
        'infra',
        repoUrl('portail', 'infra'),
      )}`,
    );
    expect(outOfSync.status.sync.status).toBe('OutOfSync');
    const degraded = await argocd(
      'dr',
      `/api/v1/applications/${argoCdWorkloadAppName(
        'sirh',
        'prod',
        'sirh-infra',
        repoUrl('sirh', 'sirh-infra'),
      )}`,
    );
    expect(degraded.status.health.status).toBe('Degraded');
  });

  it('reads the project secrets from the Vault stand-in', async () => {
    const secrets = (
      await call('GET', '/api/v1/projects/portail/secrets', pat(DEMO.owner))
    ).body;
    expect(secrets.GITLAB).toMatchObject({
      PROJECT_SLUG: 'portail',
      GIT_MIRROR_PROJECT_ID: expect.any(String),
      GIT_MIRROR_TOKEN: expect.any(String),
    });
    expect(secrets.GITLAB['CURL COMMAND']).toContain(
      `${sandbox.urls.gitlab}/api/v4/projects/`,
    );
    expect(secrets.VAULT).toEqual({
      '.spec.mount': 'portail',
      '.spec.vaultAuthRef': 'vault-auth',
    });
    expect(
      (
        await call(
          'GET',
          '/api/v1/projects/portail/secrets',
          pat(DEMO.developer),
        )
      ).status,
    ).toBe(403);
  });

  it('keeps a private repository token in Vault only', async () => {
    const token = 'ghp_private-token-of-the-test';
    const created = await call(
      'POST',
      '/api/v2/projects/portail/repositories',
      pat(DEMO.owner),
      {
        internalRepoName: 'privee',
        externalRepoUrl: 'https://github.com/example/privee.git',
        isInfra: false,
        isPrivate: true,
        externalUserName: 'robot',
        externalToken: token,
      },
    );
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(token);

    const vault = await fetch(
      `${sandbox.urls.vault}/v1/forge-dso/data/forge/projects/portail/privee-mirror`,
      { headers: { 'X-Vault-Token': sandbox.credentials.tools.vaultToken } },
    );
    expect((await vault.json()).data.data).toMatchObject({
      GIT_INPUT_USER: 'robot',
      GIT_INPUT_PASSWORD: token,
    });
    const listed = await call(
      'GET',
      '/api/v2/projects/portail/repositories',
      pat(DEMO.owner),
    );
    expect(JSON.stringify(listed.body)).not.toContain(token);
  });

  it('answers 404 for unknown zones and clusters', async () => {
    const zone = await fetch(`${sandbox.url}/argocd/nulle-part/api/version`);
    expect(zone.status).toBe(404);
    expect(await zone.json()).toEqual({ message: 'Unknown zone nulle-part' });
    expect((await fetch(`${sandbox.url}/kubernetes/inconnu/api`)).status).toBe(
      404,
    );
    expect((await fetch(`${sandbox.url}/nulle-part`)).status).toBe(404);
  });

  it('serves a page at the console deep links', async () => {
    const page = await fetch(`${sandbox.urls.console}/projects/portail`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Projet portail');
    expect(
      (await fetch(`${sandbox.urls.console}/projects/inconnu`)).status,
    ).toBe(404);
  });
});

import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import argocdPlugin from '@backstage-community/plugin-argocd-backend';
import sonarqubePlugin from '@backstage-community/plugin-sonarqube-backend';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import proxyPlugin from '@backstage/plugin-proxy-backend';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import catalogModuleCloudPiNative from '@cpin/plugin-catalog-backend-module-cloud-pi-native';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import yaml from 'yaml';

/*
 * The community plugins the catalog provider writes annotations for, run
 * against the sandbox on the entities the provider imports:
 * - the SonarQube backend (@backstage-community/plugin-sonarqube-backend
 *   1.2.0), through its entity summary route;
 * - the Argo CD backend (@backstage-community/plugin-argocd-backend 1.5.0),
 *   through the route its frontend calls for `argocd/app-selector` on each
 *   instance of `argocd/instance-name`;
 * - the Kubernetes backend, through the workloads query of its content tab;
 * - the Grafana plugin (@backstage-community/plugin-grafana 0.21.0, frontend
 *   only): its calls through the proxy, as its GrafanaApiClient makes them
 *   (search by tag, unified alerting rules and alerts), per `grafana/host-id`.
 */

jest.setTimeout(180_000);

let sandbox: Sandbox;
let backend: Awaited<ReturnType<typeof startTestBackend>>;
let kubernetes: ChildProcess | undefined;
let kubernetesUrl: string;
const workDir = mkdtempSync(path.join(tmpdir(), 'cpin-community-'));
const user = mockCredentials.user('user:default/alice.martin');
const auth = {
  Authorization: mockCredentials.user.header(user.principal.userEntityRef),
};

async function entity(ref: string): Promise<Entity> {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  const response = await request(backend.server)
    .get(`/api/catalog/entities/by-name/${kind}/${namespace}/${name}`)
    .set(auth);
  if (response.status !== 200) {
    throw new Error(`${ref}: catalog answered ${response.status}`);
  }
  return response.body;
}

async function waitForEntities(): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const response = await request(backend.server)
      .get('/api/catalog/entities/by-query?filter=kind=component&limit=100')
      .set(auth);
    const names: string[] = (response.body.items ?? []).map(
      (e: Entity) => e.metadata.name,
    );
    if (names.includes('urbanisme-web') && names.includes('portail-api'))
      return;
    if (Date.now() > deadline) throw new Error('The provider imported nothing');
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const { urls, credentials } = sandbox;
  const tools = credentials.tools;
  const zones = Object.entries(urls.argocd);
  backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleCloudPiNative,
      sonarqubePlugin,
      argocdPlugin,
      proxyPlugin,
      // The real scheduler: the provider's first run starts right away.
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          cloudPiNative: {
            instances: [
              {
                name: 'sandbox',
                consoleUrl: urls.console,
                token: credentials.adminToken,
                projectsRootDir: 'forge/projects',
                gitlab: { url: urls.gitlab, token: tools.gitlabToken },
                grafana: { url: urls.grafana },
              },
            ],
          },
          catalog: {
            rules: [{ allow: ['Component', 'System', 'Resource', 'Group'] }],
            providers: {
              cloudPiNative: {
                sandbox: {
                  schedule: {
                    frequency: { minutes: 30 },
                    timeout: { minutes: 2 },
                    initialDelay: { seconds: 0 },
                  },
                },
              },
            },
          },
          sonarqube: { baseUrl: urls.sonarqube, apiKey: tools.sonarqubeToken },
          // Argo CD instances named after the zones (`argocd/instance-name`).
          argocd: {
            appLocatorMethods: [
              {
                type: 'config',
                instances: zones.map(([zone, url]) => ({
                  name: zone,
                  url,
                  username: tools.argocd.username,
                  password: tools.argocd.password,
                })),
              },
            ],
          },
          // One proxy endpoint for the Grafana root, as the catalog module's README says.
          proxy: {
            endpoints: {
              '/cpin-grafana': {
                target: urls.grafana,
                headers: { Authorization: `Bearer ${tools.grafanaToken}` },
              },
            },
          },
        },
      }),
    ],
  });
  await waitForEntities();
  kubernetesUrl = await startKubernetesBackend();
}, 240_000);

afterAll(async () => {
  kubernetes?.kill();
  await backend?.stop();
  await sandbox?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/**
 * Starts the Kubernetes backend on the imported entities, clusters named
 * after the console labels (`backstage.io/kubernetes-cluster`).
 */
async function startKubernetesBackend(): Promise<string> {
  const response = await request(backend.server)
    .get('/api/catalog/entities?filter=metadata.namespace=sandbox')
    .set(auth);
  const entitiesFile = path.join(workDir, 'entities.json');
  writeFileSync(entitiesFile, JSON.stringify(response.body));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const configFile = path.join(workDir, 'app-config.yaml');
  writeFileSync(
    configFile,
    yaml.stringify({
      backend: {
        baseUrl,
        listen: { port, host: '127.0.0.1' },
        database: { client: 'better-sqlite3', connection: ':memory:' },
        auth: { dangerouslyDisableDefaultAuthPolicy: true },
      },
      kubernetes: {
        serviceLocatorMethod: { type: 'multiTenant' },
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: Object.entries(sandbox.urls.kubernetes).map(
              ([label, url]) => ({
                name: label,
                url,
                authProvider: 'serviceAccount',
                serviceAccountToken: sandbox.credentials.tools.kubernetesToken,
                skipTLSVerify: true,
              }),
            ),
          },
        ],
      },
    }),
  );
  kubernetes = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      path.join(__dirname, '__testUtils__/kubernetesBackend.ts'),
      '--config',
      configFile,
    ],
    {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, CPIN_ENTITIES: entitiesFile, NODE_ENV: 'test' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  kubernetes.stderr?.on('data', chunk => {
    stderr += chunk;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const health = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (health.ok) return baseUrl;
    } catch {
      // Not listening yet.
    }
    if (kubernetes.exitCode !== null || Date.now() > deadline) {
      throw new Error(`The Kubernetes backend did not start: ${stderr}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe('community plugins on the imported entities', () => {
  it.each([
    'component:sandbox/portail-api',
    'component:sandbox/portail-front',
    'component:sandbox/urbanisme-web',
    'component:sandbox/urbanisme-instruction',
    'component:sandbox/sirh-sirh-app',
  ])('SonarQube backend: findings of %s', async ref => {
    const { metadata } = await entity(ref);
    const [kind, rest] = ref.split(':');
    const response = await request(backend.server)
      .get(`/api/sonarqube/entities/${kind}/${rest}/summary`)
      .set(auth);

    expect(response.status).toBe(200);
    expect(response.body.componentKey).toBe(
      metadata.annotations!['sonarqube.org/project-key'],
    );
    const metrics = Object.fromEntries(
      response.body.findings.measures.map((m: any) => [m.metric, m.value]),
    );
    expect(metrics).toHaveProperty('alert_status');
    expect(metrics).toHaveProperty('coverage');
  });

  it.each([
    // An application repository deployed by the infra repository…
    [
      'component:sandbox/portail-api',
      /^portail-(dev|staging|prod)-[0-9a-f]{4}-infra-[0-9a-f]{4}$/,
      3,
    ],
    // …by console Deployments (dev and prod)…
    [
      'component:sandbox/urbanisme-web',
      /^urbanisme-(dev|prod)-[0-9a-f]{4}-web-[0-9a-f]{4}$/,
      2,
    ],
    [
      'component:sandbox/urbanisme-instruction',
      /^urbanisme-dev-[0-9a-f]{4}-instruction-[0-9a-f]{4}$/,
      1,
    ],
    // …an environment, and a project in two zones.
    [
      'resource:sandbox/urbanisme-prod',
      /^urbanisme-prod-c626-(env|web-[0-9a-f]{4})$/,
      2,
    ],
    ['system:sandbox/cadastre', /^(cadastre|hprod|prod)-/, 8],
  ])('Argo CD backend: applications of %s', async (ref, pattern, count) => {
    const annotations = (await entity(ref)).metadata.annotations!;
    const selector = annotations['argocd/app-selector'];
    const instances = annotations['argocd/instance-name'].split(',');
    const names: string[] = [];
    for (const instance of instances) {
      const response = await request(backend.server)
        .get(
          `/api/backstage-community-argocd/argoInstance/${instance}/applications/selector/${encodeURIComponent(
            selector,
          )}`,
        )
        .set(auth);
      expect(response.status).toBe(200);
      names.push(...response.body.items.map((a: any) => a.metadata.name));
    }
    expect({ ref, names: names.sort() }).toEqual({
      ref,
      names: expect.arrayContaining([expect.stringMatching(pattern)]),
    });
    expect(names.filter(name => pattern.test(name))).toHaveLength(count);
  });

  it.each([
    ['component:sandbox/portail-api', 'ovh-prod', ['api']],
    ['component:sandbox/urbanisme-web', 'ovh-prod', ['web']],
    ['component:sandbox/urbanisme-instruction', 'ovh-hprod', ['instruction']],
    ['resource:sandbox/portail-staging', 'ovh-hprod', ['api', 'front']],
  ])(
    'Kubernetes backend: workloads of %s on %s',
    async (ref, cluster, deployments) => {
      const response = await request(kubernetesUrl)
        .post('/api/kubernetes/resources/workloads/query')
        .send({ entityRef: ref, auth: {} });

      expect([
        response.status,
        response.status === 200 || response.body,
      ]).toEqual([200, true]);
      const clusters = response.body.items.filter((item: any) =>
        item.resources.some(
          (r: any) => r.type === 'deployments' && r.resources.length > 0,
        ),
      );
      expect(clusters.map((c: any) => c.cluster.name)).toEqual([cluster]);
      const names = clusters[0].resources
        .find((r: any) => r.type === 'deployments')
        .resources.map((d: any) => d.metadata.name)
        .sort();
      expect(names).toEqual(deployments);
      expect(clusters[0].errors).toEqual([]);
    },
  );

  it.each([
    ['component:sandbox/portail-api', 'prod-portail', ['portail · api'], 1],
    [
      'component:sandbox/urbanisme-web',
      'prod-urbanisme',
      ['urbanisme · web'],
      1,
    ],
    [
      'resource:sandbox/urbanisme-dev',
      'hprod-urbanisme',
      ['Kubernetes / Views / Namespaces'],
      1,
    ],
    [
      'system:sandbox/portail',
      'prod-portail',
      ['Kubernetes / Views / Namespaces'],
      1,
    ],
  ])(
    'Grafana plugin calls through the proxy: %s',
    async (ref, hostId, dashboards, rules) => {
      const annotations = (await entity(ref)).metadata.annotations!;
      expect(annotations['grafana/host-id']).toBe(hostId);
      // The proxyPath of the `grafana.hosts` entry of that instance.
      const api = `/api/proxy/cpin-grafana/${hostId}`;

      // dashboardsByTag: a one-word selector is searched as a tag.
      const search = await request(backend.server)
        .get(
          `${api}/api/search?type=dash-db&limit=1000&page=0&tag=${annotations['grafana/dashboard-selector']}`,
        )
        .set(auth);
      expect(search.status).toBe(200);
      expect(search.body.map((d: any) => d.title)).toEqual(dashboards);
      expect(search.body[0].url).toMatch(new RegExp(`^/${hostId}/d/`));

      // unifiedAlertsForSelector: rules and alert instances, matched on label=value.
      const rulesResponse = await request(backend.server)
        .get(`${api}/api/ruler/grafana/api/v1/rules`)
        .set(auth);
      const alerts = await request(backend.server)
        .get(`${api}/api/prometheus/grafana/api/v1/alerts`)
        .set(auth);
      expect([rulesResponse.status, alerts.status]).toEqual([200, 200]);
      const selectors = annotations['grafana/alert-label-selector'].split(',');
      const matching = Object.values(rulesResponse.body)
        .flat()
        .flatMap((group: any) => group.rules)
        .filter((rule: any) =>
          selectors.some(selector => {
            const [label, value] = selector.split('=');
            return rule.labels?.[label] === value;
          }),
        );
      expect(matching).toHaveLength(rules);
      const instances = alerts.body.data.alerts.filter((alert: any) =>
        matching.some(
          (rule: any) => rule.grafana_alert.title === alert.labels.alertname,
        ),
      );
      expect(instances).toHaveLength(rules);
    },
  );

  it('refuses Grafana API calls that miss the proxy token, like Grafana', async () => {
    const response = await fetch(
      `${sandbox.urls.grafana}/prod-portail/api/search?tag=api`,
    );
    expect(response.status).toBe(401);
    const through = await request(backend.server)
      .get('/api/proxy/cpin-grafana/prod-portail/api/dashboards/home')
      .set(auth);
    expect([through.status, through.body]).toEqual([
      404,
      { message: 'Not found' },
    ]);
  });

  it('never leaks the platform tokens into the entities', async () => {
    const response = await request(backend.server)
      .get('/api/catalog/entities?filter=metadata.namespace=sandbox')
      .set(auth);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(sandbox.credentials.adminToken);
    expect(text).not.toContain(sandbox.credentials.tools.grafanaToken);
    expect(response.body.map((e: Entity) => stringifyEntityRef(e))).toContain(
      'component:sandbox/urbanisme-web',
    );
  });
});

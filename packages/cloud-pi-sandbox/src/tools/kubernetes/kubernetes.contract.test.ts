import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  VersionApi,
} from '@kubernetes/client-node';
import { readSpec } from '@cpin/cloud-pi-specs';
import { namespaceName } from '@cpin/plugin-cloud-pi-native-common';
import {
  DEMO_ENVIRONMENT,
  PROD_ENVIRONMENT,
  stformSnapshot,
} from '../__testUtils__/projectSnapshots';
import {
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { swaggerValidator } from '../__testUtils__/swaggerValidator';

const core = 'io.k8s.api.core.v1';
const meta = 'io.k8s.apimachinery.pkg.apis.meta.v1';

describe('Kubernetes API server fake, through @kubernetes/client-node', () => {
  const validate = swaggerValidator(
    readSpec('kubernetes', 'swagger.trimmed.json'),
    { strict: true },
  );
  let running: RunningToolWorld;
  let config: KubeConfig;
  const projectId = DEMO_ENVIRONMENT.environment.projectId;
  const demoNamespace = namespaceName(
    projectId,
    DEMO_ENVIRONMENT.environment.id,
  );

  const kubeConfig = (cluster: string, token: string) => {
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: cluster,
          server: `${running.url}/kubernetes/${cluster}`,
          skipTLSVerify: true,
        },
      ],
      users: [{ name: 'reader', token }],
      contexts: [{ name: 'sandbox', cluster, user: 'reader' }],
      currentContext: 'sandbox',
    });
    return kc;
  };
  const raw = async (cluster: string, path: string) => {
    const response = await fetch(
      `${running.url}/kubernetes/${cluster}${path}`,
      {
        headers: {
          authorization: `Bearer ${running.world.credentials.kubernetesToken}`,
        },
      },
    );
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    running = await startToolWorld();
    await running.world.provisioner.upsertProject(
      stformSnapshot({ environments: [DEMO_ENVIRONMENT, PROD_ENVIRONMENT] }),
    );
    config = kubeConfig(
      'formation-app',
      running.world.credentials.kubernetesToken,
    );
  }, 120_000);
  afterAll(() => running.close());

  it('lists the environment namespace with the console labels', async () => {
    const list = await config
      .makeApiClient(CoreV1Api)
      .listNamespace({ labelSelector: 'dso/project.slug=stform' });
    expect(list.items.map(n => n.metadata?.name)).toEqual([demoNamespace]);
    expect(list.items[0].metadata?.labels).toEqual({
      'app.kubernetes.io/managed-by': 'dso-console',
      'dso/project': 'stform',
      'dso/project.id': projectId,
      'dso/project.slug': 'stform',
      'dso/environment': 'demo',
      'dso/environment.id': DEMO_ENVIRONMENT.environment.id,
      'kubernetes.io/metadata.name': demoNamespace,
    });
    const all = await config.makeApiClient(CoreV1Api).listNamespace();
    expect(all.items.map(n => n.metadata?.name)).toEqual(
      expect.arrayContaining([
        'default',
        'kube-system',
        'argocd',
        demoNamespace,
      ]),
    );
    expect(
      (await config.makeApiClient(VersionApi).getCode()).gitVersion,
    ).toMatch(/^v1\.\d+\.\d+$/);
  });

  it('reads the dso-quota ResourceQuota in canonical quantities', async () => {
    const quota = await config
      .makeApiClient(CoreV1Api)
      .readNamespacedResourceQuota({
        name: 'dso-quota',
        namespace: demoNamespace,
      });
    const hard = {
      'limits.cpu': '2',
      'limits.memory': '4Gi',
      'requests.cpu': '2',
      'requests.memory': '4Gi',
      'requests.nvidia.com/gpu': '0',
    };
    expect(quota.spec?.hard).toEqual(hard);
    expect(quota.status?.used).toEqual({
      'limits.cpu': '500m',
      'limits.memory': '512Mi',
      'requests.cpu': '100m',
      'requests.memory': '128Mi',
      'requests.nvidia.com/gpu': '0',
    });
    const prodNamespace = namespaceName(
      projectId,
      PROD_ENVIRONMENT.environment.id,
    );
    const prod = await kubeConfig(
      'prod-app',
      running.world.credentials.kubernetesToken,
    )
      .makeApiClient(CoreV1Api)
      .readNamespacedResourceQuota({
        name: 'dso-quota',
        namespace: prodNamespace,
      });
    expect(prod.spec?.hard).toEqual({
      'limits.cpu': '4500m',
      'limits.memory': '1536Mi',
      'requests.cpu': '4500m',
      'requests.memory': '1536Mi',
      'requests.nvidia.com/gpu': '1',
    });
  });

  it('lists pods and deployments with label selectors', async () => {
    const pods = await config.makeApiClient(CoreV1Api).listNamespacedPod({
      namespace: demoNamespace,
      labelSelector: 'dso/repository=api,app.kubernetes.io/name in (api)',
    });
    expect(pods.items).toHaveLength(1);
    expect(pods.items[0]).toMatchObject({
      metadata: {
        name: expect.stringMatching(/^api-[a-z0-9]{10}-[a-z0-9]{5}$/),
        namespace: demoNamespace,
      },
      status: {
        phase: 'Running',
        containerStatuses: [expect.objectContaining({ ready: true })],
      },
    });
    expect(
      (
        await config.makeApiClient(CoreV1Api).listNamespacedPod({
          namespace: demoNamespace,
          labelSelector: 'dso/repository=other',
        })
      ).items,
    ).toEqual([]);
    const deployments = await config
      .makeApiClient(AppsV1Api)
      .listNamespacedDeployment({ namespace: demoNamespace });
    expect(
      deployments.items.map(d => [d.metadata?.name, d.status?.readyReplicas]),
    ).toEqual([['api', 1]]);
  });

  it('serves the zone Argo CD Applications deploying to the cluster as CRDs', async () => {
    const list = (await config
      .makeApiClient(CustomObjectsApi)
      .listNamespacedCustomObject({
        group: 'argoproj.io',
        version: 'v1alpha1',
        namespace: 'argocd',
        plural: 'applications',
        labelSelector: 'dso/project.slug=stform',
      })) as {
      kind: string;
      items: Array<{
        apiVersion: string;
        kind: string;
        metadata: { name: string };
      }>;
    };
    expect(list.kind).toBe('ApplicationList');
    expect(list.items.map(a => a.metadata.name).sort()).toEqual(
      expect.arrayContaining([
        'hprod-stform-observability',
        'stform-demo-3c58-env',
      ]),
    );
    expect(
      list.items.every(
        a =>
          a.apiVersion === 'argoproj.io/v1alpha1' && a.kind === 'Application',
      ),
    ).toBe(true);
    expect(
      list.items.some(a => a.metadata.name.startsWith('stform-prod-')),
    ).toBe(false);
  });

  it('serves pod logs', async () => {
    const client = config.makeApiClient(CoreV1Api);
    const [pod] = (await client.listNamespacedPod({ namespace: demoNamespace }))
      .items;
    const log = await client.readNamespacedPodLog({
      name: pod.metadata!.name!,
      namespace: demoNamespace,
      tailLines: 2,
    });
    expect(log.trim().split('\n')).toEqual([
      expect.stringMatching(/INFO {2}GET \/health\/ready 200/),
      expect.stringMatching(/INFO {2}GET \/health\/live 200/),
    ]);
  });

  it('derives pods from the Application health', async () => {
    const app = (
      await raw(
        'formation-app',
        '/api/v1/pods?labelSelector=dso/repository=api',
      )
    ).body.items[0].metadata.labels['app.kubernetes.io/instance'];
    running.world.demo.setAppHealth(app, 'Synced', 'Degraded');
    const degraded = (
      await raw('formation-app', `/api/v1/namespaces/${demoNamespace}/pods`)
    ).body.items[0];
    expect(degraded.status.containerStatuses[0]).toMatchObject({
      ready: false,
      restartCount: 7,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
    });
    running.world.demo.setAppHealth(app, 'OutOfSync', 'Missing');
    expect(
      (await raw('formation-app', `/api/v1/namespaces/${demoNamespace}/pods`))
        .body.items,
    ).toEqual([]);
    expect(
      (
        await raw(
          'formation-app',
          `/apis/apps/v1/namespaces/${demoNamespace}/deployments`,
        )
      ).body.items,
    ).toEqual([]);
    running.world.demo.setAppHealth(app, 'Synced', 'Healthy');
  });

  it('returns objects valid against the Kubernetes OpenAPI definitions', async () => {
    const cases: Array<[string, string]> = [
      ['/api', `${meta}.APIVersions`],
      ['/apis', `${meta}.APIGroupList`],
      ['/api/v1', `${meta}.APIResourceList`],
      ['/apis/apps/v1', `${meta}.APIResourceList`],
      ['/apis/argoproj.io/v1alpha1', `${meta}.APIResourceList`],
      ['/version', 'io.k8s.apimachinery.pkg.version.Info'],
      ['/api/v1/namespaces', `${core}.NamespaceList`],
      [
        `/api/v1/namespaces/${demoNamespace}/resourcequotas`,
        `${core}.ResourceQuotaList`,
      ],
      [`/api/v1/namespaces/${demoNamespace}/pods`, `${core}.PodList`],
      [`/api/v1/namespaces/${demoNamespace}/services`, `${core}.ServiceList`],
      [
        `/apis/apps/v1/namespaces/${demoNamespace}/deployments`,
        'io.k8s.api.apps.v1.DeploymentList',
      ],
      [
        `/apis/apps/v1/namespaces/${demoNamespace}/replicasets`,
        'io.k8s.api.apps.v1.ReplicaSetList',
      ],
      ['/api/v1/namespaces/nope', `${meta}.Status`],
    ];
    for (const [path, definition] of cases) {
      const { body } = await raw('formation-app', path);
      expect({ path, errors: validate(definition, body) }).toEqual({
        path,
        errors: [],
      });
    }
    const pod = (
      await raw('formation-app', `/api/v1/namespaces/${demoNamespace}/pods`)
    ).body.items[0];
    expect(
      validate(`${core}.Pod`, {
        ...pod,
        spec: { ...pod.spec, nodename: pod.spec.nodeName },
      }),
    ).not.toEqual([]);
    const metrics = (
      await raw(
        'formation-app',
        `/apis/metrics.k8s.io/v1beta1/namespaces/${demoNamespace}/pods`,
      )
    ).body;
    expect(metrics.items[0].containers[0].usage).toEqual({
      cpu: expect.stringMatching(/^\d+n$/),
      memory: expect.stringMatching(/^\d+Ki$/),
    });
  });

  it('answers errors with Status objects, like a read-only ServiceAccount sees them', async () => {
    const client = config.makeApiClient(CoreV1Api);
    const notFound = await client
      .readNamespace({ name: 'nope' })
      .catch(error => error);
    expect(notFound).toBeInstanceOf(ApiException);
    expect(notFound.code).toBe(404);
    expect(JSON.parse(notFound.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'namespaces "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'namespaces' },
      code: 404,
    });
    const forbidden = await client
      .createNamespace({ body: { metadata: { name: 'x' } } })
      .catch(error => error);
    expect(forbidden.code).toBe(403);
    expect(JSON.parse(forbidden.body)).toMatchObject({
      reason: 'Forbidden',
      code: 403,
    });
    const secrets = await raw(
      'formation-app',
      `/api/v1/namespaces/${demoNamespace}/secrets`,
    );
    expect(secrets.status).toBe(403);

    const anonymous = await kubeConfig('formation-app', 'wrong-token')
      .makeApiClient(CoreV1Api)
      .listNamespace()
      .catch(error => error);
    expect(anonymous.code).toBe(401);
    const unauthorized = await fetch(
      `${running.url}/kubernetes/formation-app/api/v1/namespaces`,
    );
    expect(await unauthorized.json()).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      code: 401,
    });
  });

  it('paginates lists with limit and continue', async () => {
    const first = (await raw('formation-app', '/api/v1/namespaces?limit=2'))
      .body;
    expect(first.items).toHaveLength(2);
    expect(first.metadata.remainingItemCount).toBeGreaterThan(0);
    const rest = (
      await raw(
        'formation-app',
        `/api/v1/namespaces?limit=100&continue=${first.metadata.continue}`,
      )
    ).body;
    expect(rest.metadata.continue).toBeUndefined();
    const all = (
      await raw('formation-app', '/api/v1/namespaces')
    ).body.items.map((n: any) => n.metadata.name);
    expect(
      [...first.items, ...rest.items].map((n: any) => n.metadata.name),
    ).toEqual(all);
  });
});

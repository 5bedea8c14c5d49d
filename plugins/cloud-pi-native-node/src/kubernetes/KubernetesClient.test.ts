import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { argoApplication } from '../__testUtils__/argoFixtures';
import { CloudPiNativeTimeoutError } from '../http/errors';
import { CloudPiRequestEvent } from '../http/observer';
import { KubernetesClient } from './KubernetesClient';

const BASE = 'https://k8s.test';
const TOKEN = 'sa-token-0123456789';
const NAMESPACE = 'd3j6ckjd79zg8clcvwl18l5sq--2v3m1k4x9z';

function status(code: number, reason: string, message: string) {
  return HttpResponse.json(
    {
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message,
      reason,
      code,
    },
    { status: code },
  );
}

describe('KubernetesClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const events: CloudPiRequestEvent[] = [];
  const client = KubernetesClient.create({
    cluster: 'ovh-hprod',
    url: BASE,
    token: TOKEN,
    timeoutMs: 1_000,
    onRequest: event => events.push(event),
  });
  beforeEach(() => {
    events.length = 0;
  });

  it('reads a namespace with the service account token', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/api/v1/namespaces/${NAMESPACE}`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: {
            name: NAMESPACE,
            labels: { 'dso/project.slug': 'demo', 'dso/environment': 'dev' },
            creationTimestamp: '2026-05-04T08:16:00Z',
          },
          status: { phase: 'Active' },
        });
      }),
    );

    await expect(client.getNamespace(NAMESPACE)).resolves.toEqual({
      name: NAMESPACE,
      labels: { 'dso/project.slug': 'demo', 'dso/environment': 'dev' },
      annotations: {},
      phase: 'Active',
      createdAt: '2026-05-04T08:16:00.000Z',
    });
    expect(authorization).toBe(`Bearer ${TOKEN}`);
    expect(events).toEqual([
      {
        upstream: 'kubernetes',
        method: 'GET',
        path: `/api/v1/namespaces/${NAMESPACE}`,
        status: 200,
        durationMs: expect.any(Number),
        attempt: 1,
      },
    ]);
  });

  it('reads the dso-quota usage with parsed quantities', async () => {
    server.use(
      http.get(
        `${BASE}/api/v1/namespaces/${NAMESPACE}/resourcequotas/dso-quota`,
        () =>
          HttpResponse.json({
            apiVersion: 'v1',
            kind: 'ResourceQuota',
            metadata: { name: 'dso-quota', namespace: NAMESPACE },
            spec: {
              hard: {
                'limits.cpu': '2',
                'limits.memory': '4Gi',
                'requests.nvidia.com/gpu': '0',
              },
            },
            status: {
              hard: {
                'limits.cpu': '2',
                'limits.memory': '4Gi',
                'requests.nvidia.com/gpu': '0',
              },
              used: { 'limits.cpu': '1500m', 'limits.memory': '512Mi' },
            },
          }),
      ),
    );

    await expect(client.getResourceQuotaUsage(NAMESPACE)).resolves.toEqual({
      name: 'dso-quota',
      namespace: NAMESPACE,
      resources: {
        'limits.cpu': {
          hard: { raw: '2', value: 2 },
          used: { raw: '1500m', value: 1.5 },
        },
        'limits.memory': {
          hard: { raw: '4Gi', value: 4 * 1024 ** 3 },
          used: { raw: '512Mi', value: 512 * 1024 ** 2 },
        },
        'requests.nvidia.com/gpu': {
          hard: { raw: '0', value: 0 },
          used: undefined,
        },
      },
    });
  });

  it('lists Argo CD Applications of a namespace by label selector', async () => {
    let selector: string | null = null;
    server.use(
      http.get(
        `${BASE}/apis/argoproj.io/v1alpha1/namespaces/argocd/applications`,
        ({ request }) => {
          selector = new URL(request.url).searchParams.get('labelSelector');
          return HttpResponse.json({
            apiVersion: 'argoproj.io/v1alpha1',
            kind: 'ApplicationList',
            metadata: {},
            items: [argoApplication('demo-dev-5b1f-env')],
          });
        },
      ),
    );

    const apps = await client.listArgoCdApplications({
      namespace: 'argocd',
      labelSelector: 'dso/project.slug=demo',
    });

    expect(apps).toEqual([argoApplication('demo-dev-5b1f-env')]);
    expect(selector).toBe('dso/project.slug=demo');
  });

  it('lists the workloads of a namespace by label selector', async () => {
    let selector: string | null = null;
    server.use(
      http.get(
        `${BASE}/apis/apps/v1/namespaces/${NAMESPACE}/deployments`,
        ({ request }) => {
          selector = new URL(request.url).searchParams.get('labelSelector');
          return HttpResponse.json({
            apiVersion: 'apps/v1',
            kind: 'DeploymentList',
            metadata: { resourceVersion: '42' },
            items: [
              {
                metadata: {
                  name: 'api',
                  namespace: NAMESPACE,
                  labels: { 'dso/repository': 'api', app: 'api' },
                },
                spec: {
                  selector: { matchLabels: { app: 'api' } },
                  template: {
                    metadata: { labels: { app: 'api' } },
                    spec: { containers: [{ name: 'api', image: 'api:1' }] },
                  },
                },
              },
            ],
          });
        },
      ),
    );

    await expect(
      client.listWorkloads(NAMESPACE, 'dso/repository'),
    ).resolves.toEqual([
      {
        name: 'api',
        namespace: NAMESPACE,
        labels: { 'dso/repository': 'api', app: 'api' },
      },
    ]);
    expect(selector).toBe('dso/repository');
  });

  it('lists Argo CD Applications cluster-wide', async () => {
    server.use(
      http.get(`${BASE}/apis/argoproj.io/v1alpha1/applications`, () =>
        HttpResponse.json({ kind: 'ApplicationList', metadata: {}, items: [] }),
      ),
    );

    await expect(client.listArgoCdApplications()).resolves.toEqual([]);
  });

  it('maps Kubernetes Status failures to Backstage errors', async () => {
    server.use(
      http.get(`${BASE}/api/v1/namespaces/missing`, () =>
        status(404, 'NotFound', 'namespaces "missing" not found'),
      ),
      http.get(`${BASE}/api/v1/namespaces/secret`, () =>
        status(
          403,
          'Forbidden',
          'namespaces "secret" is forbidden: User "system:serviceaccount:backstage:reader" cannot get resource',
        ),
      ),
    );

    await expect(client.getNamespace('missing')).rejects.toEqual(
      new NotFoundError('namespaces "missing" not found'),
    );
    await expect(client.getNamespace('secret')).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    expect(events.map(e => e.status)).toEqual([404, 403]);
  });

  it('aborts a call that exceeds its timeout', async () => {
    server.use(
      http.get(`${BASE}/api/v1/namespaces/slow`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const impatient = KubernetesClient.create({
      cluster: 'ovh-hprod',
      url: BASE,
      token: TOKEN,
      timeoutMs: 50,
    });

    await expect(impatient.getNamespace('slow')).rejects.toEqual(
      new CloudPiNativeTimeoutError({
        upstream: 'kubernetes',
        method: 'GET',
        path: '/api/v1/namespaces/slow',
        timeoutMs: 50,
      }),
    );
  });
});

describe('KubernetesClient.create', () => {
  it('refuses a plain http API server unless TLS verification is skipped', () => {
    expect(() =>
      KubernetesClient.create({
        cluster: 'local',
        url: 'http://127.0.0.1:6443',
        token: 't',
      }),
    ).toThrow(expect.objectContaining({ name: 'InputError' }));
    expect(
      KubernetesClient.create({
        cluster: 'local',
        url: 'http://127.0.0.1:6443',
        token: 't',
        skipTLSVerify: true,
      }),
    ).toBeInstanceOf(KubernetesClient);
  });
});

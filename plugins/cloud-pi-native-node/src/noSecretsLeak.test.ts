import { LoggerService } from '@backstage/backend-plugin-api';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { inspect } from 'util';
import { fakeJwt } from './__testUtils__/argoFixtures';
import { DefaultCloudPiService } from './service/DefaultCloudPiService';
import { CloudPiInstanceRequestEvent } from './service/types';

/**
 * Drives every client into failures with known secret values and checks
 * that none of them appears in a thrown error (message, stack, cause chain,
 * properties), a log line or an observer event.
 */

const SECRETS = {
  consoleToken: 'console-admin-token-7f3a9c1e',
  userToken: 'user-oidc-token-2b8d4f6a',
  externalToken: 'ghp_externalRepoToken0d9c',
  sonarToken: 'squ_sonarToken5e7a1b3c',
  argoPassword: 'argo-password-8c2e4a6f',
  argoSession: fakeJwt(4_102_444_800, 'argo-session-subject-91ab'),
  vaultSecretId: 'vault-secret-id-3f5b7d9e',
  vaultToken: 'hvb.vault-client-token-6a8c',
  vaultValue: 'db-password-value-4d6f8b0a',
  gitlabToken: 'glpat-gitlabToken1c3e5a7b',
  kubeToken: 'kube-sa-token-9e1c3a5b7d',
};
const ALL_SECRETS = Object.values(SECRETS);

const C = 'https://console.test';
const S = 'https://sonarqube.test';
const A = 'https://argocd.test';
const V = 'https://vault.test';
const G = 'https://gitlab.test';
const K = 'https://k8s.test';

/** A logger keeping every call, children included. */
function capturingLogger(calls: unknown[][], meta: object = {}): LoggerService {
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      calls.push([level, meta, ...args]);
    };
  return {
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
    child: extra => capturingLogger(calls, { ...meta, ...extra }),
  };
}

/** Every text an error could expose, including nested causes and properties. */
function exposedText(error: unknown): string {
  return [
    inspect(error, { depth: 20, showHidden: true, getters: true }),
    String(error),
    (error as Error)?.stack ?? '',
    JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})),
  ].join('\n');
}

/** Credentials of the configuration: every client knows (and hides) them all. */
const CONFIGURED = [
  SECRETS.consoleToken,
  SECRETS.sonarToken,
  SECRETS.argoPassword,
  SECRETS.vaultSecretId,
  SECRETS.gitlabToken,
  SECRETS.kubeToken,
];

/**
 * An upstream answer echoing secrets back, as a careless server or proxy
 * would: every configured credential, plus the values this very upstream
 * received during the call (user token, session token, written values).
 */
const echoing = (...received: string[]) =>
  `leaked: ${[...CONFIGURED, ...received].join(' ')}`;
const echo = echoing();

describe('no secret ever leaks', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const logs: unknown[][] = [];
  const events: CloudPiInstanceRequestEvent[] = [];
  const service = DefaultCloudPiService.fromConfig(
    new ConfigReader({
      cloudPiNative: {
        instances: [
          {
            name: 'default',
            consoleUrl: C,
            token: SECRETS.consoleToken,
            projectsRootDir: 'forge/projects',
            timeouts: { requestMs: 100, provisioningMs: 100 },
            retries: { max: 1, baseDelayMs: 1, maxDelayMs: 5 },
            sonarqube: { url: S, token: SECRETS.sonarToken },
            argocd: [
              {
                zone: 'default',
                url: A,
                username: 'admin',
                password: SECRETS.argoPassword,
              },
            ],
            vault: {
              url: V,
              appRole: { roleId: 'role-id', secretId: SECRETS.vaultSecretId },
            },
            gitlab: { url: G, token: SECRETS.gitlabToken },
            kubernetes: [
              { cluster: 'ovh-hprod', url: K, token: SECRETS.kubeToken },
            ],
          },
        ],
      },
    }),
    { logger: capturingLogger(logs) },
  );
  service.addRequestObserver(event => events.push(event));
  const instance = service.getInstance('default');

  const jsonFailure = (status: number, body: object) => () =>
    HttpResponse.json(body, { status });
  const hang = async () => {
    await delay('infinite');
    return HttpResponse.json({});
  };

  const scenarios: Array<[string, () => void, () => Promise<unknown>]> = [
    [
      'console 400 echoing the request',
      () =>
        server.use(
          http.post(
            `${C}/api/v2/projects/demo/repositories`,
            jsonFailure(400, {
              message: echoing(SECRETS.userToken, SECRETS.externalToken),
            }),
          ),
        ),
      () =>
        instance
          .consoleAs({ type: 'bearer', token: SECRETS.userToken })
          .repositories.create('demo', {
            internalRepoName: 'backend',
            isInfra: false,
            isPrivate: true,
            externalRepoUrl: 'https://github.com/x/backend.git',
            externalToken: SECRETS.externalToken,
          }),
    ],
    [
      'console 400 zod body echoing values',
      () =>
        server.use(
          http.post(
            `${C}/api/v1/projects`,
            jsonFailure(400, {
              formErrors: [echo],
              fieldErrors: { name: [echo] },
            }),
          ),
        ),
      () =>
        instance.console.projects.create({
          name: 'demo',
          limitless: true,
          hprodCpu: 0,
          hprodGpu: 0,
          hprodMemory: 0,
          prodCpu: 0,
          prodGpu: 0,
          prodMemory: 0,
        }),
    ],
    [
      'console 401',
      () =>
        server.use(
          http.get(`${C}/api/v1/projects`, jsonFailure(401, { message: echo })),
        ),
      () => instance.console.projects.list(),
    ],
    [
      'console 403',
      () =>
        server.use(
          http.get(
            `${C}/api/v1/projects/demo`,
            jsonFailure(403, { statusCode: 403, message: echo, error: echo }),
          ),
        ),
      () => instance.console.projects.get('demo'),
    ],
    [
      'console 404',
      () =>
        server.use(
          http.get(
            `${C}/api/v1/projects/demo/secrets`,
            jsonFailure(404, { message: echo }),
          ),
        ),
      () => instance.console.projects.getSecrets('demo'),
    ],
    [
      'console legacy 500 with stack',
      () =>
        server.use(
          http.get(
            `${C}/api/v1/zones`,
            jsonFailure(500, { status: 500, error: echo, stack: echo }),
          ),
        ),
      () => instance.console.platform.listZones(),
    ],
    [
      'console 502 HTML page',
      () =>
        server.use(
          http.get(
            `${C}/api/v1/stages`,
            () =>
              new HttpResponse(`<html>${echo}</html>`, {
                status: 502,
                headers: { 'content-type': 'text/html' },
              }),
          ),
        ),
      () => instance.console.platform.listStages(),
    ],
    [
      'console 503 after retries',
      () =>
        server.use(
          http.get(`${C}/api/v1/clusters`, jsonFailure(503, { message: echo })),
        ),
      () => instance.console.platform.listClusters(),
    ],
    [
      'console invalid body',
      () =>
        server.use(
          http.get(`${C}/api/v1/version`, () =>
            HttpResponse.json({ version: 42, token: echo }),
          ),
        ),
      () => instance.console.system.getVersion(),
    ],
    [
      'console network error',
      () =>
        server.use(http.get(`${C}/api/v1/healthz`, () => HttpResponse.error())),
      () => instance.console.system.getHealth(),
    ],
    [
      'console timeout',
      () => server.use(http.put(`${C}/api/v1/projects/demo/hooks`, hang)),
      () => instance.console.projects.replayHooks('demo'),
    ],
    [
      'SonarQube 401',
      () =>
        server.use(
          http.get(
            `${S}/api/qualitygates/project_status`,
            jsonFailure(401, { errors: [{ msg: echo }] }),
          ),
        ),
      () => instance.sonarqube!.getQualityGateStatus('k'),
    ],
    [
      'Argo CD login refused',
      () =>
        server.use(
          http.post(`${A}/api/v1/session`, jsonFailure(401, { message: echo })),
        ),
      () => instance.argocd('default')!.listApplications(),
    ],
    [
      'Argo CD 500 after login',
      () =>
        server.use(
          http.post(`${A}/api/v1/session`, () =>
            HttpResponse.json({ token: SECRETS.argoSession }),
          ),
          http.get(
            `${A}/api/v1/applications`,
            jsonFailure(500, {
              error: echo,
              message: echoing(SECRETS.argoSession),
            }),
          ),
        ),
      () => instance.argocd('default')!.listApplications(),
    ],
    [
      'Vault login then 500 on write',
      () =>
        server.use(
          http.post(`${V}/v1/auth/approle/login`, () =>
            HttpResponse.json({
              auth: { client_token: SECRETS.vaultToken, lease_duration: 3600 },
            }),
          ),
          http.post(
            `${V}/v1/demo/data/app`,
            jsonFailure(500, {
              errors: [echoing(SECRETS.vaultToken, SECRETS.vaultValue)],
            }),
          ),
        ),
      () =>
        instance.vault!.writeSecret('demo', 'app', {
          PASSWORD: SECRETS.vaultValue,
        }),
    ],
    [
      'Vault network error',
      () =>
        server.use(
          http.get(`${V}/v1/demo/data/app`, () => HttpResponse.error()),
        ),
      () => instance.vault!.readSecret('demo', 'app'),
    ],
    [
      'Vault timeout',
      () => server.use(http.get(`${V}/v1/demo/data/slow`, hang)),
      () => instance.vault!.readSecret('demo', 'slow'),
    ],
    [
      'GitLab 500',
      () =>
        server.use(
          http.get(
            `${G}/api/v4/projects/:id/pipelines`,
            jsonFailure(500, { message: echo }),
          ),
        ),
      () =>
        instance.gitlab!.getLatestPipeline('forge/projects/demo/app', 'main'),
    ],
    [
      'GitLab network error',
      () =>
        server.use(
          http.get(`${G}/api/v4/projects/:id/pipelines`, () =>
            HttpResponse.error(),
          ),
        ),
      () =>
        instance.gitlab!.getLatestPipeline('forge/projects/demo/app', 'main'),
    ],
    [
      'GitLab variable refused',
      () =>
        server.use(
          http.get(
            `${G}/api/v4/projects/:id/variables/TOKEN`,
            jsonFailure(404, { message: '404 Variable Not Found' }),
          ),
          http.post(
            `${G}/api/v4/projects/:id/variables`,
            jsonFailure(403, { message: echoing(SECRETS.vaultValue) }),
          ),
        ),
      () =>
        instance.gitlab!.setProjectVariable(42, {
          key: 'TOKEN',
          value: SECRETS.vaultValue,
          masked: true,
        }),
    ],
    [
      'Kubernetes 401',
      () =>
        server.use(
          http.get(
            `${K}/api/v1/namespaces/ns`,
            jsonFailure(401, { kind: 'Status', message: echo, code: 401 }),
          ),
        ),
      () => instance.kubernetes('ovh-hprod')!.getNamespace('ns'),
    ],
    [
      'Kubernetes network error',
      () =>
        server.use(
          http.get(`${K}/api/v1/namespaces/ns`, () => HttpResponse.error()),
        ),
      () => instance.kubernetes('ovh-hprod')!.getNamespace('ns'),
    ],
    [
      'Kubernetes timeout',
      () => server.use(http.get(`${K}/api/v1/namespaces/slow`, hang)),
      () => instance.kubernetes('ovh-hprod')!.getNamespace('slow'),
    ],
  ];

  it.each(scenarios)('in the error of: %s', async (_, arrange, act) => {
    arrange();

    const error = await act().then(
      () => {
        throw new Error('expected a failure');
      },
      e => e,
    );

    const text = exposedText(error);
    for (const secret of ALL_SECRETS) {
      expect(text).not.toContain(secret);
    }
  });

  it('in any log line or observer event of those calls', () => {
    expect(logs.length).toBeGreaterThan(scenarios.length);
    expect(events.length).toBeGreaterThan(scenarios.length);
    const text = inspect([logs, events], { depth: 20 });
    for (const secret of ALL_SECRETS) {
      expect(text).not.toContain(secret);
    }
  });
});

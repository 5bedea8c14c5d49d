import {
  PipelineStatus,
  Project,
  Repository,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiInstance } from '@cpin/plugin-cloud-pi-native-node';
import { ScopedApplication } from '../argoApplications';
import { ScopedEnvironmentDeployments } from '../deploymentsView';
import { ImagesView } from '../imagesView';
import { artefactsStep, qualityAnalysisStep } from './codeSteps';
import {
  deploymentStep,
  imagesStep,
  namespacesStep,
  observabilityStep,
} from './deliverySteps';
import { JourneyActions, JourneyFacts } from './journeyFacts';
import { toolResourcesStep } from './platformSteps';
import { combine } from './stepState';

const AT = '2026-11-02T10:00:00Z';
const project = {
  id: 'p',
  slug: 'demo',
  status: 'created',
  locked: false,
  lastSuccessProvisionningVersion: '9.24.0',
  owner: { firstName: 'Alice', lastName: 'Martin' },
  members: [],
} as unknown as Project;
const repository = (name: string, isInfra = false) =>
  ({ internalRepoName: name, isInfra, externalRepoUrl: '' } as Repository);
const instance = {
  urls: {
    consoleProject: (slug: string, tab?: string) =>
      `https://console.test/projects/${slug}${tab ? `?tab=${tab}` : ''}`,
  },
} as unknown as CloudPiInstance;

const app = (overrides: Partial<ScopedApplication>): ScopedApplication => ({
  name: 'demo-dev-1a2b-infra-3c4d',
  syncStatus: 'Synced',
  healthStatus: 'Healthy',
  revision: 'abc',
  message: null,
  lastSyncedAt: AT,
  outOfSyncResources: 0,
  url: 'https://argocd.test/applications/x',
  autoSync: true,
  previousRevision: null,
  repository: 'infra',
  deploys: ['infra'],
  kind: 'app',
  appProject: 'demo-dev-1a2b-app',
  images: [],
  ...overrides,
});
const environment = (
  name: string,
  applications: ScopedApplication[],
  overrides: Partial<ScopedEnvironmentDeployments> = {},
): ScopedEnvironmentDeployments => ({
  name,
  stage: name,
  stageKind: name === 'prod' ? 'prod' : 'hprod',
  zone: { slug: 'default', label: 'DSO' },
  cluster: { label: 'c' },
  namespace: 'ns',
  quota: null,
  applications,
  ...overrides,
});

function facts(overrides: Partial<JourneyFacts> = {}): JourneyFacts {
  return {
    project,
    repositories: [repository('api'), repository('infra', true)],
    overview: {
      provisioning: { consoleVersion: '9.24.0' },
      logs: { items: [] },
    } as unknown as JourneyFacts['overview'],
    builds: { generatedAt: AT, repositories: [] },
    quality: { generatedAt: AT, repositories: [] },
    images: {
      generatedAt: AT,
      registry: { project: 'demo', url: null },
      repositories: [],
      environments: [],
    },
    deployments: { generatedAt: AT, environments: [] },
    actions: new JourneyActions(instance, project, {
      documentationUrl: 'https://docs.test',
      templates: {
        addRepository: 'template:default/add-repo',
        addEnvironment: 'template:default/add-env',
      },
    }),
    grafana: kind => `https://grafana.test/${kind}-demo`,
    ...overrides,
  };
}

describe('journey step states', () => {
  it('combines findings: blocked wins, then unknown; done only when all are', () => {
    expect(combine([])).toBe('not-started');
    expect(combine(['done', 'blocked', 'unknown'])).toBe('blocked');
    expect(combine(['done', 'unknown'])).toBe('unknown');
    expect(combine(['done', 'done'])).toBe('done');
    expect(combine(['not-started', 'not-started'])).toBe('not-started');
    expect(combine(['done', 'not-started'])).toBe('in-progress');
  });

  it('reads the provisioning status of the project', () => {
    const of = (status: string) =>
      toolResourcesStep(facts({ project: { ...project, status } as Project }));
    expect(of('initializing').state).toBe('in-progress');
    expect(of('warning')).toMatchObject({
      state: 'in-progress',
      evidence: [{ code: 'provisioningFailed' }],
      nextAction: { kind: 'console', code: 'reprovision' },
    });
    expect(of('failed').state).toBe('blocked');
    expect(of('created')).toMatchObject({ state: 'done', nextAction: null });
  });

  it('blocks deployment on Missing and on OutOfSync without autosync, not with autosync', () => {
    const step = (a: Partial<ScopedApplication>) =>
      deploymentStep(
        facts({
          deployments: {
            generatedAt: AT,
            environments: [environment('dev', [app(a)])],
          },
        }),
      );
    expect(step({ healthStatus: 'Missing' }).evidence[0].code).toBe(
      'applicationMissing',
    );
    expect(step({ syncStatus: 'OutOfSync', autoSync: false }).state).toBe(
      'blocked',
    );
    expect(step({ syncStatus: 'OutOfSync', autoSync: true }).state).toBe(
      'in-progress',
    );
    expect(step({ healthStatus: 'Progressing' }).state).toBe('in-progress');
    expect(step({ kind: 'infrastructure' })).toMatchObject({
      state: 'not-started',
      evidence: [{ code: 'noApplication' }],
      nextAction: {
        kind: 'documentation',
        url: 'https://docs.test/guide/deployment-with-argo',
      },
    });
  });

  it('blocks namespaces on a Degraded namespace chart, and says unknown when Argo CD is not readable', () => {
    const infrastructure = app({
      kind: 'infrastructure',
      healthStatus: 'Degraded',
      message: 'quota',
    });
    expect(
      namespacesStep(
        facts({
          deployments: {
            generatedAt: AT,
            environments: [environment('dev', [infrastructure])],
          },
        }),
      ),
    ).toMatchObject({
      state: 'blocked',
      evidence: [{ code: 'namespaceFailed', params: { message: 'quota' } }],
      nextAction: { kind: 'link', code: 'openArgoCd' },
    });
    const unreadable = environment('prod', [], {
      error: { name: 'ServiceUnavailableError', message: 'down' },
    });
    const step = deploymentStep(
      facts({ deployments: { generatedAt: AT, environments: [unreadable] } }),
    );
    expect(step).toMatchObject({
      state: 'unknown',
      evidence: [{ code: 'sourceUnavailable', params: { tool: 'Argo CD' } }],
    });
  });

  it('follows the images: outside the registry, scan pending, missing, Harbor not configured', () => {
    const artifact = {
      repository: 'demo/api',
      digest: 'sha256:aa',
      tags: ['1.0.0'],
      pushedAt: AT,
      signed: true,
      scan: {
        status: 'running' as const,
        vulnerabilities: null,
        scannedAt: null,
      },
      url: null,
    };
    const images = (view: Partial<ImagesView>): ImagesView => ({
      generatedAt: AT,
      registry: { project: 'demo', url: null },
      repositories: [],
      environments: [],
      ...view,
    });
    const step = imagesStep(
      facts({
        images: images({
          environments: [
            {
              name: 'dev',
              stage: 'dev',
              stageKind: 'hprod',
              images: [
                {
                  reference: 'docker.io/nginx:1',
                  applications: ['a'],
                  artifact: null,
                  image: null,
                },
                {
                  reference: 'h/demo/api:1.0.0',
                  applications: ['a'],
                  artifact,
                  image: 'api',
                },
              ],
            },
          ],
        }),
      }),
    );
    expect(step.state).toBe('in-progress');
    expect(step.evidence.map(e => e.code)).toEqual([
      'imageOutsideRegistry',
      'scanPending',
      'imageMissing',
    ]);
    expect(
      imagesStep(
        facts({
          images: images({
            error: {
              name: 'NotConfiguredError',
              message: 'Harbor is not configured',
            },
          }),
        }),
      ),
    ).toMatchObject({
      state: 'unknown',
      evidence: [{ code: 'notConfigured', params: { tool: 'Harbor' } }],
    });
  });

  it('reads builds and gates of application repositories only', () => {
    const pipeline = {
      id: 1,
      ref: 'main',
      status: 'running' as const,
      source: 'push',
      sha: 'a',
      createdAt: AT,
      finishedAt: null,
      durationSeconds: null,
      failedJobs: [],
      url: 'https://gitlab.test/p/1',
    };
    const builds = (status: PipelineStatus) => ({
      generatedAt: AT,
      repositories: [
        {
          repositoryName: 'api',
          isInfra: false,
          url: null,
          defaultBranch: 'main',
          latest: { ...pipeline, status },
          branches: [],
          mirror: null,
        },
      ],
    });
    expect(artefactsStep(facts({ builds: builds('running') })).state).toBe(
      'in-progress',
    );
    expect(
      artefactsStep(facts({ builds: builds('canceled') })).evidence[0],
    ).toMatchObject({
      code: 'buildIncomplete',
      params: { status: 'canceled' },
    });
    expect(
      qualityAnalysisStep(
        facts({
          quality: {
            generatedAt: AT,
            repositories: [
              {
                repositoryName: 'api',
                projectKey: 'demo-api-1234',
                url: null,
                analysis: null,
                error: { name: 'NotConfiguredError', message: 'x' },
              },
            ],
          },
        }),
      ),
    ).toMatchObject({
      state: 'unknown',
      evidence: [{ code: 'notConfigured', params: { tool: 'SonarQube' } }],
    });
  });

  it('counts observability done once production runs, in progress before', () => {
    const healthy = app({});
    const only = (names: string[]) =>
      observabilityStep(
        facts({
          deployments: {
            generatedAt: AT,
            environments: names.map(n => environment(n, [healthy])),
          },
        }),
      );
    expect(only(['dev'])).toMatchObject({
      state: 'in-progress',
      nextAction: { kind: 'link', url: 'https://grafana.test/hprod-demo' },
    });
    expect(only(['dev', 'prod'])).toMatchObject({
      state: 'done',
      nextAction: null,
    });
    expect(only([]).state).toBe('not-started');
  });
});

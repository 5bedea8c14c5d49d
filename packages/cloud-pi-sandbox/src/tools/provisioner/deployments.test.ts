import { readSpec } from '@cpin/cloud-pi-specs';
import type { Deployment } from '@cpin/plugin-cloud-pi-native-common';
import {
  argoCdWorkloadAppName,
  namespaceName,
} from '@cpin/plugin-cloud-pi-native-common';
import { parse } from 'yaml';
import {
  DEMO_ENVIRONMENT,
  PROD_ENVIRONMENT,
  repository,
  stformSnapshot,
} from '../__testUtils__/projectSnapshots';
import {
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { swaggerValidator } from '../__testUtils__/swaggerValidator';

const at = '2026-11-01T10:00:00.000Z';
const infra = repository('infra', { isInfra: true });
const api = repository('api');
const values = repository('values');

/** A deployment of the `stform` fixture, as the console lists it. */
function deployment(
  name: string,
  environmentId: string,
  sources: Array<Partial<NonNullable<Deployment['deploymentSources']>[number]>>,
): Deployment {
  const id = `d0d0d0d0-0000-4000-8000-${Buffer.from(name)
    .toString('hex')
    .padEnd(12, '0')
    .slice(0, 12)}`;
  return {
    id,
    name,
    projectId: stformSnapshot().project.id,
    environmentId,
    autosync: true,
    deploymentSources: sources.map((source, index) => ({
      id: `${id.slice(0, -2)}${String(index).padStart(2, '0')}`,
      deploymentId: id,
      repositoryId: source.repository!.id,
      type: 'git',
      targetRevision: '',
      path: '',
      helmValuesFiles: '',
      valueSources: [],
      ...source,
    })),
    createdAt: at,
    updatedAt: at,
  };
}

describe('provisioner with console Deployments', () => {
  let running: RunningToolWorld;
  const projectId = DEMO_ENVIRONMENT.environment.projectId;
  const url = (repo: string) =>
    `${running.url}/gitlab/forge/projects/stform/${repo}.git`;
  const appName = (env: string, repo: string) =>
    argoCdWorkloadAppName('stform', env, repo, url(repo));
  const valuesFile = async (path: string) => {
    const response = await fetch(
      `${running.url}/gitlab/api/v4/projects/${encodeURIComponent(
        'forge/projects/infra/default',
      )}/repository/files/${encodeURIComponent(path)}/raw?ref=main`,
      { headers: { 'private-token': running.world.credentials.gitlabToken } },
    );
    return response.status === 404 ? undefined : parse(await response.text());
  };
  /** The workload Applications of a zone, through the Argo CD API. */
  const apps = async (zone: string): Promise<any[]> => {
    const base = `${running.url}/argocd/${zone}/api/v1`;
    const session = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(running.world.credentials.argocd),
    });
    const { token } = await session.json();
    const list = await fetch(
      `${base}/applications?selector=${encodeURIComponent('dso/type=app')}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    return (await list.json()).items ?? [];
  };
  const names = async (zone: string) =>
    (await apps(zone)).map(a => a.metadata.name as string).sort();

  beforeEach(async () => {
    running = await startToolWorld();
  });
  afterEach(() => running.close());

  const snapshot = (deployments: Deployment[]) =>
    stformSnapshot({
      repositories: [infra, api, values],
      environments: [DEMO_ENVIRONMENT, PROD_ENVIRONMENT],
      deployments,
    });

  it('renders the deployment sources instead of the infra repositories, with value sources', async () => {
    const web = deployment('web', DEMO_ENVIRONMENT.environment.id, [
      {
        repository: api,
        targetRevision: 'v1.4.0',
        path: 'helm',
        helmValuesFiles: 'values-<env>.yaml',
        valueSources: [
          { type: 'internal', id: 'a', order: 0, path: 'values.yaml' },
          {
            type: 'external',
            id: 'b',
            order: 1,
            path: 'stform/<env>.yaml',
            ref: 'conf',
            targetRevision: '',
            repositoryId: values.id,
          },
        ],
      },
    ]);
    const results = await running.world.provisioner.upsertProject(
      snapshot([web]),
    );
    expect(results.every(r => r.status === 'OK')).toBe(true);

    // What the console writes (console 9.24 formatRepositoriesValuesFromDeployments).
    expect(
      (await valuesFile('stform/formation-app/demo/values.yaml')).application
        .repositories,
    ).toEqual([
      {
        name: 'api',
        id: api.id,
        repoURL: url('api'),
        targetRevision: 'v1.4.0',
        path: 'helm',
        valueFiles: ['values-demo.yaml'],
        valueSources: [
          { type: 'internal', path: 'values.yaml' },
          {
            type: 'external',
            ref: 'conf',
            repoURL: url('values'),
            targetRevision: 'HEAD',
            path: 'stform/<env>.yaml',
          },
        ],
      },
    ]);

    // What dso-env renders from it: a multi-source Application, and no
    // Application of the infra repository in this zone.
    const zoneApps = await apps('default');
    expect(zoneApps).toHaveLength(1);
    const [app] = zoneApps;
    expect(app.metadata.name).toBe(appName('demo', 'api'));
    expect(app.metadata.labels).toMatchObject({
      'dso/project.slug': 'stform',
      'dso/environment': 'demo',
      'dso/repository': 'api',
      'dso/repository.id': api.id,
      'dso/type': 'app',
    });
    expect(app.spec.source).toBeUndefined();
    expect(app.spec.sources).toEqual([
      {
        repoURL: url('api'),
        targetRevision: 'v1.4.0',
        path: 'helm',
        helm: { valueFiles: ['values.yaml', '$conf/stform/<env>.yaml'] },
      },
      { repoURL: url('values'), targetRevision: 'HEAD', ref: 'conf' },
    ]);
    // Multi-source Applications are valid Argo CD objects too.
    const validate = swaggerValidator(
      readSpec('argocd', 'swagger.trimmed.json'),
      { strict: true },
    );
    expect(validate('v1alpha1Application', app)).toEqual([]);

    // The restricted zone has no deployment: its environment still
    // deploys the infra repository.
    expect(await names('restricted')).toEqual([
      argoCdWorkloadAppName('stform', 'prod', 'infra', url('infra')),
    ]);

    // The workload runs the pinned version, labelled with its repository.
    const namespace = namespaceName(projectId, DEMO_ENVIRONMENT.environment.id);
    const response = await fetch(
      `${running.url}/kubernetes/formation-app/apis/apps/v1/namespaces/${namespace}/deployments?labelSelector=dso%2Frepository%3Dapi`,
      {
        headers: {
          authorization: `Bearer ${running.world.credentials.kubernetesToken}`,
        },
      },
    );
    const { items } = await response.json();
    expect(
      items.map((d: any) => [
        d.metadata.name,
        d.spec.template.spec.containers[0].image.split(':').pop(),
      ]),
    ).toEqual([['api', '1.4.0']]);
  });

  it('keeps the last file of an environment without deployment in a zone that has some', async () => {
    const second = {
      ...DEMO_ENVIRONMENT,
      environment: {
        ...DEMO_ENVIRONMENT.environment,
        id: 'd1e0c7a6-8f9d-4ecf-9c86-9e8192a3b4c6',
        name: 'qualif',
      },
    };
    const both = stformSnapshot({
      repositories: [infra, api],
      environments: [DEMO_ENVIRONMENT, second],
    });
    await running.world.provisioner.upsertProject(both);
    const before = await valuesFile('stform/formation-app/qualif/values.yaml');
    expect(before.application.repositories.map((r: any) => r.name)).toEqual([
      'infra',
    ]);

    await running.world.provisioner.upsertProject({
      ...both,
      deployments: [
        deployment('web', DEMO_ENVIRONMENT.environment.id, [
          { repository: api },
        ]),
      ],
    });

    // The console neither rewrites nor purges it (`generateEnvironmentActions`).
    expect(await valuesFile('stform/formation-app/qualif/values.yaml')).toEqual(
      before,
    );
    expect(await names('default')).toEqual(
      [appName('demo', 'api'), appName('qualif', 'infra')].sort(),
    );
  });

  it('deploys the other application repositories through an infra source', async () => {
    const other = repository('front');
    await running.world.provisioner.upsertProject(
      stformSnapshot({
        repositories: [infra, api, other],
        environments: [DEMO_ENVIRONMENT],
        deployments: [
          deployment('all', DEMO_ENVIRONMENT.environment.id, [
            { repository: api },
            { repository: infra },
          ]),
        ],
      }),
    );
    const byName = new Map(
      (await apps('default')).map(a => [a.metadata.name, a]),
    );
    const deployments = (name: string) =>
      byName
        .get(name)!
        .status.resources.filter((r: any) => r.kind === 'Deployment')
        .map((r: any) => r.name);
    expect(deployments(appName('demo', 'api'))).toEqual(['api']);
    expect(deployments(appName('demo', 'infra'))).toEqual(['front']);
  });
});

import { Gitlab } from '@gitbeaker/rest';
import { namespaceName } from '@cpin/plugin-cloud-pi-native-common';
import { createHmac } from 'node:crypto';
import vault from 'node-vault';
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

const h4 = (value: string) =>
  createHmac('sha256', '').update(value).digest('hex').slice(0, 4);
const PLUGINS = [
  'vault',
  'gitlab',
  'registry',
  'sonarqube',
  'observability',
  'argocd',
];

describe('provisioner', () => {
  let running: RunningToolWorld;
  let gitlab: InstanceType<typeof Gitlab>;
  let secrets: ReturnType<typeof vault>;
  const projectId = DEMO_ENVIRONMENT.environment.projectId;
  const demoNamespace = namespaceName(
    projectId,
    DEMO_ENVIRONMENT.environment.id,
  );

  const json = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${running.url}${path}`, { headers });
    return {
      status: response.status,
      body: response.status === 204 ? undefined : await response.json(),
    };
  };
  const argocdToken = async (zone: string) => {
    const response = await fetch(
      `${running.url}/argocd/${zone}/api/v1/session`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(running.world.credentials.argocd),
      },
    );
    return (await response.json()).token as string;
  };
  const applications = async (zone: string) => {
    const token = await argocdToken(zone);
    const { body } = await json(`/argocd/${zone}/api/v1/applications`, {
      authorization: `Bearer ${token}`,
    });
    return body.items as Array<{
      metadata: { name: string; resourceVersion: string };
      status: any;
    }>;
  };
  const kube = (cluster: string, path: string) =>
    json(`/kubernetes/${cluster}${path}`, {
      authorization: `Bearer ${running.world.credentials.kubernetesToken}`,
    });
  const raw = (project: string, file: string, ref = 'main') =>
    gitlab.RepositoryFiles.showRaw(project, file, ref) as Promise<string>;

  beforeEach(async () => {
    running = await startToolWorld();
    gitlab = new Gitlab({
      host: `${running.url}/gitlab`,
      token: running.world.credentials.gitlabToken,
    });
    secrets = vault({
      endpoint: `${running.url}/vault`,
      token: running.world.credentials.vaultToken,
      noCustomHTTPVerbs: true,
    });
  }, 120_000);
  afterEach(() => running.close());

  it('reports one result per plugin, with its execution time', async () => {
    const results = await running.world.provisioner.upsertProject(
      stformSnapshot(),
    );
    expect(results.map(r => r.plugin)).toEqual(PLUGINS);
    for (const result of results) {
      expect(result).toEqual({
        plugin: result.plugin,
        status: 'OK',
        message: expect.any(String),
        executionTime: expect.any(Number),
      });
    }
  });

  it('creates the GitLab group, repositories, CI variables and GitOps values with the documented names', async () => {
    await running.world.provisioner.upsertProject(stformSnapshot());
    const projects = await gitlab.Groups.allProjects('forge/projects/stform');
    expect(projects.map(p => p.path).sort()).toEqual([
      'api',
      'infra',
      'infra-apps',
      'infra-observability',
      'mirror',
    ]);
    for (const project of projects) {
      expect(project).toMatchObject({
        default_branch: 'main',
        topics: ['plugin-managed'],
      });
      expect(
        await raw(String(project.path_with_namespace), 'README.md'),
      ).toContain(`# ${project.path}`);
    }
    expect(projects.find(p => p.path === 'api')!.ci_config_path).toBe(
      '.gitlab-ci-dso.yml',
    );
    expect(
      await raw('forge/projects/stform/mirror', '.gitlab-ci.yml'),
    ).toContain('repo_pull_sync');
    expect(
      await raw('forge/projects/stform/infra-observability', 'Chart.yaml'),
    ).toContain('name: dso-observability');

    const variables = await gitlab.ProjectVariables.all(
      'forge/projects/stform/api',
    );
    expect(
      Object.fromEntries(variables.map(v => [v.key, v.value])),
    ).toMatchObject({
      PROJECT_KEY: `stform-api-${h4('api')}`,
      PROJECT_NAME: 'stform-api',
      SONAR_PROJECT_PROPERTIES: `sonar.projectKey=stform-api-${h4(
        'api',
      )}\nsonar.qualitygate.wait=true`,
    });
    expect(variables.find(v => v.key === 'SONAR_TOKEN')).toMatchObject({
      masked: true,
      value: expect.stringMatching(/^squ_/),
    });

    const zoneRepo = 'forge/projects/infra/default';
    const [commit] = await gitlab.Commits.all(zoneRepo, { perPage: 1 });
    expect(commit.title).toBe('ci: :robot_face: Sync stform');
    const values = parse(
      await raw(zoneRepo, 'stform/formation-app/demo/values.yaml'),
    );
    const role = await secrets.read('auth/approle/role/stform/role-id');
    expect(values).toEqual({
      common: {
        'dso/project': 'stform',
        'dso/project.id': projectId,
        'dso/project.slug': 'stform',
        'dso/environment': 'demo',
        'dso/environment.id': DEMO_ENVIRONMENT.environment.id,
      },
      argocd: {
        cluster: 'in-cluster',
        namespace: 'argocd',
        project: 'stform-demo-3c58',
        envChartVersion: 'dso-env-1.6.0',
        nsChartVersion: 'dso-ns-1.1.5',
      },
      environment: {
        valueFileRepository: `${running.url}/gitlab/forge/projects/infra/default.git`,
        valueFileRevision: 'HEAD',
        valueFilePath: 'stform/formation-app/demo/values.yaml',
        roGroup: '/stform/console/demo/RO',
        rwGroup: '/stform/console/demo/RW',
        consoleAdminGroup: '/console/admin',
        platformAdminGroup: '/console/admin',
        platformReadonlyGroup: '/console/readonly',
        platformSecurityGroup: '/console/security',
        projectAdminGroup: '/stform/console/admin',
        projectDevopsGroup: '/stform/console/devops',
        projectDevelopperGroup: '/stform/console/developer',
        projectSecurityGroup: '/stform/console/security',
        projectReadonlyGroup: '/stform/console/readonly',
      },
      application: {
        quota: { cpu: 2, gpu: 0, memory: '4Gi' },
        sourceRepositories: [`${running.url}/gitlab/forge/projects/stform/**`],
        destination: { name: 'formation-app', namespace: demoNamespace },
        autosync: true,
        vault: {
          projectsRootDir: 'forge/projects',
          url: '',
          coreKvName: 'forge-dso',
          roleId: role.data.role_id,
          secretId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        },
        repositories: [
          {
            id: stformSnapshot().repositories[0].id,
            name: 'infra',
            repoURL: `${running.url}/gitlab/forge/projects/stform/infra.git`,
            targetRevision: 'HEAD',
            path: '.',
            valueFiles: ['values.yaml', 'values-demo.yaml'],
            valueSources: [],
          },
        ],
      },
      features: { fineGrainedRoles: { enabled: true } },
    });
    const login = await vault({
      endpoint: `${running.url}/vault`,
    }).approleLogin({
      role_id: values.application.vault.roleId,
      secret_id: values.application.vault.secretId,
    });
    expect(login.auth.metadata).toEqual({ role_name: 'stform' });

    const observability = parse(
      await raw('observability/observability', 'helm/values.yaml'),
    );
    expect(observability.global.projects[projectId]).toEqual({
      projectName: 'stform',
      projectRepository: {
        url: `${running.url}/gitlab/forge/projects/stform/infra-observability.git`,
        path: '.',
      },
      envs: {
        hprod: {
          groups: ['/stform/grafana/hprod-RW', '/stform/grafana/hprod-RO'],
          tenants: {
            [`hprod-${BigInt(`0x${projectId.replace(/-/g, '')}`).toString(
              36,
            )}`]: {},
          },
        },
      },
    });
  });

  it('creates the Vault mount, AppRole and technical secrets', async () => {
    await running.world.provisioner.upsertProject(stformSnapshot());
    expect((await secrets.mounts()).data['stform/']).toMatchObject({
      type: 'kv',
      options: { version: '2' },
      config: { force_no_cache: true },
    });
    expect(
      (await secrets.list('forge-dso/metadata/forge/projects/stform')).data
        .keys,
    ).toEqual(['GITLAB', 'REGISTRY/', 'SONAR', 'api-mirror', 'tech/']);
    const mirror = await gitlab.Projects.show('forge/projects/stform/mirror');
    const gitlabSecret = (
      await secrets.read('forge-dso/data/forge/projects/stform/GITLAB')
    ).data.data;
    expect(gitlabSecret).toEqual({
      PROJECT_SLUG: 'stform',
      GIT_MIRROR_PROJECT_ID: String(mirror.id),
      GIT_MIRROR_TOKEN: expect.stringMatching(/^glptt-/),
    });
    const mirrorSecret = (
      await secrets.read('forge-dso/data/forge/projects/stform/api-mirror')
    ).data.data;
    expect(mirrorSecret).toMatchObject({
      GIT_INPUT_URL: 'github.com/example/api.git',
      GIT_OUTPUT_URL: `${
        new URL(running.url).host
      }/gitlab/forge/projects/stform/api.git`,
      GIT_OUTPUT_USER: 'stform-bot',
    });
    const pull = (
      await secrets.read(
        'forge-dso/data/forge/projects/stform/REGISTRY/ro-robot',
      )
    ).data.data;
    expect(pull.USERNAME).toBe('robot$stform+ro-robot');
    expect(JSON.parse(pull.DOCKER_CONFIG).auths[pull.HOST].auth).toBe(
      Buffer.from(`${pull.USERNAME}:${pull.TOKEN}`).toString('base64'),
    );

    // The documented external trigger (curl -F …) works with the stored token.
    const form = new FormData();
    form.append('token', gitlabSecret.GIT_MIRROR_TOKEN);
    form.append('ref', 'main');
    form.append('variables[GIT_BRANCH_DEPLOY]', 'main');
    form.append('variables[PROJECT_NAME]', 'api');
    const trigger = await fetch(
      `${running.url}/gitlab/api/v4/projects/${mirror.id}/trigger/pipeline`,
      { method: 'POST', body: form },
    );
    expect(trigger.status).toBe(201);
    expect(await trigger.json()).toMatchObject({
      source: 'trigger',
      ref: 'main',
    });
  });

  it('creates the namespace, quota, workloads and Grafana instance', async () => {
    await running.world.provisioner.upsertProject(stformSnapshot());
    const namespace = await kube(
      'formation-app',
      `/api/v1/namespaces/${demoNamespace}`,
    );
    expect(namespace.status).toBe(200);
    expect(
      (
        await kube(
          'formation-app',
          `/api/v1/namespaces/${demoNamespace}/resourcequotas/dso-quota`,
        )
      ).status,
    ).toBe(200);
    const pods = await kube(
      'formation-app',
      `/api/v1/namespaces/${demoNamespace}/pods`,
    );
    expect(
      pods.body.items.map((p: any) => p.metadata.labels['dso/repository']),
    ).toEqual(['api']);
    expect(
      (await fetch(`${running.url}/grafana/hprod-stform/d/k8s-logs`)).status,
    ).toBe(200);
    expect((await fetch(`${running.url}/grafana/prod-stform`)).status).toBe(
      404,
    );
  });

  it('is idempotent: upserting twice leaves every tool unchanged', async () => {
    const fingerprint = async () => ({
      gitlab: await Promise.all(
        (
          await gitlab.Projects.all()
        ).map(async p => ({
          path: p.path_with_namespace,
          head: (await gitlab.Commits.all(p.id)).map(c => c.id),
          variables: await gitlab.ProjectVariables.all(p.id),
          pipelines: await gitlab.Pipelines.all(p.id),
        })),
      ),
      vault: await Promise.all(
        [
          'GITLAB',
          'tech/GITLAB_MIRROR',
          'api-mirror',
          'REGISTRY/ro-robot',
          'REGISTRY/rw-robot',
          'SONAR',
        ].map(
          async path =>
            (
              await secrets.read(
                `forge-dso/metadata/forge/projects/stform/${path}`,
              )
            ).data,
        ),
      ),
      mounts: Object.keys((await secrets.mounts()).data).sort(),
      sonarqube: (
        await json('/sonarqube/api/projects/search', {
          authorization: `Bearer ${running.world.credentials.sonarqubeToken}`,
        })
      ).body,
      argocd: (await applications('default')).map(a => [
        a.metadata.name,
        a.metadata.resourceVersion,
        a.status.sync.revision,
      ]),
      kubernetes: (
        await kube('formation-app', '/api/v1/namespaces')
      ).body.items.map((n: any) => [
        n.metadata.name,
        n.metadata.resourceVersion,
      ]),
      quota: (
        await kube(
          'formation-app',
          `/api/v1/namespaces/${demoNamespace}/resourcequotas/dso-quota`,
        )
      ).body.metadata.resourceVersion,
    });
    await running.world.provisioner.upsertProject(stformSnapshot());
    const first = await fingerprint();
    const results = await running.world.provisioner.upsertProject(
      stformSnapshot(),
    );
    expect(results.every(r => r.status === 'OK')).toBe(true);
    expect(await fingerprint()).toEqual(first);
    expect(first.gitlab.length).toBeGreaterThan(5);
  });

  it('follows changes of the project: environments and repositories come and go', async () => {
    await running.world.provisioner.upsertProject(stformSnapshot());
    const changed = stformSnapshot({
      environments: [PROD_ENVIRONMENT],
      repositories: [repository('infra', { isInfra: true })],
    });
    expect(
      (await running.world.provisioner.upsertProject(changed)).every(
        r => r.status === 'OK',
      ),
    ).toBe(true);

    await expect(
      raw(
        'forge/projects/infra/default',
        'stform/formation-app/demo/values.yaml',
      ),
    ).rejects.toThrow('404 File Not Found');
    expect(
      await raw(
        'forge/projects/infra/restricted',
        'stform/prod-app/prod/values.yaml',
      ),
    ).toContain('autosync: false');
    expect((await applications('default')).map(a => a.metadata.name)).toEqual(
      [],
    );
    expect(
      (await applications('restricted')).map(a => a.metadata.name),
    ).toContain('prod-stform-observability');
    expect(
      (await kube('formation-app', `/api/v1/namespaces/${demoNamespace}`))
        .status,
    ).toBe(404);
    expect((await fetch(`${running.url}/grafana/hprod-stform`)).status).toBe(
      404,
    );
    expect((await fetch(`${running.url}/grafana/prod-stform`)).status).toBe(
      200,
    );

    await expect(
      gitlab.Projects.show('forge/projects/stform/api'),
    ).rejects.toThrow('404 Project Not Found');
    const sonar = await json(
      `/sonarqube/api/components/show?component=stform-api-${h4('api')}`,
      {
        authorization: `Bearer ${running.world.credentials.sonarqubeToken}`,
      },
    );
    expect(sonar.status).toBe(404);
    await expect(
      secrets.read('forge-dso/data/forge/projects/stform/api-mirror'),
    ).rejects.toMatchObject({ response: { statusCode: 404 } });
  });

  it('uses the project name for GitOps paths and root apps, and the slug everywhere else', async () => {
    const snapshot = stformSnapshot();
    snapshot.project = { ...snapshot.project, slug: 'stform-1' };
    await running.world.provisioner.upsertProject(snapshot);
    expect(
      await raw(
        'forge/projects/infra/default',
        'stform/formation-app/demo/values.yaml',
      ),
    ).toContain('dso/project.slug: stform-1');
    expect(
      (await applications('default')).map(a => a.metadata.name).sort(),
    ).toEqual([
      'hprod-stform-1-observability',
      `stform-1-demo-3c58-env`,
      expect.stringMatching(/^stform-1-demo-3c58-infra-[0-9a-f]{4}$/),
      'stform-formation-app-demo-root',
    ]);
    expect(
      (await gitlab.Groups.show('forge/projects/stform-1')).full_path,
    ).toBe('forge/projects/stform-1');
  });

  it('syncs a repository through a pipeline on the mirror repository', async () => {
    await running.world.provisioner.upsertProject(stformSnapshot());
    const [result] = await running.world.provisioner.syncRepository(
      stformSnapshot(),
      'api',
      { syncAllBranches: false, branchName: 'main' },
    );
    expect(result).toMatchObject({ plugin: 'gitlab', status: 'OK' });
    const [pipeline] = await gitlab.Pipelines.all(
      'forge/projects/stform/mirror',
    );
    expect(pipeline).toMatchObject({ ref: 'main', source: 'api' });
    expect(
      await gitlab.Pipelines.allVariables(
        'forge/projects/stform/mirror',
        pipeline.id,
      ),
    ).toEqual([
      { variable_type: 'env_var', key: 'SYNC_ALL', value: 'false', raw: false },
      {
        variable_type: 'env_var',
        key: 'GIT_BRANCH_DEPLOY',
        value: 'main',
        raw: false,
      },
      {
        variable_type: 'env_var',
        key: 'PROJECT_NAME',
        value: 'api',
        raw: false,
      },
    ]);
    expect(
      await gitlab.Pipelines.showLatest('forge/projects/stform/api', {
        ref: 'main',
      }),
    ).toMatchObject({ source: 'push' });

    const [refused] = await running.world.provisioner.syncRepository(
      stformSnapshot(),
      'mirror',
      { syncAllBranches: true },
    );
    expect(refused).toMatchObject({ plugin: 'gitlab', status: 'KO' });
  });

  it('deletes everything it created, and deleting twice is harmless', async () => {
    await running.world.provisioner.upsertProject(
      stformSnapshot({ environments: [DEMO_ENVIRONMENT, PROD_ENVIRONMENT] }),
    );
    const results = await running.world.provisioner.deleteProject(
      stformSnapshot(),
    );
    expect(results.map(r => [r.plugin, r.status]).sort()).toEqual(
      PLUGINS.map(p => [p, 'OK']).sort(),
    );

    await expect(gitlab.Groups.show('forge/projects/stform')).rejects.toThrow(
      '404 Group Not Found',
    );
    const [commit] = await gitlab.Commits.all('forge/projects/infra/default', {
      perPage: 1,
    });
    expect(commit.title).toBe('ci: :robot_face: Delete stform');
    expect(
      (
        await gitlab.Repositories.allRepositoryTrees(
          'forge/projects/infra/default',
        )
      ).map(e => e.path),
    ).toEqual(['README.md']);
    const [observabilityCommit] = await gitlab.Commits.all(
      'observability/observability',
      { perPage: 1 },
    );
    expect(observabilityCommit.title).toBe('Delete project stform');
    expect(
      parse(await raw('observability/observability', 'helm/values.yaml')).global
        .projects,
    ).toEqual({});

    expect((await secrets.mounts()).data['stform/']).toBeUndefined();
    await expect(
      secrets.list('forge-dso/metadata/forge/projects/stform'),
    ).rejects.toMatchObject({ response: { statusCode: 404 } });
    const sonar = await json('/sonarqube/api/projects/search?q=stform', {
      authorization: `Bearer ${running.world.credentials.sonarqubeToken}`,
    });
    expect(sonar.body.components).toEqual([]);
    expect(await applications('default')).toEqual([]);
    expect(await applications('restricted')).toEqual([]);
    expect(
      (await kube('formation-app', `/api/v1/namespaces/${demoNamespace}`))
        .status,
    ).toBe(404);
    expect((await fetch(`${running.url}/grafana/hprod-stform`)).status).toBe(
      404,
    );

    const again = await running.world.provisioner.deleteProject(
      stformSnapshot(),
    );
    expect(again.every(r => r.status === 'OK')).toBe(true);
  });

  it('reports a failing plugin as KO without stopping the others', async () => {
    await secrets.unmount({ mount_point: 'forge-dso' });
    const results = await running.world.provisioner.upsertProject(
      stformSnapshot(),
    );
    const status = Object.fromEntries(results.map(r => [r.plugin, r.status]));
    expect(status).toEqual({
      vault: 'OK',
      gitlab: 'KO',
      registry: 'KO',
      sonarqube: 'KO',
      observability: 'OK',
      argocd: 'OK',
    });
    expect(results.find(r => r.plugin === 'gitlab')!.message).toBe(
      'Vault mount forge-dso is missing',
    );
  });
});

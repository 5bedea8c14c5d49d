import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  eventsServiceFactory,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  projectToSystem,
  repositoryToComponent,
} from '@cpin/plugin-catalog-backend-module-cloud-pi-native';
import {
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  CloudPiProjectChangedEvent,
  argoCdPrefix,
  namespaceName,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import {
  CloudPiWorld,
  INSTANCE,
  USERS,
  gitlabGet,
  startCloudPiWorld,
  vaultRead,
} from '../__testUtils__/cloudPiWorld';
import { scaffolderModuleCloudPiNative } from '../module';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';

jest.setTimeout(120_000);

const TEMPLATES = path.resolve(__dirname, '../../../../examples/templates');
const ALICE_REF = 'user:default/alice.martin';

/** A template of examples/templates as the catalog serves it (file location). */
function templateEntity(folder: string) {
  const file = path.join(TEMPLATES, folder, 'template.yaml');
  const entity = yaml.parse(fs.readFileSync(file, 'utf8'));
  entity.metadata.namespace = 'default';
  entity.metadata.annotations = {
    'backstage.io/managed-by-location': `file:${file}`,
    'backstage.io/managed-by-origin-location': `file:${file}`,
  };
  return entity;
}

describe('the Cloud π templates through the scaffolder', () => {
  let world: CloudPiWorld;
  let baseUrl: string;
  let stopBackend: () => Promise<void>;
  const secretValues: string[] = [];
  const ids: Record<string, string> = {};
  /** What the environment pickers of "Nouveau projet" give. */
  const environmentChoices = () => ({
    devStage: ids.dev,
    devCluster: ids['ovh-hprod'],
    stagingStage: ids.staging,
    stagingCluster: ids['ovh-hprod'],
    prodStage: ids.prod,
    prodCluster: ids['ovh-prod'],
  });

  /** The context the Cloud π provider maps projects with. */
  const providerContext = () => {
    const instance = world.cloudPi.getInstance(INSTANCE);
    return {
      instance: INSTANCE,
      namespace: INSTANCE,
      consoleUrl: instance.consoleUrl,
      projectsRootDir: instance.projectsRootDir,
      urls: instance.urls,
      consoleVersion: '9.24.0',
      platformOwner: 'group:sandbox/cpin-platform',
      roleGroups: false,
    };
  };

  /** The catalog's entities: templates, the requesting user, imported projects. */
  const entities: any[] = [
    ...[
      'new-project',
      'add-environment',
      'add-repository',
      'add-member',
      'add-deployment',
    ].map(templateEntity),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: 'alice.martin', namespace: 'default' },
      spec: {
        profile: { email: USERS.alice, displayName: 'Alice Martin' },
      },
    },
  ];
  const changedProjects: CloudPiProjectChangedEvent[] = [];

  /** The catalog mock serving {@link entities}. */
  function catalog() {
    return catalogServiceMock.mock({
      getEntityByRef: async (ref: any) => {
        const wanted =
          typeof ref === 'string'
            ? ref.toLowerCase()
            : `${ref.kind}:${ref.namespace ?? 'default'}/${
                ref.name
              }`.toLowerCase();
        return entities.find(
          e =>
            `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase() ===
            wanted,
        );
      },
    });
  }

  /**
   * Stands in for the catalog provider: imports the System and Components
   * of each project a cloud-pi-native.project.changed event names.
   */
  const projectImporter = createBackendPlugin({
    pluginId: 'project-importer',
    register(env) {
      env.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'importer',
            topics: [CLOUD_PI_PROJECT_CHANGED_TOPIC],
            onEvent: async ({ eventPayload }) => {
              const change = eventPayload as CloudPiProjectChangedEvent;
              changedProjects.push(change);
              const admin = world.cloudPi.getInstance(INSTANCE).console;
              const project = await admin.projects.get(change.projectId);
              const ctx = providerContext();
              for (const entity of [
                projectToSystem(project, [], ctx),
                ...(await admin.repositories.list(project.id)).map(r =>
                  repositoryToComponent(project, r, ctx),
                ),
              ]) {
                const ref = stringifyEntityRef(entity);
                const index = entities.findIndex(
                  e => stringifyEntityRef(e) === ref,
                );
                entities.splice(index < 0 ? entities.length : index, 1, entity);
              }
            },
          });
        },
      });
    },
  });

  beforeAll(async () => {
    world = await startCloudPiWorld();
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleCloudPiNative,
        catalog().factory,
        projectImporter,
        // The real events service: the test default isolates each plugin.
        eventsServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            cloudPiNative: world.config,
            events: { useEventBus: 'never' },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${backend.server.port()}/api/scaffolder`;
    // The stage and cluster pickers give ids.
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    for (const stage of await admin.platform.listStages()) {
      ids[stage.name] = stage.id;
    }
    for (const cluster of await admin.platform.listClusters()) {
      ids[cluster.label] = cluster.id;
    }
    stopBackend = () => backend.stop();
  }, 120_000);

  afterAll(async () => {
    await stopBackend?.();
    await world?.stop();
  });

  const headers = {
    'content-type': 'application/json',
    authorization: mockCredentials.user.header(ALICE_REF),
  };

  /** Dispatches a task and waits for it to finish. */
  async function runTemplate(
    template: string,
    values: JsonObject,
    secrets: Record<string, string>,
  ) {
    secretValues.push(...Object.values(secrets));
    const created = await fetch(`${baseUrl}/v2/tasks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        templateRef: `template:default/${template}`,
        values,
        secrets,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (;;) {
      const task = (await (
        await fetch(`${baseUrl}/v2/tasks/${id}`, { headers })
      ).json()) as { status: string };
      if (['completed', 'failed', 'cancelled'].includes(task.status)) {
        const events = (await (
          await fetch(`${baseUrl}/v2/tasks/${id}/events`, { headers })
        ).json()) as Array<{
          type: string;
          body: { message?: string; output?: JsonObject };
        }>;
        const log = events.map(e => e.body.message ?? '').join('\n');
        const output = events.find(e => e.type === 'completion')?.body.output;
        return { status: task.status, output, log };
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  }

  it('lists the actions and their examples', async () => {
    const res = await fetch(`${baseUrl}/v2/actions`, { headers });
    const actions = (await res.json()) as Array<{
      id: string;
      examples?: Array<{ description: string; example: string }>;
      schema: {
        input: { properties: Record<string, { description?: string }> };
      };
    }>;
    const ours = actions.filter(a => a.id.startsWith('cpin:'));

    expect(ours.map(a => a.id).sort()).toEqual([
      'cpin:catalog:wait',
      'cpin:deployment:create',
      'cpin:environment:create',
      'cpin:gitlab:push',
      'cpin:member:add',
      'cpin:project:create',
      'cpin:project:reprovision',
      'cpin:repository:create',
      'cpin:repository:sync',
      'cpin:vault:write',
    ]);
    for (const action of ours) {
      expect(action.examples?.length).toBeGreaterThan(0);
      for (const [field, property] of Object.entries(
        action.schema.input.properties,
      )) {
        expect([field, property.description]).toEqual([
          field,
          expect.any(String),
        ]);
      }
    }
  });

  it('dry-runs "Nouveau projet Cloud π" without changing anything', async () => {
    const folder = path.join(TEMPLATES, 'new-project');
    const files = (fs.readdirSync(folder, { recursive: true }) as string[])
      .filter(file => fs.statSync(path.join(folder, file)).isFile())
      .map(file => ({
        path: file,
        base64Content: fs
          .readFileSync(path.join(folder, file))
          .toString('base64'),
      }));
    const token = await world.sandbox.issueAccessToken(USERS.alice);
    secretValues.push(token, 'Dry-Run-Passw0rd');
    world.sandbox.resetStats();

    const res = await fetch(`${baseUrl}/v2/dry-run`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        template: templateEntity('new-project'),
        values: {
          name: 'essaiblanc',
          ...environmentChoices(),
          appName: 'app',
          infraName: 'infra',
          databasePassword: '****************',
        },
        secrets: { cloudPiToken: token, databasePassword: 'Dry-Run-Passw0rd' },
        directoryContents: files,
      }),
    });
    const result = (await res.json()) as {
      log: Array<{
        body: { message: string; status?: string; stepId?: string };
      }>;
      output: JsonObject;
    };

    const failed = result.log.filter(l => l.body.status === 'failed');
    expect(failed).toEqual([]);
    expect(res.status).toBe(200);
    const messages = result.log.map(l => l.body.message).join('\n');
    expect(messages).toContain(
      'Dry run: project "essaiblanc" would be created',
    );
    expect(messages).toContain(
      'Dry run: environment "prod" (prod, ovh-prod) would be created in "essaiblanc"',
    );
    expect(messages).toContain(
      'Dry run: 7 files would be pushed to forge/projects/essaiblanc/app (main), with the variables APP_NAME',
    );
    expect(messages).toContain(
      'Dry run: the keys DB_PASSWORD would be written to essaiblanc/prod/app',
    );
    expect(JSON.stringify(result.output)).toContain('/projects/essaiblanc');
    expect(JSON.stringify(result.output)).toContain(
      'component:sandbox/essaiblanc-app',
    );
    expect(world.mutatingRequests()).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('Dry-Run-Passw0rd');
  });

  it('runs "Nouveau projet Cloud π" end to end as the user', async () => {
    const databasePassword = 'Db-Passw0rd-Nouveau-Projet';
    const task = await runTemplate(
      'cpin-new-project',
      {
        name: 'demarches',
        description: 'Démarches en ligne',
        limitless: false,
        hprodCpu: 4,
        hprodMemory: 8,
        prodCpu: 4,
        prodMemory: 8,
        ...environmentChoices(),
        appName: 'app',
        infraName: 'infra',
        databasePassword: '*'.repeat(databasePassword.length),
      },
      {
        cloudPiToken: await world.sandbox.issueAccessToken(USERS.alice, {
          expiresInSeconds: 600,
        }),
        databasePassword,
      },
    );
    expect({
      status: task.status,
      log: task.status === 'completed' ? '' : task.log,
    }).toEqual({
      status: 'completed',
      log: '',
    });

    // The project, owned by alice, with its budgets.
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    const project = await admin.projects.get('demarches');
    expect(project).toMatchObject({
      status: 'created',
      limitless: false,
      hprodCpu: 4,
      prodMemory: 8,
    });
    expect(project.owner.email).toBe(USERS.alice);

    // dev, staging and prod on the right clusters.
    const environments = await admin.environments.list(project.id);
    expect(
      environments.map(e => [
        e.name,
        e.stage?.name,
        e.cpu,
        e.memory,
        e.autosync,
      ]),
    ).toEqual([
      ['dev', 'dev', 1, 2, true],
      ['staging', 'staging', 1, 2, true],
      ['prod', 'prod', 2, 4, false],
    ]);

    // The application and infrastructure repositories.
    const repositories = await admin.repositories.list(project.id);
    expect(
      repositories.map(r => [
        r.internalRepoName,
        r.isInfra,
        r.deployPath,
        r.helmValuesFiles,
      ]),
    ).toEqual([
      ['app', false, '.', ''],
      ['infra', true, 'helm', 'values.yaml,values-<env>.yaml'],
    ]);

    // One commit each, with the rendered skeletons, authored by alice.
    const app = encodeURIComponent('forge/projects/demarches/app');
    const commits = await gitlabGet<
      Array<{ title: string; author_email: string }>
    >(world, `/projects/${app}/repository/commits?ref_name=main`);
    expect(
      commits!.filter(c => c.title.startsWith('chore: initialise app')),
    ).toEqual([expect.objectContaining({ author_email: USERS.alice })]);
    const infra = encodeURIComponent('forge/projects/demarches/infra');
    const chart = await gitlabGet<{ content: string }>(
      world,
      `/projects/${infra}/repository/files/${encodeURIComponent(
        'helm/templates/deployment.yaml',
      )}?ref=main`,
    );
    // Helm's own {{ }} survive the rendering of the skeleton.
    expect(Buffer.from(chart!.content, 'base64').toString()).toContain(
      "name: '{{ .Chart.Name }}'",
    );
    expect(
      await gitlabGet(world, `/projects/${app}/variables/APP_NAME`),
    ).toMatchObject({ value: 'app' });

    // The database password in Vault, for each environment.
    for (const env of ['dev', 'staging', 'prod']) {
      expect((await vaultRead(world, 'demarches', `${env}/app`))?.data).toEqual(
        {
          DB_PASSWORD: databasePassword,
        },
      );
    }

    // The catalog: the actions announced the project's changes, the
    // catalog imported it, and the task waited for the entities its links
    // point at.
    expect(
      changedProjects.filter(change => change.projectId === project.id).length,
    ).toBeGreaterThan(0);
    expect(changedProjects.every(c => c.instance === INSTANCE)).toBe(true);
    const context = providerContext();
    const system = projectToSystem(project, [], context);
    const component = repositoryToComponent(project, repositories[0], context);
    expect(component.metadata.annotations).toMatchObject({
      'gitlab.com/project-slug': 'forge/projects/demarches/app',
      'sonarqube.org/project-key': sonarQubeProjectKey('demarches', 'app'),
    });
    const catalogLinks = (task.output?.links as JsonObject[]).filter(
      link => link.entityRef,
    );
    expect(catalogLinks.map(link => link.entityRef)).toEqual([
      stringifyEntityRef(system),
      stringifyEntityRef(component),
    ]);
    expect(task.log).toContain(
      `${stringifyEntityRef(system)} is in the catalog`,
    );
    expect(stringifyEntityRef(component)).toBe(
      'component:sandbox/demarches-app',
    );

    // What the user sees at the end.
    const dev = environments[0];
    expect(task.output).toMatchObject({
      links: expect.arrayContaining([
        expect.objectContaining({
          url: `${world.sandbox.urls.console}/projects/demarches`,
        }),
      ]),
    });
    expect(JSON.stringify(task.output)).toContain(
      namespaceName(project.id, dev.id),
    );
    expect(JSON.stringify(task.output)).toContain(
      argoCdPrefix('demarches', 'dev'),
    );
  });

  it('runs "Ajouter un environnement"', async () => {
    const task = await runTemplate(
      'cpin-add-environment',
      {
        project: 'demarches',
        name: 'recette',
        stage: ids.staging,
        cluster: ids['ovh-hprod'],
        cpu: 1,
        memory: 2,
        gpu: 0,
        autosync: true,
      },
      { cloudPiToken: await world.sandbox.issueAccessToken(USERS.alice) },
    );

    expect(task.status).toBe('completed');
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    expect(
      (await admin.environments.list('demarches')).map(e => e.name),
    ).toContain('recette');
  });

  it('refuses, in "Ajouter un environnement", what the budget does not allow', async () => {
    const task = await runTemplate(
      'cpin-add-environment',
      {
        project: 'demarches',
        name: 'gros',
        stage: ids.dev,
        cluster: ids['ovh-hprod'],
        cpu: 2,
        memory: 2,
        gpu: 0,
        autosync: true,
      },
      { cloudPiToken: await world.sandbox.issueAccessToken(USERS.alice) },
    );

    expect(task.status).toBe('failed');
    expect(task.log).toContain(
      'Le projet ne dispose pas de suffisamment de ressources : CPU.',
    );
  });

  it('runs "Déployer un dépôt dans un environnement"', async () => {
    const task = await runTemplate(
      'cpin-add-deployment',
      {
        project: 'urbanisme',
        environment: 'prod',
        repository: 'instruction',
        name: 'instruction',
        path: 'chart',
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
        autosync: false,
      },
      { cloudPiToken: await world.sandbox.issueAccessToken(USERS.alice) },
    );

    expect(task.status).toBe('completed');
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    const deployment = (await admin.deployments.list('urbanisme')).find(
      d => d.name === 'instruction' && d.environment?.name === 'prod',
    );
    expect(deployment).toMatchObject({
      autosync: false,
      deploymentSources: [
        expect.objectContaining({
          path: 'chart',
          helmValuesFiles: 'values.yaml,values-<env>.yaml',
          targetRevision: '',
        }),
      ],
    });
    expect(task.output?.text).toEqual([
      expect.objectContaining({
        content: expect.stringContaining('urbanisme-prod-c626-instruction-'),
      }),
    ]);
  });

  it('runs "Ajouter un dépôt" for a private mirror', async () => {
    const token = 'ghp_addRepositoryTemplateToken42';
    const task = await runTemplate(
      'cpin-add-repository',
      {
        project: 'demarches',
        name: 'mobile',
        isInfra: false,
        source: 'external',
        externalRepoUrl: 'https://github.com/ministere/mobile.git',
        isPrivate: true,
        externalUserName: 'ci-bot',
        externalRepoToken: '*'.repeat(token.length),
      },
      {
        cloudPiToken: await world.sandbox.issueAccessToken(USERS.alice),
        externalRepoToken: token,
      },
    );

    expect(task.status).toBe('completed');
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    expect(
      (await admin.repositories.list('demarches')).find(
        r => r.internalRepoName === 'mobile',
      ),
    ).toMatchObject({
      externalRepoUrl: 'https://github.com/ministere/mobile.git',
      isPrivate: true,
      externalUserName: 'ci-bot',
    });
  });

  it('runs "Ajouter un membre"', async () => {
    const task = await runTemplate(
      'cpin-add-member',
      { project: 'demarches', email: USERS.bob, roles: ['DevOps'] },
      { cloudPiToken: await world.sandbox.issueAccessToken(USERS.alice) },
    );

    expect(task.status).toBe('completed');
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    const project = await admin.projects.get('demarches');
    const devops = project.roles.find(r => r.name === 'DevOps')!;
    expect(project.members).toEqual([
      expect.objectContaining({ email: USERS.bob, roleIds: [devops.id] }),
    ]);
    expect(task.output).toMatchObject({
      text: [expect.objectContaining({ content: 'DevOps' })],
    });
  });

  it('refuses, in "Ajouter un dépôt", a user without the permission', async () => {
    const task = await runTemplate(
      'cpin-add-repository',
      {
        project: 'demarches',
        name: 'intrus',
        isInfra: false,
        source: 'standalone',
      },
      { cloudPiToken: await world.sandbox.issueAccessToken(USERS.eve) },
    );

    expect(task.status).toBe('failed');
    expect(task.log).toContain(
      'You are not a member of the Cloud π project "demarches"',
    );
  });

  it('never shows a secret in the task logs', async () => {
    const tasks = await fetch(`${baseUrl}/v2/tasks`, { headers });
    const { tasks: all } = (await tasks.json()) as {
      tasks: Array<{ id: string }>;
    };
    let everything = '';
    for (const { id } of all) {
      everything += await (
        await fetch(`${baseUrl}/v2/tasks/${id}/events`, { headers })
      ).text();
      everything += await (
        await fetch(`${baseUrl}/v2/tasks/${id}`, { headers })
      ).text();
    }

    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const secret of secretValues) {
      expect(everything).not.toContain(secret);
    }
  });
});

import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  argoCdPrefix,
  namespaceName,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiNativeHttpError } from '@cpin/plugin-cloud-pi-native-node';
import {
  CloudPiWorld,
  INSTANCE,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import {
  CheckpointStore,
  SimulatedCrash,
  runAction,
} from '../__testUtils__/testContext';
import { createEnvironmentCreateAction } from './environmentCreate';

jest.setTimeout(60_000);

describe('cpin:environment:create', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createEnvironmentCreateAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createEnvironmentCreateAction({
      cloudPi: world.cloudPi,
      provisioning: { pollIntervalMs: 10, timeoutMs: 5_000 },
    });
  }, 120_000);

  afterAll(() => world?.stop());

  beforeEach(() => {
    world.sandbox.faults.clear();
    world.sandbox.resetStats();
  });

  const admin = () => world.cloudPi.getInstance(INSTANCE).console;
  const environmentsOf = (project: string) =>
    admin().environments.list(project);
  const postsTo = (project: string) =>
    world.sandbox.stats().requests[
      `POST /console/api/v2/projects/${project}/environments`
    ] ?? 0;

  /** A limitless project owned by alice, created for one test. */
  async function aliceProject(name: string) {
    const { cloudPiToken } = await world.tokenSecrets(USERS.alice);
    const project = await world.cloudPi
      .getInstance(INSTANCE)
      .consoleAs({ type: 'bearer', token: cloudPiToken })
      .projects.create({
        name,
        limitless: true,
        hprodCpu: 0,
        hprodGpu: 0,
        hprodMemory: 0,
        prodCpu: 0,
        prodGpu: 0,
        prodMemory: 0,
      });
    world.sandbox.resetStats();
    return project;
  }

  it('creates the environment and outputs its namespace, Argo CD prefix and Grafana link', async () => {
    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'portail',
        name: 'recette',
        stage: 'staging',
        cluster: 'ovh-hprod',
        cpu: 1,
        memory: 2,
      },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    const environment = (await environmentsOf('portail')).find(
      e => e.name === 'recette',
    )!;
    const project = await admin().projects.get('portail');
    expect(environment).toMatchObject({
      cpu: 1,
      gpu: 0,
      memory: 2,
      autosync: true,
    });
    expect(outputs).toEqual({
      environmentId: environment.id,
      name: 'recette',
      projectId: project.id,
      namespace: namespaceName(project.id, environment.id),
      argoCdPrefix: argoCdPrefix('portail', 'recette'),
      stage: 'staging',
      stageKind: 'hprod',
      cluster: 'ovh-hprod',
      grafanaUrl: `${world.sandbox.urls.grafana}/hprod-portail`,
      consoleUrl: `${world.sandbox.urls.console}/projects/portail`,
      adopted: false,
    });
    expect(logger.at('warn')).toEqual([]);
    expect(world.mutatingRequests()).toEqual([
      `POST /console/api/v2/projects/${project.id}/environments`,
    ]);
  });

  it('accepts stage and cluster ids, as pickers may give them', async () => {
    const project = await aliceProject('parids');
    const stage = (await admin().platform.listStages()).find(
      s => s.name === 'prod',
    )!;
    const cluster = (await admin().platform.listClusters()).find(
      c => c.label === 'ovh-prod',
    )!;

    const { outputs } = await runAction(action, {
      input: {
        project: project.id,
        name: 'prod',
        stage: stage.id,
        cluster: cluster.id,
        cpu: 2,
        memory: 4,
        autosync: false,
      },
      secrets: world.patSecrets(USERS.alice),
      userEmail: USERS.alice,
    });

    expect(outputs).toMatchObject({
      stage: 'prod',
      stageKind: 'prod',
      cluster: 'ovh-prod',
      grafanaUrl: `${world.sandbox.urls.grafana}/prod-parids`,
    });
    expect(await environmentsOf('parids')).toEqual([
      expect.objectContaining({ name: 'prod', autosync: false }),
    ]);
  });

  it('adopts an existing environment with the same stage and cluster, with a warning', async () => {
    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'portail',
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 1,
        memory: 2,
      },
      secrets: await world.tokenSecrets(USERS.bob),
    });

    const dev = (await environmentsOf('portail')).find(e => e.name === 'dev')!;
    expect(outputs).toMatchObject({ environmentId: dev.id, adopted: true });
    expect(logger.at('warn')).toEqual([
      expect.stringContaining(
        'The environment "dev" already exists in "portail"',
      ),
    ]);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('refuses a name taken by an environment of another stage', async () => {
    await expect(
      runAction(action, {
        input: {
          project: 'portail',
          name: 'dev',
          stage: 'staging',
          cluster: 'ovh-hprod',
          cpu: 1,
          memory: 2,
        },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toThrow(/^Ce nom d'environnement est déjà pris\./);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('does a dry run with read-only calls', async () => {
    const { outputs } = await runAction(action, {
      input: {
        project: 'portail',
        name: 'essai',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 0.5,
        memory: 1,
      },
      secrets: await world.tokenSecrets(USERS.bob),
      isDryRun: true,
    });

    expect(outputs).toMatchObject({
      environmentId: '00000000-0000-4000-8000-000000000000',
      name: 'essai',
      argoCdPrefix: argoCdPrefix('portail', 'essai'),
      stageKind: 'hprod',
      adopted: false,
    });
    expect(world.requestCount()).toBeGreaterThan(0);
    expect(world.mutatingRequests()).toEqual([]);
    expect((await environmentsOf('portail')).map(e => e.name)).not.toContain(
      'essai',
    );
  });

  it('dry-runs for a project an earlier step of the template creates', async () => {
    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'futur',
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 1,
        memory: 2,
      },
      secrets: await world.tokenSecrets(USERS.alice),
      isDryRun: true,
    });

    expect(outputs).toMatchObject({
      projectId: '00000000-0000-4000-8000-000000000000',
      argoCdPrefix: argoCdPrefix('futur', 'dev'),
      consoleUrl: `${world.sandbox.urls.console}/projects/futur`,
    });
    expect(logger.at('warn')).toEqual([
      'Dry run: the Cloud π project "futur" does not exist yet (an earlier step may create it); only the inputs were checked',
    ]);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('still checks the stage and cluster in a dry run for a project to come', async () => {
    await expect(
      runAction(action, {
        input: {
          project: 'futur',
          name: 'prod',
          stage: 'prod',
          cluster: 'ovh-hprod',
          cpu: 1,
          memory: 2,
        },
        secrets: await world.tokenSecrets(USERS.alice),
        isDryRun: true,
      }),
    ).rejects.toThrow(/^Cluster invalide\./);
  });

  it('fails on an unknown project outside a dry run', async () => {
    await expect(
      runAction(action, {
        input: {
          project: 'futur',
          name: 'dev',
          stage: 'dev',
          cluster: 'ovh-hprod',
          cpu: 1,
          memory: 2,
        },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(world.mutatingRequests()).toEqual([]);
  });

  describe('validation', () => {
    const valid = {
      project: 'portail',
      name: 'qualif',
      stage: 'staging',
      cluster: 'ovh-hprod',
      cpu: 1,
      memory: 2,
    };

    it.each([
      [
        'a name with a hyphen',
        { name: 'pré-prod' },
        "Le nom de l'environnement ne doit contenir que des lettres minuscules et des chiffres.",
      ],
      [
        'a name too long',
        { name: 'abcdefghijkl' },
        "Le nom de l'environnement ne doit pas dépasser 11 caractères.",
      ],
      ['a negative CPU', { cpu: -1 }, 'Le CPU doit être positif ou nul.'],
      ['an empty stage', { stage: '' }, "Type d'environnement invalide."],
      ['an empty cluster', { cluster: ' ' }, 'Cluster invalide.'],
    ])('refuses %s without sending any request', async (_, change, message) => {
      await expect(
        runAction(action, {
          input: { ...valid, ...change },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(new InputError(message));
      expect(world.requestCount()).toBe(0);
    });

    it('refuses an unknown stage before any change', async () => {
      await expect(
        runAction(action, {
          input: { ...valid, stage: 'preprod' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        'Type d\'environnement invalide. (unknown stage "preprod"; available: dev, prod, staging)',
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a cluster that does not serve the stage', async () => {
      await expect(
        runAction(action, {
          input: { ...valid, stage: 'prod', cluster: 'ovh-hprod' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        'Cluster invalide. (the cluster "ovh-hprod" does not serve the stage "prod")',
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a dedicated cluster of another project', async () => {
      await expect(
        runAction(action, {
          input: { ...valid, stage: 'dev', cluster: 'ia-gpu' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(/^Cluster invalide\./);
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('checks the hors-production budget of the project before calling', async () => {
      // portail: hors-prod budget 8 CPU / 16 GB, dev and staging use 3 / 6.
      await expect(
        runAction(action, {
          input: { ...valid, cpu: 6, memory: 2 },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        new InputError(
          'Le projet ne dispose pas de suffisamment de ressources : CPU.',
        ),
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('checks the production budget separately', async () => {
      // portail: prod budget 8 / 16, prod uses 4 / 8.
      await expect(
        runAction(action, {
          input: {
            ...valid,
            stage: 'prod',
            cluster: 'ovh-prod',
            cpu: 4,
            memory: 9,
          },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        new InputError(
          'Le projet ne dispose pas de suffisamment de ressources : Mémoire.',
        ),
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('checks the cluster capacity in advance when the caller may read it', async () => {
      const project = await aliceProject('capacite');

      await expect(
        runAction(action, {
          input: { ...valid, project: project.slug, cpu: 1000, memory: 1 },
          secrets: await world.tokenSecrets(USERS.admin),
        }),
      ).rejects.toThrow(
        new InputError(
          'Le cluster ne dispose pas de suffisamment de ressources : CPU.',
        ),
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('lets the console check the capacity when the caller may not read it', async () => {
      const project = await aliceProject('capacite2');

      await expect(
        runAction(action, {
          input: { ...valid, project: project.slug, cpu: 1000, memory: 1 },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        new InputError(
          'Le cluster ne dispose pas de suffisamment de ressources : CPU.',
        ),
      );
      expect(await environmentsOf(project.slug)).toEqual([]);
    });
  });

  describe('permissions', () => {
    const input = {
      project: 'portail',
      name: 'interdit',
      stage: 'dev',
      cluster: 'ovh-hprod',
      cpu: 1,
      memory: 1,
    };

    it('refuses a read-only member before any change', async () => {
      const error = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.david),
      }).catch(e => e);

      expect(error).toBeInstanceOf(NotAllowedError);
      expect(error.message).toBe(
        'You are not allowed to create environments in the Cloud π project "portail": this needs the MANAGE_ENVIRONMENTS permission (yours: GUEST, REPLAY_HOOKS, LIST_ENVIRONMENTS, LIST_REPOSITORIES). Ask the project owner or an administrator of the project.',
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a developer, whose role cannot manage environments', async () => {
      await expect(
        runAction(action, {
          input,
          secrets: world.patSecrets(USERS.claire),
          userEmail: USERS.claire,
        }),
      ).rejects.toThrow(/needs the MANAGE_ENVIRONMENTS permission/);
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses someone outside the project', async () => {
      const error = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.eve),
      }).catch(e => e);

      expect(error).toBeInstanceOf(NotAllowedError);
      expect(error.message).toMatch(
        /^You are not a member of the Cloud π project "portail"/,
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a locked project', async () => {
      await expect(
        runAction(action, {
          input: { ...input, project: 'intranet' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        new NotAllowedError(
          'The Cloud π project "intranet" is locked (Le projet est verrouillé): no change is possible until a platform administrator unlocks it.',
        ),
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses an archived project', async () => {
      await expect(
        runAction(action, {
          input: { ...input, project: 'ancienportail' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('lets a platform administrator act on any project', async () => {
      const project = await aliceProject('parladmin');

      const { outputs } = await runAction(action, {
        input: { ...input, project: project.slug, name: 'dev' },
        secrets: await world.tokenSecrets(USERS.admin),
      });

      expect(outputs.adopted).toBe(false);
      expect(await environmentsOf(project.slug)).toHaveLength(1);
    });
  });

  describe('upstream failures', () => {
    const input = (project: string) => ({
      project,
      name: 'dev',
      stage: 'dev',
      cluster: 'ovh-hprod',
      cpu: 1,
      memory: 1,
    });

    it('reports a console failure and creates nothing', async () => {
      const project = await aliceProject('panneenv');
      world.sandbox.faults.add({
        method: 'POST',
        path: '/console/api/v2/projects/*/environments',
        kind: 'status',
        status: 500,
        body: {
          statusCode: 500,
          message: "Echec des services à la création de l'environnement",
        },
        times: 1,
      });

      const error = await runAction(action, {
        input: input(project.slug),
        secrets: await world.tokenSecrets(USERS.alice),
      }).catch(e => e);

      expect(error).toBeInstanceOf(CloudPiNativeHttpError);
      expect(error.message).toBe(
        "Echec des services à la création de l'environnement",
      );
      expect(await environmentsOf(project.slug)).toEqual([]);
    });

    it('keeps the environment when the answer is lost after the console recorded it', async () => {
      const project = await aliceProject('reponseperdue');
      world.sandbox.faults.add({
        method: 'POST',
        path: '/console/api/v2/projects/*/environments',
        kind: 'truncate',
        ratio: 0.5,
        times: 1,
      });

      const { outputs, logger } = await runAction(action, {
        input: input(project.slug),
        secrets: await world.tokenSecrets(USERS.alice),
      });

      const environments = await environmentsOf(project.slug);
      expect(environments).toHaveLength(1);
      expect(outputs.environmentId).toBe(environments[0].id);
      expect(logger.at('warn')).toEqual([
        expect.stringContaining('but the environment "dev" was recorded'),
      ]);
    });
  });

  describe('replay', () => {
    it.each(['after-save', 'before-save'] as const)(
      'creates the environment once when the task crashes right after it (%s)',
      async when => {
        const project = await aliceProject(
          `rejeu${when.slice(0, 5)}`.replace('-', ''),
        );
        const checkpoints = new CheckpointStore();
        checkpoints.crashAfter('cpin.environment.create.', when);
        const secrets = await world.tokenSecrets(USERS.alice);
        const options = { input: input(project.slug), secrets, checkpoints };

        await expect(runAction(action, options)).rejects.toBeInstanceOf(
          SimulatedCrash,
        );
        const { outputs } = await runAction(action, options);

        const environments = await environmentsOf(project.slug);
        expect(environments).toHaveLength(1);
        expect(outputs.environmentId).toBe(environments[0].id);
        expect(postsTo(project.id)).toBe(1);
      },
    );

    function input(project: string) {
      return {
        project,
        name: 'dev',
        stage: 'dev',
        cluster: 'ovh-hprod',
        cpu: 1,
        memory: 1,
      };
    }
  });
});

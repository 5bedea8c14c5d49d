import {
  AuthenticationError,
  InputError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  CheckpointStore,
  SimulatedCrash,
  createTestRun,
  runAction,
} from '../__testUtils__/testContext';
import {
  CloudPiWorld,
  INSTANCE,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { CloudPiProvisioningError } from '../lib/provisioning';
import { createProjectCreateAction } from './projectCreate';

jest.setTimeout(60_000);

describe('cpin:project:create', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createProjectCreateAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createProjectCreateAction({
      cloudPi: world.cloudPi,
      provisioning: { pollIntervalMs: 10, timeoutMs: 5_000 },
    });
  }, 120_000);

  afterAll(() => world?.stop());

  beforeEach(() => {
    world.sandbox.faults.clear();
    world.sandbox.resetStats();
  });

  /** Live projects of a name, as the platform admin sees them. */
  async function projectsNamed(name: string) {
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    const all = await admin.projects.list({
      filter: 'all',
      statusNotIn: ['archived'],
    });
    return all.filter(p => p.name === name || p.name.startsWith(`${name}-`));
  }

  it('creates the project as the user and waits for its provisioning', async () => {
    const { outputs, logger } = await runAction(action, {
      input: {
        name: 'creation',
        description: 'Créé par le test',
        limitless: false,
        hprodCpu: 4,
        hprodMemory: 8,
      },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    const [project] = await projectsNamed('creation');
    expect(project).toMatchObject({
      slug: 'creation',
      description: 'Créé par le test',
      status: 'created',
      limitless: false,
      hprodCpu: 4,
      hprodMemory: 8,
      prodCpu: 0,
    });
    expect(project.owner.email).toBe(USERS.alice);
    expect(outputs).toEqual({
      projectId: project.id,
      slug: 'creation',
      name: 'creation',
      status: 'created',
      consoleUrl: `${world.sandbox.urls.console}/projects/creation`,
      adopted: false,
      instance: INSTANCE,
    });
    expect(logger.at('warn')).toEqual([]);
    expect(world.mutatingRequests()).toEqual(['POST /console/api/v1/projects']);
  });

  it('works with a personal access token as well', async () => {
    const { outputs } = await runAction(action, {
      input: { name: 'viapat' },
      secrets: world.patSecrets(USERS.bob),
    });

    const [project] = await projectsNamed('viapat');
    expect(project.owner.email).toBe(USERS.bob);
    expect(outputs.projectId).toBe(project.id);
  });

  it('adopts a project the user already owns under that name, with a warning', async () => {
    const secrets = await world.tokenSecrets(USERS.alice);
    const first = await runAction(action, {
      input: { name: 'deuxfois' },
      secrets,
    });
    world.sandbox.resetStats();

    const second = await runAction(action, {
      input: { name: 'deuxfois' },
      secrets,
    });

    expect(second.outputs).toMatchObject({
      projectId: first.outputs.projectId,
      slug: 'deuxfois',
      adopted: true,
    });
    expect(second.logger.at('warn')).toEqual([
      expect.stringContaining('You already own the Cloud π project "deuxfois"'),
    ]);
    expect(world.mutatingRequests()).toEqual([]);
    expect(await projectsNamed('deuxfois')).toHaveLength(1);
  });

  it('lets the console allocate another slug when someone else owns the name', async () => {
    const { outputs } = await runAction(action, {
      input: { name: 'portail' },
      secrets: await world.tokenSecrets(USERS.eve),
    });

    expect(outputs).toMatchObject({ slug: 'portail-1', adopted: false });
  });

  describe('dry run', () => {
    it('validates and reads without creating anything', async () => {
      const { outputs } = await runAction(action, {
        input: { name: 'essaiabl' },
        secrets: await world.tokenSecrets(USERS.alice),
        isDryRun: true,
      });

      expect(outputs).toEqual({
        projectId: '00000000-0000-4000-8000-000000000000',
        slug: 'essaiabl',
        name: 'essaiabl',
        status: 'created',
        consoleUrl: `${world.sandbox.urls.console}/projects/essaiabl`,
        adopted: false,
        instance: INSTANCE,
      });
      expect(world.requestCount()).toBeGreaterThan(0);
      expect(world.mutatingRequests()).toEqual([]);
      expect(await projectsNamed('essaiabl')).toEqual([]);
    });

    it('tells that an owned project would be adopted', async () => {
      const { outputs } = await runAction(action, {
        input: { name: 'portail' },
        secrets: await world.tokenSecrets(USERS.alice),
        isDryRun: true,
      });

      expect(outputs).toMatchObject({ slug: 'portail', adopted: true });
      expect(world.mutatingRequests()).toEqual([]);
    });
  });

  describe('validation', () => {
    it.each([
      [
        'a name with capitals and a hyphen',
        { name: 'Mon-Projet' },
        'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
      ],
      [
        'a one-letter name',
        { name: 'a' },
        'Le nom du projet doit contenir au moins 2 caractères.',
      ],
      [
        'a description of 281 characters',
        { name: 'ok', description: 'x'.repeat(281) },
        'La description ne doit pas dépasser 280 caractères.',
      ],
      [
        'a negative budget',
        { name: 'ok', hprodCpu: -1 },
        'Le CPU hors production doit être positif ou nul.',
      ],
    ])(
      'refuses %s with the console message and sends nothing',
      async (_, input, message) => {
        await expect(
          runAction(action, {
            input,
            secrets: await world.tokenSecrets(USERS.alice),
          }),
        ).rejects.toThrow(new InputError(message));
        expect(world.requestCount()).toBe(0);
      },
    );

    it('refuses to run without a user credential', async () => {
      const error = await runAction(action, {
        input: { name: 'sansjeton' },
        secrets: { backstageToken: 'not-a-platform-token' },
      }).catch(e => e);

      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.message).toContain('CloudPiCredentials');
      expect(world.requestCount()).toBe(0);
    });
  });

  it('reports an upstream failure clearly and creates nothing', async () => {
    world.sandbox.faults.add({
      method: 'POST',
      path: '/console/api/v1/projects',
      kind: 'status',
      status: 503,
      body: { message: 'Service en maintenance' },
      times: 1,
    });

    const error = await runAction(action, {
      input: { name: 'panne' },
      secrets: await world.tokenSecrets(USERS.alice),
    }).catch(e => e);

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe('Service en maintenance');
    expect(await projectsNamed('panne')).toEqual([]);
  });

  it('fails with the console summary when the provisioning failed', async () => {
    const secrets = await world.tokenSecrets(USERS.alice);
    // The sandbox provisions successfully; the status and log reads are
    // faulted to what the console answers after a failed provisioning.
    const client = world.cloudPi
      .getInstance(INSTANCE)
      .consoleAs({ type: 'bearer', token: secrets.cloudPiToken });
    const template = await client.projects.get('portail');
    world.sandbox.faults.add({
      method: 'GET',
      pathRegex: /^\/console\/api\/v1\/projects\/[0-9a-f-]{36}$/,
      kind: 'status',
      status: 200,
      body: { ...template, name: 'echec', slug: 'echec', status: 'failed' },
      times: 1,
    });
    world.sandbox.faults.add({
      method: 'GET',
      path: '/console/api/v1/logs',
      kind: 'status',
      status: 200,
      body: {
        total: 1,
        logs: [
          {
            id: '6b0e1f8a-0000-4000-8000-000000000001',
            action: 'Create Project',
            data: { messageResume: 'Errors:\nvault: permission denied;' },
            createdAt: new Date().toISOString(),
          },
        ],
      },
      times: 1,
    });

    const error = await runAction(action, {
      input: { name: 'echec' },
      secrets,
    }).catch(e => e);

    expect(error).toBeInstanceOf(CloudPiProvisioningError);
    expect(error.message).toContain(
      'The provisioning of the Cloud π project "echec" failed: Errors:\nvault: permission denied;',
    );
  });

  describe('replay', () => {
    it('does not create the project again after a crash once it was checkpointed', async () => {
      const checkpoints = new CheckpointStore();
      checkpoints.crashAfter('cpin.project.create.', 'after-save');
      const secrets = await world.tokenSecrets(USERS.alice);

      await expect(
        runAction(action, { input: { name: 'reprise' }, secrets, checkpoints }),
      ).rejects.toBeInstanceOf(SimulatedCrash);
      const { outputs } = await runAction(action, {
        input: { name: 'reprise' },
        secrets,
        checkpoints,
      });

      const projects = await projectsNamed('reprise');
      expect(projects).toHaveLength(1);
      expect(outputs).toMatchObject({
        projectId: projects[0].id,
        slug: 'reprise',
      });
      expect(
        world.sandbox.stats().requests['POST /console/api/v1/projects'],
      ).toBe(1);
      expect(checkpoints.executed).toEqual([
        'cpin.project.create.sandbox.reprise',
      ]);
    });

    it('adopts the project when the crash lost the checkpoint', async () => {
      const checkpoints = new CheckpointStore();
      checkpoints.crashAfter('cpin.project.create.', 'before-save');
      const secrets = await world.tokenSecrets(USERS.alice);

      await expect(
        runAction(action, { input: { name: 'perdu' }, secrets, checkpoints }),
      ).rejects.toBeInstanceOf(SimulatedCrash);
      const second = createTestRun({
        input: { name: 'perdu' },
        secrets,
        checkpoints,
      });
      await action.handler(second.ctx);

      const projects = await projectsNamed('perdu');
      expect(projects.map(p => p.slug)).toEqual(['perdu']);
      expect(second.outputs).toMatchObject({
        projectId: projects[0].id,
        adopted: true,
      });
      expect(
        world.sandbox.stats().requests['POST /console/api/v1/projects'],
      ).toBe(1);
    });
  });
});

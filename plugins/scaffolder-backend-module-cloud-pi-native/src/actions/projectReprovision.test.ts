import { NotAllowedError } from '@backstage/errors';
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
import { CloudPiProvisioningError } from '../lib/provisioning';
import { createProjectReprovisionAction } from './projectReprovision';

jest.setTimeout(60_000);

describe('cpin:project:reprovision', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createProjectReprovisionAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createProjectReprovisionAction({
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
  const replays = () =>
    Object.entries(world.sandbox.stats().requests)
      .filter(([key]) => key.startsWith('PUT ') && key.endsWith('/hooks'))
      .reduce((n, [, count]) => n + count, 0);

  it('reprovisions a failed project and reports its new status', async () => {
    expect((await admin().projects.get('sirh')).status).toBe('failed');

    const { outputs } = await runAction(action, {
      input: { project: 'sirh' },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    const sirh = await admin().projects.get('sirh');
    expect(sirh.status).toBe('created');
    expect(outputs).toEqual({
      projectId: sirh.id,
      slug: 'sirh',
      status: 'created',
      consoleUrl: `${world.sandbox.urls.console}/projects/sirh`,
    });
    expect(replays()).toBe(1);
  });

  it('lets a read-only member reprovision (REPLAY_HOOKS is in everyone’s baseline)', async () => {
    const { outputs } = await runAction(action, {
      input: { project: 'portail' },
      secrets: await world.tokenSecrets(USERS.david),
    });

    expect(outputs.status).toBe('created');
  });

  it('does a dry run without reprovisioning', async () => {
    const { outputs } = await runAction(action, {
      input: { project: 'cadastre' },
      secrets: await world.tokenSecrets(USERS.bob),
      isDryRun: true,
    });

    expect(outputs).toMatchObject({ slug: 'cadastre', status: 'created' });
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('refuses someone outside the project', async () => {
    await expect(
      runAction(action, {
        input: { project: 'portail' },
        secrets: await world.tokenSecrets(USERS.eve),
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('refuses a locked project', async () => {
    await expect(
      runAction(action, {
        input: { project: 'intranet' },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toThrow(/locked/);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('fails with the console summary when the replay failed', async () => {
    const portail = await admin().projects.get('portail');
    world.sandbox.faults.add({
      method: 'GET',
      path: `/console/api/v1/projects/${portail.id}`,
      kind: 'status',
      status: 200,
      body: { ...portail, status: 'failed' },
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
            id: '6b0e1f8a-0000-4000-8000-000000000002',
            action: 'Replay hooks for Project',
            data: { messageResume: 'Errors:\ngitlab: 502 Bad Gateway;' },
            createdAt: new Date().toISOString(),
          },
        ],
      },
      times: 1,
    });

    const error = await runAction(action, {
      input: { project: 'portail' },
      secrets: await world.tokenSecrets(USERS.alice),
    }).catch(e => e);

    expect(error).toBeInstanceOf(CloudPiProvisioningError);
    expect(error.message).toContain(
      'failed: Errors:\ngitlab: 502 Bad Gateway;',
    );
  });

  it('replays once when the task crashes right after the replay', async () => {
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.project.reprovision.', 'after-save');
    const options = {
      input: { project: 'portail' },
      secrets: await world.tokenSecrets(USERS.alice),
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    await runAction(action, options);

    expect(replays()).toBe(1);
  });
});

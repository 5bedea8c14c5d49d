import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  CloudPiWorld,
  INSTANCE,
  USERS,
  gitlabGet,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import {
  CheckpointStore,
  SimulatedCrash,
  runAction,
} from '../__testUtils__/testContext';
import { CloudPiProvisioningError } from '../lib/provisioning';
import { createRepositorySyncAction } from './repositorySync';

jest.setTimeout(60_000);

const MIRROR = encodeURIComponent('forge/projects/portail/mirror');

describe('cpin:repository:sync', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createRepositorySyncAction>;
  let portailId: string;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createRepositorySyncAction({ cloudPi: world.cloudPi });
    portailId = (
      await world.cloudPi.getInstance(INSTANCE).console.projects.get('portail')
    ).id;
  }, 120_000);

  afterAll(() => world?.stop());

  beforeEach(() => {
    world.sandbox.faults.clear();
    world.sandbox.resetStats();
  });

  const syncRequests = () =>
    Object.entries(world.sandbox.stats().requests)
      .filter(([key]) => key.startsWith('POST ') && key.endsWith('/sync'))
      .reduce((n, [, count]) => n + count, 0);

  /** Variables of the latest pipeline of the `mirror` repository. */
  async function latestMirrorRun() {
    const [pipeline] = await gitlabGet<Array<{ id: number }>>(
      world,
      `/projects/${MIRROR}/pipelines?order_by=id&sort=desc&per_page=1`,
    ).then(p => p ?? []);
    const variables = await gitlabGet<Array<{ key: string; value: string }>>(
      world,
      `/projects/${MIRROR}/pipelines/${pipeline.id}/variables`,
    );
    return {
      id: pipeline.id,
      variables: Object.fromEntries(variables!.map(v => [v.key, v.value])),
    };
  }

  it('synchronises every branch of a mirrored repository', async () => {
    const before = await latestMirrorRun();

    const { outputs } = await runAction(action, {
      input: { project: 'portail', repository: 'front' },
      secrets: await world.tokenSecrets(USERS.bob),
    });

    const run = await latestMirrorRun();
    expect(run.id).toBeGreaterThan(before.id);
    expect(run.variables).toMatchObject({
      PROJECT_NAME: 'front',
      SYNC_ALL: 'true',
    });
    expect(outputs).toEqual({
      repositoryId: expect.any(String),
      projectId: portailId,
      syncAllBranches: true,
      consoleUrl: `${world.sandbox.urls.console}/projects/portail`,
    });
  });

  it('synchronises one branch', async () => {
    const { outputs } = await runAction(action, {
      input: { project: 'portail', repository: 'front', branchName: 'develop' },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    expect((await latestMirrorRun()).variables).toMatchObject({
      PROJECT_NAME: 'front',
      SYNC_ALL: 'false',
      GIT_BRANCH_DEPLOY: 'develop',
    });
    expect(outputs).toMatchObject({
      syncAllBranches: false,
      branchName: 'develop',
    });
  });

  it('does a dry run without starting anything', async () => {
    await runAction(action, {
      input: { project: 'portail', repository: 'front' },
      secrets: await world.tokenSecrets(USERS.alice),
      isDryRun: true,
    });

    expect(world.mutatingRequests()).toEqual([]);
  });

  it('refuses a one-branch sync without a branch, sending nothing', async () => {
    await expect(
      runAction(action, {
        input: {
          project: 'portail',
          repository: 'front',
          syncAllBranches: false,
        },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toThrow(new InputError('Le nom de la branche est obligatoire.'));
    expect(world.requestCount()).toBe(0);
  });

  it('refuses a standalone repository, which has nothing to synchronise', async () => {
    await expect(
      runAction(action, {
        input: { project: 'portail', repository: 'api' },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toThrow(/has no external repository to synchronise from/);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('refuses an unknown repository', async () => {
    await expect(
      runAction(action, {
        input: { project: 'portail', repository: 'inconnu' },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a read-only member before anything is started', async () => {
    await expect(
      runAction(action, {
        input: { project: 'portail', repository: 'front' },
        secrets: await world.tokenSecrets(USERS.david),
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('reports a failed synchronisation', async () => {
    world.sandbox.faults.add({
      method: 'POST',
      path: '/console/api/v2/projects/*/repositories/*/sync',
      kind: 'status',
      status: 422,
      body: {
        statusCode: 422,
        message: 'Echec des services à la synchronisation du dépôt',
      },
      times: 1,
    });

    const error = await runAction(action, {
      input: { project: 'portail', repository: 'front' },
      secrets: await world.tokenSecrets(USERS.alice),
    }).catch(e => e);

    expect(error).toBeInstanceOf(CloudPiProvisioningError);
    expect(error.message).toMatch(
      /^The synchronisation of "front" failed: Echec des services à la synchronisation du dépôt/,
    );
  });

  it('starts the synchronisation once when the task crashes right after it', async () => {
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.repository.sync.', 'after-save');
    const options = {
      input: { project: 'portail', repository: 'front' },
      secrets: await world.tokenSecrets(USERS.alice),
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    await runAction(action, options);

    expect(syncRequests()).toBe(1);
  });
});

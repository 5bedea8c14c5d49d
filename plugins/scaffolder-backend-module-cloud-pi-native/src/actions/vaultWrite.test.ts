import {
  InputError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
  vaultRead,
} from '../__testUtils__/cloudPiWorld';
import {
  CheckpointStore,
  SimulatedCrash,
  runAction,
} from '../__testUtils__/testContext';
import { createVaultWriteAction } from './vaultWrite';

jest.setTimeout(60_000);

describe('cpin:vault:write', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createVaultWriteAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createVaultWriteAction({ cloudPi: world.cloudPi });
  }, 120_000);

  afterAll(() => world?.stop());

  beforeEach(() => {
    world.sandbox.faults.clear();
    world.sandbox.resetStats();
  });

  const read = (path: string) => vaultRead(world, 'portail', path);
  const writes = () =>
    Object.entries(world.sandbox.stats().requests)
      .filter(([key]) => /^(POST|PUT) \/vault\/v1\/portail\/data\//.test(key))
      .reduce((n, [, c]) => n + c, 0);

  it('writes values from the task secrets under the environment, never showing them', async () => {
    const password = 'pg-Pa55word-du-dev';
    const checkpoints = new CheckpointStore();

    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'portail',
        environment: 'dev',
        path: 'db',
        secrets: { DB_PASSWORD: 'dbPassword' },
      },
      secrets: {
        ...(await world.tokenSecrets(USERS.alice)),
        dbPassword: password,
      },
      checkpoints,
    });

    const secret = await read('dev/db');
    expect(secret?.data).toEqual({ DB_PASSWORD: password });
    expect(outputs).toEqual({
      projectId: expect.any(String),
      mount: 'portail',
      path: 'dev/db',
      keys: ['DB_PASSWORD'],
      version: secret!.version,
      vaultUrl: `${world.sandbox.urls.vault}/ui/vault/secrets/portail`,
    });
    expect(logger.text()).not.toContain(password);
    expect(JSON.stringify(outputs)).not.toContain(password);
    expect(JSON.stringify([...checkpoints.values])).not.toContain(password);
  });

  it('merges with the keys already there unless told to replace', async () => {
    const secrets = {
      ...(await world.tokenSecrets(USERS.bob)),
      first: 'premiere-valeur',
      second: 'deuxieme-valeur',
    };
    const write = (data: Record<string, string>, merge?: boolean) =>
      runAction(action, {
        input: {
          project: 'portail',
          environment: 'staging',
          path: 'api/credentials',
          secrets: data,
          merge,
        },
        secrets,
      });

    await write({ CLIENT_ID: 'first' });
    await write({ CLIENT_SECRET: 'second' });
    expect((await read('staging/api/credentials'))?.data).toEqual({
      CLIENT_ID: 'premiere-valeur',
      CLIENT_SECRET: 'deuxieme-valeur',
    });

    await write({ CLIENT_SECRET: 'first' }, false);
    expect((await read('staging/api/credentials'))?.data).toEqual({
      CLIENT_SECRET: 'premiere-valeur',
    });
  });

  it('writes nothing when the secret already holds the values', async () => {
    const secrets = {
      ...(await world.tokenSecrets(USERS.alice)),
      v: 'meme-valeur',
    };
    const input = {
      project: 'portail',
      environment: 'prod',
      secrets: { VALUE: 'v' },
    };
    const first = await runAction(action, { input, secrets });
    world.sandbox.resetStats();

    const second = await runAction(action, { input, secrets });

    expect(second.outputs.version).toBe(first.outputs.version);
    expect(second.logger.at('warn')).toEqual([
      'portail/prod/app already holds these values (version 1): nothing written',
    ]);
    expect(writes()).toBe(0);
  });

  it('does a dry run without writing', async () => {
    const { outputs } = await runAction(action, {
      input: {
        project: 'portail',
        environment: 'dev',
        path: 'essai',
        secrets: { K: 'k' },
      },
      secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'valeur' },
      isDryRun: true,
    });

    expect(outputs).toMatchObject({
      path: 'dev/essai',
      keys: ['K'],
      version: 0,
    });
    expect(world.mutatingRequests()).toEqual([]);
    expect(await read('dev/essai')).toBeUndefined();
  });

  it('dry-runs for an environment an earlier step creates, with a warning', async () => {
    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'portail',
        environment: 'bientot',
        secrets: { K: 'k' },
      },
      secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'valeur' },
      isDryRun: true,
    });

    expect(outputs).toMatchObject({ path: 'bientot/app', version: 0 });
    expect(logger.at('warn')).toEqual([
      'Dry run: the environment "bientot" does not exist yet in "portail" (an earlier step may create it)',
    ]);
    expect(world.mutatingRequests()).toEqual([]);
  });

  describe('validation', () => {
    it.each([
      [
        'a missing task secret',
        { secrets: { K: 'absent' } },
        'La clé K désigne le secret de la tâche « absent », absent ou vide.',
      ],
      [
        'no key at all',
        { secrets: {} },
        'Donnez au moins une clé à écrire (secrets).',
      ],
      [
        'a path escaping the environment',
        { path: '../prod/app' },
        'Le chemin du secret ne doit pas contenir de segment « . » ou « .. ».',
      ],
      [
        'an invalid environment name',
        { environment: 'Dev' },
        "Le nom de l'environnement ne doit contenir que des lettres minuscules et des chiffres.",
      ],
    ])('refuses %s, sending nothing', async (_, change, message) => {
      await expect(
        runAction(action, {
          input: {
            project: 'portail',
            environment: 'dev',
            secrets: { K: 'k' },
            ...change,
          },
          secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'valeur' },
        }),
      ).rejects.toThrow(new InputError(message));
      expect(world.requestCount()).toBe(0);
    });

    it('refuses an environment the project does not have', async () => {
      await expect(
        runAction(action, {
          input: {
            project: 'portail',
            environment: 'recette',
            secrets: { K: 'k' },
          },
          secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'valeur' },
        }),
      ).rejects.toThrow(/^Environnement introuvable : "recette"/);
      expect(world.mutatingRequests()).toEqual([]);
    });
  });

  it('refuses a developer, who may not see secrets, before touching Vault', async () => {
    const error = await runAction(action, {
      input: {
        project: 'portail',
        environment: 'dev',
        path: 'dev-only',
        secrets: { K: 'k' },
      },
      secrets: { ...(await world.tokenSecrets(USERS.claire)), k: 'valeur' },
    }).catch(e => e);

    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toContain('needs the SEE_SECRETS permission');
    expect(world.mutatingRequests()).toEqual([]);
    expect(await read('dev/dev-only')).toBeUndefined();
  });

  it('refuses a locked project', async () => {
    await expect(
      runAction(action, {
        input: { project: 'intranet', environment: 'dev', secrets: { K: 'k' } },
        secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'valeur' },
      }),
    ).rejects.toThrow(/locked/);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('reports a Vault failure without the value', async () => {
    const value = 'valeur-pendant-la-panne';
    world.sandbox.faults.add({
      method: 'POST',
      path: '/vault/v1/portail/data/**',
      kind: 'status',
      status: 503,
      body: { errors: ['Vault is sealed'] },
    });
    world.sandbox.faults.add({
      method: 'PUT',
      path: '/vault/v1/portail/data/**',
      kind: 'status',
      status: 503,
      body: { errors: ['Vault is sealed'] },
    });

    const error = await runAction(action, {
      input: {
        project: 'portail',
        environment: 'dev',
        path: 'panne',
        secrets: { K: 'k' },
      },
      secrets: { ...(await world.tokenSecrets(USERS.alice)), k: value },
    }).catch(e => e);

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe('Vault is sealed');
    expect(String(error.stack)).not.toContain(value);
  });

  it('writes one version when the task crashes right after the write', async () => {
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.vault.write.', 'after-save');
    const options = {
      input: {
        project: 'portail',
        environment: 'dev',
        path: 'rejeu',
        secrets: { K: 'k' },
      },
      secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'une-valeur' },
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    await runAction(action, options);

    expect((await read('dev/rejeu'))?.version).toBe(1);
    expect(writes()).toBe(1);
  });

  it('writes one version when the crash lost the checkpoint', async () => {
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.vault.write.', 'before-save');
    const options = {
      input: {
        project: 'portail',
        environment: 'dev',
        path: 'perdu',
        secrets: { K: 'k' },
      },
      secrets: { ...(await world.tokenSecrets(USERS.alice)), k: 'une-valeur' },
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    await runAction(action, options);

    expect((await read('dev/perdu'))?.version).toBe(1);
  });
});

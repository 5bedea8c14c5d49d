import { createMockDirectory } from '@backstage/backend-test-utils';
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
import { createGitlabPushAction } from './gitlabPush';

jest.setTimeout(60_000);

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0xfe,
]);

describe('cpin:gitlab:push', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createGitlabPushAction>;
  const workspace = createMockDirectory();

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createGitlabPushAction({ cloudPi: world.cloudPi });
  }, 120_000);

  afterAll(() => world?.stop());

  beforeEach(() => {
    world.sandbox.faults.clear();
    workspace.setContent({
      'README.md': '# Démarches\n',
      'src/index.js': 'console.log("bonjour");\n',
      'logo.png': PNG,
      '.gitignore': 'node_modules/\n',
      node_modules: { 'dep.js': 'ignored' },
      skeleton: { 'other.txt': 'only in the sub-folder\n' },
    });
  });

  /** A standalone repository of portail, created for one test. */
  async function standaloneRepository(name: string) {
    const { cloudPiToken } = await world.tokenSecrets(USERS.alice);
    await world.cloudPi
      .getInstance(INSTANCE)
      .consoleAs({ type: 'bearer', token: cloudPiToken })
      .repositories.create('portail', {
        internalRepoName: name,
        isPrivate: false,
        isInfra: false,
      });
    world.sandbox.resetStats();
    return encodeURIComponent(`forge/projects/portail/${name}`);
  }

  const rawFile = async (project: string, path: string) => {
    const res = await fetch(
      `${
        world.sandbox.urls.gitlab
      }/api/v4/projects/${project}/repository/files/${encodeURIComponent(
        path,
      )}/raw?ref=main`,
      {
        headers: {
          'private-token': world.sandbox.credentials.tools.gitlabToken,
        },
      },
    );
    return res.ok ? Buffer.from(await res.arrayBuffer()) : undefined;
  };
  const commitsWith = async (project: string, message: string) =>
    (
      (await gitlabGet<Array<{ message: string }>>(
        world,
        `/projects/${project}/repository/commits?ref_name=main&per_page=100`,
      )) ?? []
    ).filter(c => c.message.startsWith(message));

  it('pushes the workspace as one commit and sets CI/CD variables', async () => {
    const project = await standaloneRepository('pousse');
    const registryPassword = 'S3cr3t-Registry-Passw0rd';

    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'portail',
        repository: 'pousse',
        commitMessage: 'Squelette initial',
        variables: [
          { key: 'APP_NAME', value: 'pousse' },
          { key: 'REGISTRY_PASSWORD', secret: 'registryPassword' },
        ],
      },
      secrets: {
        ...(await world.tokenSecrets(USERS.claire)),
        registryPassword,
      },
      workspacePath: workspace.path,
      userEmail: USERS.claire,
    });

    expect((await rawFile(project, 'README.md'))?.toString()).toBe(
      '# Démarches\n',
    );
    expect((await rawFile(project, 'src/index.js'))?.toString()).toContain(
      'bonjour',
    );
    expect(await rawFile(project, 'logo.png')).toEqual(PNG);
    expect(await rawFile(project, 'node_modules/dep.js')).toBeUndefined();
    const [commit] = await commitsWith(project, 'Squelette initial');
    expect(commit).toMatchObject({ author_email: USERS.claire });
    const gitlabUrl = `${world.sandbox.urls.gitlab}/forge/projects/portail/pousse`;
    expect(outputs).toMatchObject({
      gitlabPath: 'forge/projects/portail/pousse',
      gitlabUrl,
      repoContentsUrl: `${gitlabUrl}/-/blob/main`,
      commitId: (commit as any).id,
      branch: 'main',
      files: 5,
      variables: ['APP_NAME', 'REGISTRY_PASSWORD'],
    });
    expect(
      await gitlabGet(world, `/projects/${project}/variables/APP_NAME`),
    ).toMatchObject({ value: 'pousse', masked: false });
    expect(
      await gitlabGet(
        world,
        `/projects/${project}/variables/REGISTRY_PASSWORD`,
      ),
    ).toMatchObject({ value: registryPassword, masked: true });
    expect(logger.text()).not.toContain(registryPassword);
    expect(JSON.stringify(outputs)).not.toContain(registryPassword);
  });

  it('pushes a sub-folder of the workspace', async () => {
    const project = await standaloneRepository('dossier');

    const { outputs } = await runAction(action, {
      input: {
        project: 'portail',
        repository: 'dossier',
        sourcePath: 'skeleton',
      },
      secrets: await world.tokenSecrets(USERS.alice),
      workspacePath: workspace.path,
    });

    expect(outputs.files).toBe(1);
    expect((await rawFile(project, 'other.txt'))?.toString()).toBe(
      'only in the sub-folder\n',
    );
    expect(await rawFile(project, 'src/index.js')).toBeUndefined();
  });

  it('does a dry run without pushing', async () => {
    const project = await standaloneRepository('essaipush');

    const { outputs } = await runAction(action, {
      input: { project: 'portail', repository: 'essaipush' },
      secrets: await world.tokenSecrets(USERS.alice),
      workspacePath: workspace.path,
      isDryRun: true,
    });

    expect(outputs).toMatchObject({
      commitId: '0000000000000000000000000000000000000000',
      files: 5,
    });
    expect(world.mutatingRequests()).toEqual([]);
    expect(await rawFile(project, 'src/index.js')).toBeUndefined();
  });

  describe('validation', () => {
    it.each([
      [
        'a variable with both a value and a secret',
        { variables: [{ key: 'A', value: 'x', secret: 's' }] },
        'La variable CI/CD A doit avoir soit une valeur (value), soit un secret (secret), pas les deux.',
      ],
      [
        'a variable whose secret is missing',
        { variables: [{ key: 'TOKEN', secret: 'absent' }] },
        'La variable CI/CD TOKEN désigne le secret de la tâche « absent », absent ou vide.',
      ],
      [
        'an invalid variable name',
        { variables: [{ key: 'MY-VAR', value: 'x' }] },
        "Le nom d'une variable CI/CD ne doit contenir que des lettres, des chiffres et « _ ».",
      ],
      [
        'an invalid branch',
        { branch: 'feat..x' },
        "Le nom de la branche n'est pas un nom de branche Git valide : il contient « .. ».",
      ],
      [
        'a missing folder',
        { sourcePath: 'absent' },
        expect.stringContaining('Nothing to push: the workspace has no folder'),
      ],
    ])('refuses %s, sending nothing', async (_, change, message) => {
      world.sandbox.resetStats();
      const error = await runAction(action, {
        input: { project: 'portail', repository: 'api', ...change },
        secrets: await world.tokenSecrets(USERS.alice),
        workspacePath: workspace.path,
      }).catch(e => e);

      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toEqual(message);
      expect(world.requestCount()).toBe(0);
    });

    it('refuses a mirrored repository, which a synchronisation would overwrite', async () => {
      world.sandbox.resetStats();
      await expect(
        runAction(action, {
          input: { project: 'portail', repository: 'front' },
          secrets: await world.tokenSecrets(USERS.alice),
          workspacePath: workspace.path,
        }),
      ).rejects.toThrow(
        /mirrors https:\/\/github.com\/cloud-pi-native\/demo-portail-front.git/,
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a repository the console does not know', async () => {
      await expect(
        runAction(action, {
          input: { project: 'portail', repository: 'inconnu' },
          secrets: await world.tokenSecrets(USERS.alice),
          workspacePath: workspace.path,
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  it('refuses a read-only member before touching GitLab', async () => {
    const project = await standaloneRepository('lecture');

    const error = await runAction(action, {
      input: { project: 'portail', repository: 'lecture' },
      secrets: await world.tokenSecrets(USERS.david),
      workspacePath: workspace.path,
    }).catch(e => e);

    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toContain('MANAGE_REPOSITORIES');
    expect(world.mutatingRequests()).toEqual([]);
    expect(await rawFile(project, 'src/index.js')).toBeUndefined();
  });

  it('reports a GitLab failure', async () => {
    const project = await standaloneRepository('pannegit');
    world.sandbox.faults.add({
      method: 'POST',
      path: '/gitlab/api/v4/projects/*/repository/commits',
      kind: 'status',
      status: 500,
      body: { message: '500 Internal Server Error' },
      times: 1,
    });

    await expect(
      runAction(action, {
        input: { project: 'portail', repository: 'pannegit' },
        secrets: await world.tokenSecrets(USERS.alice),
        workspacePath: workspace.path,
      }),
    ).rejects.toThrow(/500/);
    expect(await rawFile(project, 'src/index.js')).toBeUndefined();
  });

  it('pushes one commit when the task crashes right after the push', async () => {
    const project = await standaloneRepository('rejeupush');
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.gitlab.push.', 'after-save');
    const options = {
      input: {
        project: 'portail',
        repository: 'rejeupush',
        commitMessage: 'Rejeu',
        variables: [{ key: 'APP_NAME', value: 'rejeupush' }],
      },
      secrets: await world.tokenSecrets(USERS.alice),
      workspacePath: workspace.path,
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    const { outputs } = await runAction(action, options);

    const commits = await commitsWith(project, 'Rejeu');
    expect(commits).toHaveLength(1);
    expect(outputs.commitId).toBe((commits[0] as any).id);
    expect(
      await gitlabGet(world, `/projects/${project}/variables/APP_NAME`),
    ).toMatchObject({ value: 'rejeupush' });
  });
});

import { InputError, NotAllowedError } from '@backstage/errors';
import {
  PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiWorld,
  INSTANCE,
  USERS,
  gitlabGet,
  startCloudPiWorld,
  vaultRead,
} from '../__testUtils__/cloudPiWorld';
import {
  CheckpointStore,
  SimulatedCrash,
  runAction,
} from '../__testUtils__/testContext';
import { setupServer } from 'msw/node';
import { createRepositoryCreateAction } from './repositoryCreate';

jest.setTimeout(60_000);

describe('cpin:repository:create', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createRepositoryCreateAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createRepositoryCreateAction({
      cloudPi: world.cloudPi,
      provisioning: { pollIntervalMs: 10, timeoutMs: 5_000 },
    });
  }, 120_000);

  afterAll(() => world?.stop());

  beforeEach(() => {
    world.sandbox.faults.clear();
    world.sandbox.resetStats();
  });

  const servers: Array<{ close(): void }> = [];
  afterEach(() => servers.splice(0).forEach(server => server.close()));
  const afterTestStopping = (server: { close(): void }) => servers.push(server);

  const admin = () => world.cloudPi.getInstance(INSTANCE).console;
  const repositoriesOf = (project: string) =>
    admin().repositories.list(project);
  const gitlabProject = (slug: string, repo: string) =>
    gitlabGet(
      world,
      `/projects/${encodeURIComponent(`forge/projects/${slug}/${repo}`)}`,
    );

  it('creates a standalone repository and outputs its GitLab and SonarQube coordinates', async () => {
    const { outputs } = await runAction(action, {
      input: { project: 'portail', name: 'backoffice' },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    const repository = (await repositoriesOf('portail')).find(
      r => r.internalRepoName === 'backoffice',
    )!;
    expect(repository).toMatchObject({ externalRepoUrl: '', isInfra: false });
    const gitlabUrl = `${world.sandbox.urls.gitlab}/forge/projects/portail/backoffice`;
    expect(outputs).toEqual({
      repositoryId: repository.id,
      name: 'backoffice',
      projectId: repository.projectId,
      gitlabPath: 'forge/projects/portail/backoffice',
      gitlabUrl,
      cloneUrl: `${gitlabUrl}.git`,
      sonarQubeProjectKey: sonarQubeProjectKey('portail', 'backoffice'),
      consoleUrl: `${world.sandbox.urls.console}/projects/portail`,
      adopted: false,
    });
    expect(await gitlabProject('portail', 'backoffice')).toMatchObject({
      path_with_namespace: 'forge/projects/portail/backoffice',
    });
  });

  it('lets a developer create one (the role has MANAGE_REPOSITORIES)', async () => {
    await runAction(action, {
      input: {
        project: 'portail',
        name: 'deploiement',
        isInfra: true,
        deployPath: 'helm',
        helmValuesFiles: ['values.yaml', 'values-<env>.yaml'],
      },
      secrets: await world.tokenSecrets(USERS.claire),
    });

    expect(
      (await repositoriesOf('portail')).find(
        r => r.internalRepoName === 'deploiement',
      ),
    ).toMatchObject({
      isInfra: true,
      deployRevision: 'HEAD',
      deployPath: 'helm',
      helmValuesFiles: 'values.yaml,values-<env>.yaml',
    });
  });

  it('mirrors a private repository with the token from the task secrets, never showing it', async () => {
    // Observes the real requests to the sandbox without changing them.
    const spy = setupServer();
    const sentBodies: string[] = [];
    spy.events.on('request:start', async ({ request }) => {
      if (request.method !== 'GET')
        sentBodies.push(await request.clone().text());
    });
    spy.listen({ onUnhandledRequest: 'bypass' });
    afterTestStopping(spy);
    const token = 'ghp_privateRepositoryToken0123456789';
    const secrets = {
      ...(await world.tokenSecrets(USERS.alice)),
      depotPrive: token,
    };
    const checkpoints = new CheckpointStore();

    const { outputs, logger } = await runAction(action, {
      input: {
        project: 'portail',
        name: 'mobile',
        externalRepoUrl: 'https://github.com/ministere/mobile.git',
        isPrivate: true,
        externalUserName: 'ci-bot',
        externalTokenSecret: 'depotPrive',
      },
      secrets,
      checkpoints,
    });

    expect(
      (await repositoriesOf('portail')).find(
        r => r.internalRepoName === 'mobile',
      ),
    ).toMatchObject({
      externalRepoUrl: 'https://github.com/ministere/mobile.git',
      isPrivate: true,
      externalUserName: 'ci-bot',
    });
    // The action sends the token to the console in the creation request
    // only; the console keeps it in Vault `<repo>-mirror`, never in its rows.
    const sentByAction = sentBodies.filter(
      b => b.includes(token) && b.includes('"externalToken"'),
    );
    expect(sentByAction).toEqual([
      expect.stringContaining(
        '"externalToken":"ghp_privateRepositoryToken0123456789"',
      ),
    ]);
    const mirror = await vaultRead(
      world,
      'forge-dso',
      'forge/projects/portail/mobile-mirror',
    );
    expect(mirror?.data).toMatchObject({
      GIT_INPUT_USER: 'ci-bot',
      GIT_INPUT_PASSWORD: token,
    });
    expect(logger.text()).not.toContain(token);
    expect(JSON.stringify(outputs)).not.toContain(token);
    expect(JSON.stringify([...checkpoints.values])).not.toContain(token);
  });

  it('adopts an existing repository with the same source, with a warning', async () => {
    const { outputs, logger } = await runAction(action, {
      input: { project: 'portail', name: 'api' },
      secrets: await world.tokenSecrets(USERS.bob),
    });

    expect(outputs.adopted).toBe(true);
    expect(logger.at('warn')).toEqual([
      'The repository "api" already exists in "portail": it is reused as is',
    ]);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('refuses a name taken by a repository with another source', async () => {
    await expect(
      runAction(action, {
        input: { project: 'portail', name: 'front' },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toThrow(/^Le nom du dépôt interne front existe déjà/);
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('does a dry run with read-only calls', async () => {
    const { outputs } = await runAction(action, {
      input: { project: 'portail', name: 'essai' },
      secrets: await world.tokenSecrets(USERS.alice),
      isDryRun: true,
    });

    expect(outputs).toMatchObject({
      repositoryId: '00000000-0000-4000-8000-000000000000',
      gitlabPath: 'forge/projects/portail/essai',
      adopted: false,
    });
    expect(world.mutatingRequests()).toEqual([]);
    expect(await gitlabProject('portail', 'essai')).toBeUndefined();
  });

  describe('validation', () => {
    it.each([
      [
        'a reserved name',
        { name: 'mirror' },
        "Le nom du dépôt choisi est inclus dans la liste d'exclusion: mirror, infra-apps, infra-observability",
      ],
      [
        'a name ending with a hyphen',
        { name: 'api-' },
        "Le nom du dépôt ne doit contenir ni majuscules, ni espaces, ni caractères spéciaux hormis le trait d'union, et doit commencer et se terminer par un caractère alphanumérique",
      ],
      [
        'an external URL that is not https .git',
        { name: 'ext', externalRepoUrl: 'http://github.com/org/app' },
        "L'adresse doit commencer par https et se terminer par .git",
      ],
      [
        'a private repository without credentials',
        {
          name: 'prive',
          externalRepoUrl: 'https://github.com/org/app.git',
          isPrivate: true,
        },
        PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
      ],
    ])('refuses %s without sending any request', async (_, change, message) => {
      await expect(
        runAction(action, {
          input: { project: 'portail', ...change },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(new InputError(message));
      expect(world.requestCount()).toBe(0);
    });
  });

  describe('permissions', () => {
    it("refuses eve in alice's project before any change", async () => {
      const error = await runAction(action, {
        input: { project: 'portail', name: 'intrus' },
        secrets: await world.tokenSecrets(USERS.eve),
      }).catch(e => e);

      expect(error).toBeInstanceOf(NotAllowedError);
      expect(error.message).toMatch(
        /You are not a member of the Cloud π project "portail"/,
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a read-only member', async () => {
      await expect(
        runAction(action, {
          input: { project: 'portail', name: 'lecture' },
          secrets: await world.tokenSecrets(USERS.david),
        }),
      ).rejects.toThrow(/needs the MANAGE_REPOSITORIES permission/);
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses a locked project', async () => {
      await expect(
        runAction(action, {
          input: { project: 'intranet', name: 'verrou' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(/is locked \(Le projet est verrouillé\)/);
      expect(world.mutatingRequests()).toEqual([]);
    });
  });

  it('reports a console failure clearly and creates nothing', async () => {
    world.sandbox.faults.add({
      method: 'POST',
      path: '/console/api/v2/projects/*/repositories',
      kind: 'status',
      status: 503,
      body: { message: 'GitLab injoignable' },
      times: 1,
    });

    await expect(
      runAction(action, {
        input: { project: 'portail', name: 'panne' },
        secrets: await world.tokenSecrets(USERS.alice),
      }),
    ).rejects.toThrow('GitLab injoignable');
    expect(
      (await repositoriesOf('portail')).map(r => r.internalRepoName),
    ).not.toContain('panne');
  });

  describe('replay', () => {
    it.each(['after-save', 'before-save'] as const)(
      'creates the repository once when the task crashes right after it (%s)',
      async when => {
        const name = `rejeu-${when}`.slice(0, 20).replace(/-$/, '');
        const checkpoints = new CheckpointStore();
        checkpoints.crashAfter('cpin.repository.create.', when);
        const options = {
          input: { project: 'portail', name },
          secrets: await world.tokenSecrets(USERS.alice),
          checkpoints,
        };

        await expect(runAction(action, options)).rejects.toBeInstanceOf(
          SimulatedCrash,
        );
        const { outputs } = await runAction(action, options);

        const matching = (await repositoriesOf('portail')).filter(
          r => r.internalRepoName === name,
        );
        expect(matching).toHaveLength(1);
        expect(outputs.repositoryId).toBe(matching[0].id);
        const project = await admin().projects.get('portail');
        expect(
          world.sandbox.stats().requests[
            `POST /console/api/v2/projects/${project.id}/repositories`
          ],
        ).toBe(1);
      },
    );
  });
});

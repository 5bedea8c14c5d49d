import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  argoCdWorkloadAppName,
  gitlabRepoUrl,
  namespaceName,
} from '@cpin/plugin-cloud-pi-native-common';
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
import { createDeploymentCreateAction } from './deploymentCreate';

jest.setTimeout(60_000);

describe('cpin:deployment:create', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createDeploymentCreateAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createDeploymentCreateAction({ cloudPi: world.cloudPi });
  });
  afterAll(() => world?.stop());
  beforeEach(() => {
    world.sandbox.faults.clear();
    world.sandbox.resetStats();
  });

  const admin = () => world.cloudPi.getInstance(INSTANCE).console;
  const deploymentsOf = (project: string) => admin().deployments.list(project);
  const postsTo = (projectId: string) =>
    world.sandbox.stats().requests[
      `POST /console/api/v1/projects/${projectId}/deployments`
    ] ?? 0;
  const appName = (slug: string, env: string, repo: string) =>
    argoCdWorkloadAppName(
      slug,
      env,
      repo,
      gitlabRepoUrl(world.sandbox.urls.gitlab, 'forge/projects', slug, repo),
    );
  /** Workload applications of a project in the default zone's Argo CD. */
  async function argoApps(slug: string): Promise<string[]> {
    const base = world.sandbox.urls.argocd.default;
    const session = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(world.sandbox.credentials.tools.argocd),
    });
    const { token } = await session.json();
    const list = await fetch(
      `${base}/api/v1/applications?selector=${encodeURIComponent(
        `dso/project.slug=${slug},dso/type=app`,
      )}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    return ((await list.json()).items ?? []).map((a: any) => a.metadata.name);
  }

  const instructionInProd = {
    project: 'urbanisme',
    name: 'instruction',
    environment: 'prod',
    sources: [
      {
        repository: 'instruction',
        path: 'chart',
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
      },
    ],
  };

  it('creates the deployment as the user; Argo CD follows in the background', async () => {
    const { outputs, logger } = await runAction(action, {
      input: instructionInProd,
      secrets: await world.tokenSecrets(USERS.alice),
    });

    const project = await admin().projects.get('urbanisme');
    const prod = (await admin().environments.list('urbanisme')).find(
      e => e.name === 'prod',
    )!;
    const created = (await deploymentsOf('urbanisme')).find(
      d => d.name === 'instruction' && d.environmentId === prod.id,
    )!;
    expect(outputs).toEqual({
      deploymentId: created.id,
      name: 'instruction',
      projectId: project.id,
      environment: 'prod',
      namespace: namespaceName(project.id, prod.id),
      argoCdApplications: [appName('urbanisme', 'prod', 'instruction')],
      consoleUrl: `${world.sandbox.urls.console}/projects/urbanisme`,
      adopted: false,
    });
    expect(created.deploymentSources).toEqual([
      expect.objectContaining({
        path: 'chart',
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
      }),
    ]);
    expect(world.mutatingRequests()).toEqual([
      `POST /console/api/v1/projects/${project.id}/deployments`,
    ]);
    expect(logger.at('info')).toEqual([
      expect.stringContaining('the console updates Argo CD in the background'),
    ]);

    await world.sandbox.settled();
    expect(await argoApps('urbanisme')).toContain(
      appName('urbanisme', 'prod', 'instruction'),
    );
    // The console recorded the requesting user, not the portal's token.
    const { logs } = await admin().logs.list({
      projectId: project.id,
      offset: 0,
      limit: 1,
    });
    const alice = world.sandbox.credentials.users.find(
      u => u.email === USERS.alice,
    )!;
    expect(logs[0]).toMatchObject({
      action: 'Create Deployment',
      userId: alice.id,
    });
  });

  it('adopts an identical deployment on a replay and refuses a different one', async () => {
    const secrets = await world.tokenSecrets(USERS.alice);
    const first = await runAction(action, {
      input: { ...instructionInProd, name: 'rejeu' },
      secrets,
    });
    world.sandbox.resetStats();

    const again = await runAction(action, {
      input: { ...instructionInProd, name: 'rejeu' },
      secrets,
    });
    expect(again.outputs).toMatchObject({
      deploymentId: first.outputs.deploymentId,
      adopted: true,
    });
    expect(again.logger.at('warn')).toEqual([
      expect.stringContaining('already exists in prod with the same sources'),
    ]);
    expect(world.mutatingRequests()).toEqual([]);

    await expect(
      runAction(action, {
        input: {
          ...instructionInProd,
          name: 'rejeu',
          sources: [{ repository: 'web', path: 'chart' }],
        },
        secrets,
      }),
    ).rejects.toThrow(
      /^Un déploiement "rejeu" existe déjà dans l'environnement prod avec d'autres sources \(instruction\)/,
    );
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('does a dry run with read-only calls', async () => {
    const { outputs } = await runAction(action, {
      input: { ...instructionInProd, name: 'essai' },
      secrets: await world.tokenSecrets(USERS.bob),
      isDryRun: true,
    });
    expect(outputs).toMatchObject({
      deploymentId: '00000000-0000-4000-8000-000000000000',
      name: 'essai',
      environment: 'prod',
      argoCdApplications: [appName('urbanisme', 'prod', 'instruction')],
      adopted: false,
    });
    expect(world.requestCount()).toBeGreaterThan(0);
    expect(world.mutatingRequests()).toEqual([]);
    expect((await deploymentsOf('urbanisme')).map(d => d.name)).not.toContain(
      'essai',
    );
  });

  it('dry-runs for a project an earlier step of the template creates', async () => {
    const { outputs, logger } = await runAction(action, {
      input: { ...instructionInProd, project: 'futur' },
      secrets: await world.tokenSecrets(USERS.alice),
      isDryRun: true,
    });
    expect(outputs).toMatchObject({
      projectId: '00000000-0000-4000-8000-000000000000',
      environment: 'prod',
      consoleUrl: `${world.sandbox.urls.console}/projects/futur`,
    });
    expect(outputs.namespace).toBeUndefined();
    expect(logger.at('warn')).toEqual([
      'Dry run: the Cloud π project "futur" does not exist yet (an earlier step may create it); only the inputs were checked',
    ]);
    expect(world.mutatingRequests()).toEqual([]);
  });

  describe('validation', () => {
    it.each([
      [
        'a name with capitals and a hyphen',
        { name: 'Web-App' },
        'Le nom du déploiement ne doit contenir que des lettres minuscules et des chiffres.',
      ],
      [
        'a name too long',
        { name: 'abcdefghijkl' },
        'Le nom du déploiement ne doit pas dépasser 11 caractères.',
      ],
      [
        'no source',
        { sources: [] },
        'Au moins une source de déploiement est requise',
      ],
      [
        'no environment',
        { environment: ' ' },
        "L'environnement est obligatoire.",
      ],
    ])('refuses %s without sending any request', async (_, change, message) => {
      await expect(
        runAction(action, {
          input: { ...instructionInProd, ...change },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(new InputError(message));
      expect(world.requestCount()).toBe(0);
    });

    it('refuses two external value sources before any request', async () => {
      const external = {
        type: 'external' as const,
        path: 'web/values.yaml',
        ref: 'config',
        repository: 'config',
      };
      await expect(
        runAction(action, {
          input: {
            ...instructionInProd,
            sources: [
              { repository: 'web', valueSources: [external, external] },
            ],
          },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        new InputError(
          'Une seule source de valeurs externe est autorisée par source de déploiement',
        ),
      );
      expect(world.requestCount()).toBe(0);
    });

    it('refuses an unknown environment or repository of the project', async () => {
      const secrets = await world.tokenSecrets(USERS.alice);
      await expect(
        runAction(action, {
          input: { ...instructionInProd, environment: 'staging' },
          secrets,
        }),
      ).rejects.toThrow(/^Environnement introuvable : "staging"/);
      await expect(
        runAction(action, {
          input: { ...instructionInProd, sources: [{ repository: 'api' }] },
          secrets,
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(world.mutatingRequests()).toEqual([]);
    });
  });

  describe('refusals', () => {
    it('refuses a member without MANAGE_DEPLOYMENTS before any change', async () => {
      // Bob is DevOps in portail: no default role may manage deployments.
      const error = await runAction(action, {
        input: {
          project: 'portail',
          name: 'api',
          environment: 'dev',
          sources: [{ repository: 'api' }],
        },
        secrets: await world.tokenSecrets(USERS.bob),
      }).catch(e => e);
      expect(error).toBeInstanceOf(NotAllowedError);
      expect(error.message).toContain(
        'this needs the MANAGE_DEPLOYMENTS permission',
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses someone outside the project', async () => {
      await expect(
        runAction(action, {
          input: instructionInProd,
          secrets: await world.tokenSecrets(USERS.eve),
        }),
      ).rejects.toBeInstanceOf(NotAllowedError);
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('lets a member with the deployment role create it', async () => {
      // Bob holds the custom "Déploiement" role in urbanisme.
      const { outputs } = await runAction(action, {
        input: { ...instructionInProd, name: 'parbob' },
        secrets: world.patSecrets(USERS.bob),
        userEmail: USERS.bob,
      });
      expect(outputs).toMatchObject({ name: 'parbob', adopted: false });
    });
  });

  describe('replay', () => {
    it.each(['after-save', 'before-save'] as const)(
      'creates the deployment once when the task crashes right after it (%s)',
      async when => {
        const project = await admin().projects.get('urbanisme');
        const checkpoints = new CheckpointStore();
        checkpoints.crashAfter('cpin.deployment.create.', when);
        const secrets = await world.tokenSecrets(USERS.alice);
        const name = `crash${when.slice(0, 5).replace('-', '')}`;
        const options = {
          input: { ...instructionInProd, name },
          secrets,
          checkpoints,
        };

        await expect(runAction(action, options)).rejects.toBeInstanceOf(
          SimulatedCrash,
        );
        const { outputs } = await runAction(action, options);

        const matching = (await deploymentsOf('urbanisme')).filter(
          d => d.name === name,
        );
        expect(matching).toHaveLength(1);
        expect(outputs.deploymentId).toBe(matching[0].id);
        expect(postsTo(project.id)).toBe(1);
      },
    );
  });
});

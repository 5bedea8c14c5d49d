import { InputError, NotAllowedError } from '@backstage/errors';
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
import { createMemberAddAction } from './memberAdd';

jest.setTimeout(60_000);

describe('cpin:member:add', () => {
  let world: CloudPiWorld;
  let action: ReturnType<typeof createMemberAddAction>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    action = createMemberAddAction({
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
  const count = (method: string, suffix: string) =>
    Object.entries(world.sandbox.stats().requests)
      .filter(([key]) => key.startsWith(`${method} `) && key.endsWith(suffix))
      .reduce((n, [, c]) => n + c, 0);

  /** A project of alice's, for tests that change its team. */
  async function aliceProject(name: string) {
    const { cloudPiToken } = await world.tokenSecrets(USERS.alice);
    const asAlice = world.cloudPi
      .getInstance(INSTANCE)
      .consoleAs({ type: 'bearer', token: cloudPiToken });
    const project = await asAlice.projects.create({
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
    return { project, asAlice };
  }

  it('adds a person with a role, then reprovisions so the tools know them', async () => {
    const { project } = await aliceProject('equipe');

    const { outputs } = await runAction(action, {
      input: {
        project: 'equipe',
        email: USERS.eve,
        roles: ['développeur'],
      },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    const roles = await admin().roles.list(project.id);
    const developer = roles.find(r => r.name === 'Développeur')!;
    const members = await admin().members.list(project.id);
    const eve = members.find(m => m.email === USERS.eve)!;
    expect(eve.roleIds).toEqual([developer.id]);
    expect(outputs).toEqual({
      userId: eve.userId,
      projectId: project.id,
      roleIds: [developer.id],
      roles: ['Développeur'],
      replayed: true,
      consoleUrl: `${world.sandbox.urls.console}/projects/equipe`,
      adopted: false,
    });
    expect(count('PUT', `/projects/${project.id}/hooks`)).toBe(1);
  });

  it('adds someone who never logged into the console', async () => {
    await aliceProject('nouveaux');

    const { outputs } = await runAction(action, {
      input: { project: 'nouveaux', email: USERS.frank },
      secrets: world.patSecrets(USERS.alice),
      userEmail: USERS.alice,
    });

    const members = await admin().members.list('nouveaux');
    expect(members.map(m => m.email)).toEqual([USERS.frank]);
    expect(outputs).toMatchObject({ roles: [], replayed: true });
  });

  it('keeps the roles of an existing member and adds the requested ones, with a warning', async () => {
    const portail = await admin().projects.get('portail');
    const role = (name: string) => portail.roles.find(r => r.name === name)!.id;

    const { outputs, logger } = await runAction(action, {
      input: { project: 'portail', email: USERS.bob, roles: ['Lecture seule'] },
      secrets: await world.tokenSecrets(USERS.alice),
    });

    expect(outputs).toMatchObject({
      adopted: true,
      roles: ['DevOps', 'Lecture seule'],
      roleIds: [role('DevOps'), role('Lecture seule')],
    });
    expect(logger.at('warn')).toEqual([
      `${USERS.bob} already is a member of "portail": keeping their roles and adding the requested ones`,
    ]);
    expect(count('POST', '/members')).toBe(0);
  });

  it('does a dry run without changing the team', async () => {
    const { outputs } = await runAction(action, {
      input: { project: 'portail', email: USERS.eve, roles: ['DevOps'] },
      secrets: await world.tokenSecrets(USERS.alice),
      isDryRun: true,
    });

    expect(outputs).toMatchObject({ roles: ['DevOps'], adopted: false });
    expect(world.mutatingRequests()).toEqual([]);
    expect(
      (await admin().members.list('portail')).map(m => m.email),
    ).not.toContain(USERS.eve);
  });

  describe('validation', () => {
    it('refuses an invalid e-mail, sending nothing', async () => {
      await expect(
        runAction(action, {
          input: { project: 'portail', email: 'eve.nobody' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(new InputError("L'adresse e-mail est invalide."));
      expect(world.requestCount()).toBe(0);
    });

    it('refuses an unknown role before any change', async () => {
      await expect(
        runAction(action, {
          input: { project: 'portail', email: USERS.eve, roles: ['Chef'] },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        new InputError(
          'Rôle introuvable : Chef (roles of the project: Administrateur, DevOps, Développeur, Lecture seule)',
        ),
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('refuses the owner', async () => {
      await expect(
        runAction(action, {
          input: { project: 'portail', email: USERS.alice },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow(
        /^Le owner ne peut pas être ajouté en tant que membre\./,
      );
      expect(world.mutatingRequests()).toEqual([]);
    });

    it('reports an e-mail nobody has, from the console', async () => {
      await aliceProject('inconnus');
      await expect(
        runAction(action, {
          input: { project: 'inconnus', email: 'personne@interieur.gouv.fr' },
          secrets: await world.tokenSecrets(USERS.alice),
        }),
      ).rejects.toThrow('Utilisateur introuvable');
    });
  });

  it('refuses a member who may not manage the team', async () => {
    const error = await runAction(action, {
      input: { project: 'portail', email: USERS.eve },
      secrets: await world.tokenSecrets(USERS.claire),
    }).catch(e => e);

    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toContain('needs the MANAGE_MEMBERS permission');
    expect(world.mutatingRequests()).toEqual([]);
  });

  it('adds without reprovisioning, with a warning, when the user may not reprovision', async () => {
    const { project, asAlice } = await aliceProject('sansrejeu');
    // A team manager role, and no REPLAY_HOOKS for every member.
    const roles = await asAlice.roles.create(project.id, {
      name: 'Gestion équipe',
      permissions: '4',
    });
    const manager = roles.find(r => r.name === 'Gestion équipe')!;
    await asAlice.members.add(project.id, { email: USERS.bob });
    await asAlice.members.setRoles(project.id, [
      {
        userId: world.sandbox.credentials.users.find(
          u => u.email === USERS.bob,
        )!.id,
        roles: [manager.id],
      },
    ]);
    await asAlice.projects.update(project.id, { everyonePerms: '768' });
    world.sandbox.resetStats();

    const { outputs, logger } = await runAction(action, {
      input: { project: 'sansrejeu', email: USERS.claire },
      secrets: await world.tokenSecrets(USERS.bob),
    });

    expect(outputs.replayed).toBe(false);
    expect(logger.at('warn')).toEqual([
      expect.stringContaining(
        'You may not reprovision "sansrejeu" (REPLAY_HOOKS)',
      ),
    ]);
    expect(count('PUT', '/hooks')).toBe(0);
    expect(
      (await admin().members.list(project.id)).map(m => m.email),
    ).toContain(USERS.claire);
  });

  it('adds, sets roles and reprovisions once each when the task crashes right after the addition', async () => {
    const { project } = await aliceProject('rejeuequipe');
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.member.add.', 'after-save');
    const options = {
      input: { project: 'rejeuequipe', email: USERS.eve, roles: ['DevOps'] },
      secrets: await world.tokenSecrets(USERS.alice),
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    const { outputs } = await runAction(action, options);

    expect(outputs).toMatchObject({ roles: ['DevOps'], adopted: false });
    expect(count('POST', `/projects/${project.id}/members`)).toBe(1);
    expect(count('PATCH', `/projects/${project.id}/members`)).toBe(1);
    expect(count('PUT', `/projects/${project.id}/hooks`)).toBe(1);
    expect(await admin().members.list(project.id)).toHaveLength(1);
  });

  it('does not add the member twice when the crash lost the checkpoint', async () => {
    const { project } = await aliceProject('rejeuperdu');
    const checkpoints = new CheckpointStore();
    checkpoints.crashAfter('cpin.member.add.', 'before-save');
    const options = {
      input: { project: 'rejeuperdu', email: USERS.eve },
      secrets: await world.tokenSecrets(USERS.alice),
      checkpoints,
    };

    await expect(runAction(action, options)).rejects.toBeInstanceOf(
      SimulatedCrash,
    );
    const { outputs } = await runAction(action, options);

    expect(outputs.adopted).toBe(true);
    expect(count('POST', `/projects/${project.id}/members`)).toBe(1);
    expect(await admin().members.list(project.id)).toHaveLength(1);
  });
});

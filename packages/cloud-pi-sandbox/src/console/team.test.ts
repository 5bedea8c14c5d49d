import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

describe('console members and roles', () => {
  let t: TestSandbox;
  const members = '/api/v1/projects/portail/members';
  const roles = '/api/v1/projects/portail/roles';

  beforeAll(async () => {
    t = await startTestSandbox();
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  it('lists members without the owner', async () => {
    const response = await t.call('GET', members, t.pat(DEMO.owner));
    expect(response.status).toBe(200);
    expect(response.body.map((m: any) => m.email)).toEqual([
      DEMO.devops,
      DEMO.developer,
      DEMO.readonly,
    ]);
  });

  it('adds, patches and removes a member, logging each change', async () => {
    const owner = t.pat(DEMO.owner);
    const added = await t.call('POST', members, owner, { email: DEMO.nobody });
    expect(added.status).toBe(201);
    const eve = added.body.find((m: any) => m.email === DEMO.nobody);
    expect(eve.roleIds).toEqual([]);

    const devops = (await t.call('GET', roles, owner)).body.find(
      (r: any) => r.name === 'DevOps',
    );
    const patched = await t.call('PATCH', members, owner, [
      { userId: eve.userId, roles: [devops.id] },
    ]);
    expect(
      patched.body.find((m: any) => m.userId === eve.userId).roleIds,
    ).toEqual([devops.id]);
    // Eve now manages environments of portail.
    const context = await t.call(
      'GET',
      '/api/v1/projects/portail',
      t.pat(DEMO.nobody),
    );
    expect(context.status).toBe(200);

    const removed = await t.call('DELETE', `${members}/${eve.userId}`, owner);
    expect(removed.status).toBe(200);
    expect(removed.body.map((m: any) => m.email)).not.toContain(DEMO.nobody);

    const logs = await t.call(
      'GET',
      '/api/v1/logs?offset=0&limit=3&projectId=portail',
      owner,
    );
    expect(logs.body.logs.map((l: any) => l.action)).toEqual([
      'Remove Project Member',
      'Update Project Member',
      'Add Project Member',
    ]);
  });

  it('does not provision on member changes (NestJS has no listener)', async () => {
    const before = t.provisioner.callsFor('portail').length;
    await t.call('POST', members, t.pat(DEMO.owner), { email: DEMO.nobody });
    expect(t.provisioner.callsFor('portail').length).toBe(before);
  });

  it('refuses the owner, unknown users and duplicates', async () => {
    const owner = t.pat(DEMO.owner);
    const self = await t.call('POST', members, owner, { email: DEMO.owner });
    expect(self.status).toBe(400);
    expect(self.body.message).toBe(
      'Le owner ne peut pas être ajouté en tant que membre.',
    );
    const unknown = await t.call('POST', members, owner, {
      email: 'personne@example.fr',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Utilisateur introuvable');
    const twice = await t.call('POST', members, owner, { email: DEMO.devops });
    expect(twice.status).toBe(400);
    const invalid = await t.call('POST', members, owner, {
      email: 'pas-une-adresse',
    });
    expect(invalid.status).toBe(400);
  });

  it('creates the console user of a realm account added by e-mail', async () => {
    const frank = t.sandbox.credentials.users.find(
      u => u.email === DEMO.realmOnly,
    )!;
    const bearer = await t.sandbox.issueAccessToken(DEMO.realmOnly);
    expect((await t.call('GET', '/api/v1/projects', { bearer })).status).toBe(
      401,
    );
    const added = await t.call('POST', members, t.pat(DEMO.owner), {
      email: DEMO.realmOnly,
    });
    expect(added.status).toBe(201);
    expect(added.body.find((m: any) => m.email === DEMO.realmOnly).userId).toBe(
      frank.id,
    );
    const projects = await t.call('GET', '/api/v1/projects', { bearer });
    expect(projects.body.map((p: any) => p.slug)).toEqual(['portail']);
  });

  it('refuses member management without MANAGE_MEMBERS', async () => {
    const response = await t.call('POST', members, t.pat(DEMO.devops), {
      email: DEMO.nobody,
    });
    expect(response.status).toBe(403);
  });

  it('lists roles with their member counts', async () => {
    const owner = t.pat(DEMO.owner);
    const list = (await t.call('GET', roles, owner)).body;
    const counts = (await t.call('GET', `${roles}/member-counts`, owner)).body;
    for (const role of list) expect(counts[role.id]).toBe(role.userCount);
    expect(list.find((r: any) => r.name === 'DevOps').userCount).toBe(1);
  });

  it('creates, reorders and deletes a custom role, provisioning each time', async () => {
    const owner = t.pat(DEMO.owner);
    const before = t.provisioner.callsFor('portail').length;
    const created = await t.call('POST', roles, owner, {
      name: 'Auditeurs',
      permissions: '3072',
      oidcGroup: '/console/auditeurs',
    });
    expect(created.status).toBe(201);
    const role = created.body.find((r: any) => r.name === 'Auditeurs');
    expect(role).toMatchObject({
      oidcGroup: '/console/auditeurs',
      permissions: '3072',
      type: 'managed',
      position: 4,
    });
    const upsert = t.provisioner.calls.at(-1)!;
    expect(upsert.snapshot.roles.find(r => r.id === role.id)!.oidcGroup).toBe(
      '/portail/console/auditeurs',
    );

    const partial = await t.call('PATCH', roles, owner, [
      { id: role.id, position: 0 },
    ]);
    expect(partial.status).toBe(400);
    expect(partial.body.message).toBe(
      'Les numéros de position des rôles sont incohérentes',
    );
    const order = created.body.map((r: any) => r.id).reverse();
    const reordered = await t.call(
      'PATCH',
      roles,
      owner,
      order.map((id: string, position: number) => ({ id, position })),
    );
    expect(reordered.body[0].name).toBe('Auditeurs');

    const claire = t.sandbox.credentials.users.find(
      u => u.email === DEMO.developer,
    )!;
    await t.call('PATCH', members, owner, [
      { userId: claire.id, roles: [role.id] },
    ]);
    expect((await t.call('DELETE', `${roles}/${role.id}`, owner)).status).toBe(
      204,
    );
    const claireNow = (await t.call('GET', members, owner)).body.find(
      (m: any) => m.userId === claire.id,
    );
    expect(claireNow.roleIds).toEqual([]);
    const upserts = t.provisioner.callsFor('portail').slice(before);
    expect(upserts.filter(c => c.method === 'upsertProject')).toHaveLength(3);
  });

  it('keeps system roles read-only', async () => {
    const owner = t.pat(DEMO.owner);
    const admin = (await t.call('GET', roles, owner)).body.find(
      (r: any) => r.name === 'Administrateur',
    );
    const rename = await t.call('PATCH', roles, owner, [
      { id: admin.id, name: 'Chef' },
    ]);
    expect(rename.status).toBe(400);
    expect((await t.call('DELETE', `${roles}/${admin.id}`, owner)).status).toBe(
      400,
    );
    const systemType = await t.call('POST', roles, owner, {
      name: 'Faux',
      type: 'system:managed',
    });
    expect(systemType.status).toBe(400);
    const badGroup = await t.call('POST', roles, owner, {
      name: 'Groupe',
      oidcGroup: 'sans-slash',
    });
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.fieldErrors.oidcGroup).toEqual([
      'Le groupe OIDC doit commencer par /.',
    ]);
  });
});

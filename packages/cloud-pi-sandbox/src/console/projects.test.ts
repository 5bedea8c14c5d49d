import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

const budget = {
  limitless: true,
  hprodCpu: 0,
  hprodGpu: 0,
  hprodMemory: 0,
  prodCpu: 0,
  prodGpu: 0,
  prodMemory: 0,
};

describe('console projects', () => {
  let t: TestSandbox;
  let admin: { token: string };

  beforeAll(async () => {
    t = await startTestSandbox();
    admin = { token: t.sandbox.credentials.adminToken };
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  describe('creation', () => {
    it('returns the pre-provisioning snapshot, then the provisioned status', async () => {
      const owner = t.pat(DEMO.owner);
      const created = await t.call('POST', '/api/v1/projects', owner, {
        name: 'creation',
        description: 'Un projet',
        ...budget,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'creation',
        slug: 'creation',
        status: 'created',
        locked: false,
        everyonePerms: '896',
        lastSuccessProvisionningVersion: null,
        members: [],
      });
      expect(created.body.owner.email).toBe(DEMO.owner);
      expect(
        created.body.roles.map((r: any) => [
          r.name,
          r.oidcGroup,
          r.permissions,
          r.type,
        ]),
      ).toEqual([
        ['Administrateur', '/console/admin', '2', 'system:managed'],
        ['DevOps', '/console/devops', '984', 'system:managed'],
        ['Développeur', '/console/developer', '784', 'system:managed'],
        ['Lecture seule', '/console/readonly', '768', 'system:managed'],
      ]);

      const fetched = await t.call(
        'GET',
        `/api/v1/projects/${created.body.id}`,
        owner,
      );
      expect(fetched.body.lastSuccessProvisionningVersion).toBe('9.24.0');
      const upsert = t.provisioner
        .callsFor('creation')
        .find(c => c.method === 'upsertProject')!;
      // Tools receive the stored groups, with the slug prefix.
      expect(upsert.snapshot.roles.map(r => r.oidcGroup)).toContain(
        '/creation/console/admin',
      );
    });

    it('allocates `name-1`, `name-2` when the slug is taken', async () => {
      const owner = t.pat(DEMO.owner);
      const slugs: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await t.call('POST', '/api/v1/projects', owner, {
          name: 'portail',
          ...budget,
        });
        expect(response.status).toBe(201);
        slugs.push(response.body.slug);
      }
      expect(slugs).toEqual(['portail-1', 'portail-2']);
      const bySlug = await t.call('GET', '/api/v1/projects/portail-2', owner);
      expect(bySlug.body).toMatchObject({ name: 'portail', slug: 'portail-2' });
    });

    it('marks the project failed when a plugin fails, and logs why', async () => {
      const owner = t.pat(DEMO.owner);
      t.provisioner.fail('gitlab', 'Groupe parent introuvable');
      const created = await t.call('POST', '/api/v1/projects', owner, {
        name: 'echec',
        ...budget,
      });
      expect(created.status).toBe(201);
      const fetched = await t.call('GET', '/api/v1/projects/echec', owner);
      expect(fetched.body).toMatchObject({
        status: 'failed',
        lastSuccessProvisionningVersion: null,
      });
      const logs = await t.call(
        'GET',
        `/api/v1/logs?offset=0&limit=1&projectId=${fetched.body.id}`,
        owner,
      );
      expect(logs.body.logs[0]).toMatchObject({
        action: 'Create Project',
        data: {
          failed: ['gitlab'],
          messageResume: 'Errors:\ngitlab: Groupe parent introuvable;',
        },
      });
      // A replay that succeeds brings it back.
      expect(
        (await t.call('PUT', '/api/v1/projects/echec/hooks', owner)).status,
      ).toBe(204);
      expect(
        (await t.call('GET', '/api/v1/projects/echec', owner)).body.status,
      ).toBe('created');
    });

    it('treats a throwing provisioner as a failed plugin', async () => {
      const owner = t.pat(DEMO.owner);
      t.provisioner.throwOnNextUpsert = new Error('connexion refusée');
      await t.call('POST', '/api/v1/projects', owner, {
        name: 'jette',
        ...budget,
      });
      const fetched = await t.call('GET', '/api/v1/projects/jette', owner);
      expect(fetched.body.status).toBe('failed');
    });

    it('answers Zod failures with the flattened error', async () => {
      const response = await t.call(
        'POST',
        '/api/v1/projects',
        t.pat(DEMO.owner),
        {
          name: 'Mauvais-Nom',
          limitless: true,
        },
      );
      expect(response.status).toBe(400);
      expect(response.body.formErrors).toEqual([]);
      expect(response.body.fieldErrors.name).toEqual([
        'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
      ]);
      expect(Object.keys(response.body.fieldErrors)).toEqual(
        expect.arrayContaining(['hprodCpu', 'prodMemory']),
      );
    });

    it('makes the caller the owner, even a bot', async () => {
      const response = await t.call('POST', '/api/v1/projects', admin, {
        name: 'robot',
        ...budget,
      });
      expect(response.status).toBe(201);
      expect(response.body.owner).toMatchObject({
        type: 'bot',
        firstName: 'Bot Admin',
      });
    });
  });

  describe('listing and reading', () => {
    const slugs = (body: any[]) => body.map(p => p.slug);

    it('lists the projects a user owns or belongs to by default', async () => {
      const bob = await t.call('GET', '/api/v1/projects', t.pat(DEMO.devops));
      expect(slugs(bob.body)).toEqual(
        expect.arrayContaining(['portail', 'sirh', 'cadastre']),
      );
      expect(slugs(bob.body)).not.toContain('intranet');
      const owned = await t.call(
        'GET',
        '/api/v1/projects?filter=owned',
        t.pat(DEMO.devops),
      );
      expect(slugs(owned.body)).toEqual(['cadastre']);
      const eve = await t.call('GET', '/api/v1/projects', t.pat(DEMO.nobody));
      expect(eve.body).toEqual([]);
    });

    it('needs the MANAGE admin bit for filter=all', async () => {
      const refused = await t.call(
        'GET',
        '/api/v1/projects?filter=all',
        t.pat(DEMO.owner),
      );
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({
        statusCode: 403,
        message:
          "Seuls les admins avec les droits de visionnage des projets peuvent utiliser le filtre 'all'",
        error: 'Forbidden',
      });
      const all = await t.call('GET', '/api/v1/projects?filter=all', admin);
      expect(all.status).toBe(200);
      expect(slugs(all.body)).toEqual(
        expect.arrayContaining(['portail', 'sirh', 'intranet', 'cadastre']),
      );
    });

    it('filters by status, lock, version, search and name', async () => {
      const q = async (query: string) =>
        slugs(
          (await t.call('GET', `/api/v1/projects?filter=all&${query}`, admin))
            .body,
        );
      const live = await q('statusNotIn=archived');
      expect(live).toContain('portail');
      expect(live.filter(slug => slug.endsWith('_archived'))).toEqual([]);
      expect(await q('status=archived')).toEqual([
        expect.stringMatching(/^ancienportail_\d+_archived$/),
      ]);
      expect(await q('statusIn=failed,warning')).toContain('sirh');
      // Archived projects are locked too.
      expect(await q('locked=true')).toEqual([
        'intranet',
        expect.stringMatching(/^ancienportail_\d+_archived$/),
      ]);
      expect(await q('locked=false')).toContain('portail');
      expect(
        await q(
          'lastSuccessProvisionningVersion=outdated&statusNotIn=archived,failed',
        ),
      ).toContain('cadastre');
      expect(await q('lastSuccessProvisionningVersion=last')).not.toContain(
        'cadastre',
      );
      expect(await q('lastSuccessProvisionningVersion=9.23.1')).toEqual([
        'cadastre',
      ]);
      expect(await q('search=bob.durand')).toEqual(['cadastre']);
      expect(await q('name=intranet')).toEqual(['intranet']);
      expect(await q('description=cadastre')).toEqual(['cadastre']);
      const invalid = await t.call(
        'GET',
        '/api/v1/projects?status=perdu',
        admin,
      );
      expect(invalid.status).toBe(400);
      expect(invalid.body.fieldErrors).toHaveProperty('status');
    });

    it('reads a project by id or slug, for members and platform managers only', async () => {
      const owner = await t.call(
        'GET',
        '/api/v1/projects/portail',
        t.pat(DEMO.owner),
      );
      expect(owner.status).toBe(200);
      const byId = await t.call(
        'GET',
        `/api/v1/projects/${owner.body.id}`,
        t.pat(DEMO.readonly),
      );
      expect(byId.body.slug).toBe('portail');
      expect(
        (await t.call('GET', '/api/v1/projects/portail', admin)).status,
      ).toBe(200);
      const outsider = await t.call(
        'GET',
        '/api/v1/projects/portail',
        t.pat(DEMO.nobody),
      );
      expect(outsider.status).toBe(403);
      const unknown = await t.call(
        'GET',
        '/api/v1/projects/inconnu',
        t.pat(DEMO.owner),
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe('Projet introuvable');
    });

    it('lets anyone read the resources of a project they know ("Tout le monde")', async () => {
      const response = await t.call(
        'GET',
        '/api/v2/projects/portail/environments',
        t.pat(DEMO.nobody),
      );
      expect(response.status).toBe(200);
      expect(response.body.map((e: any) => e.name)).toEqual([
        'dev',
        'staging',
        'prod',
      ]);
    });
  });

  describe('updates', () => {
    it('strips `locked` for non-admins and refuses a locked project', async () => {
      const owner = t.pat(DEMO.owner);
      await t.call('POST', '/api/v1/projects', owner, {
        name: 'verrou',
        ...budget,
      });
      const attempt = await t.call('PUT', '/api/v1/projects/verrou', owner, {
        locked: true,
        description: 'tentative',
      });
      expect(attempt.status).toBe(200);
      expect(attempt.body).toMatchObject({
        locked: false,
        description: 'tentative',
      });

      const locked = await t.call('PUT', '/api/v1/projects/verrou', admin, {
        locked: true,
      });
      expect(locked.body.locked).toBe(true);
      // The project update checks the lock itself; the other routes' guard does.
      for (const [method, path, body, message] of [
        [
          'PUT',
          '/api/v1/projects/verrou',
          { description: 'x' },
          'Veuillez déverrouiller le projet pour le mettre à jour',
        ],
        [
          'PUT',
          '/api/v1/projects/verrou/hooks',
          undefined,
          'État de verrouillage invalide',
        ],
        [
          'POST',
          '/api/v1/projects/verrou/members',
          { email: DEMO.devops },
          'État de verrouillage invalide',
        ],
      ] as const) {
        const refused = await t.call(method, path, owner, body);
        expect({
          path,
          status: refused.status,
          message: refused.body.message,
        }).toEqual({ path, status: 403, message });
      }
      const stillLocked = await t.call(
        'PUT',
        '/api/v1/projects/verrou',
        admin,
        {
          description: 'sans déverrouiller',
        },
      );
      expect(stillLocked.status).toBe(403);
      const unlocked = await t.call('PUT', '/api/v1/projects/verrou', admin, {
        locked: false,
      });
      expect(unlocked.body.locked).toBe(false);
    });

    it('transfers ownership to a human member only', async () => {
      const alice = t.pat(DEMO.owner);
      const created = await t.call('POST', '/api/v1/projects', alice, {
        name: 'transfert',
        ...budget,
      });
      const bob = t.sandbox.credentials.users.find(
        u => u.email === DEMO.devops,
      )!;
      const refused = await t.call('PUT', '/api/v1/projects/transfert', alice, {
        ownerId: bob.id,
      });
      expect(refused.status).toBe(400);
      await t.call('POST', '/api/v1/projects/transfert/members', alice, {
        email: DEMO.devops,
      });
      const transferred = await t.call(
        'PUT',
        '/api/v1/projects/transfert',
        alice,
        {
          ownerId: bob.id,
        },
      );
      expect(transferred.status).toBe(200);
      expect(transferred.body.ownerId).toBe(bob.id);
      expect(transferred.body.members.map((m: any) => m.email)).toEqual([
        DEMO.owner,
      ]);
      expect(created.body.ownerId).not.toBe(bob.id);
    });

    it('applies everyonePerms to members', async () => {
      const alice = t.pat(DEMO.owner);
      await t.call('POST', '/api/v1/projects', alice, {
        name: 'perms',
        ...budget,
      });
      await t.call('POST', '/api/v1/projects/perms/members', alice, {
        email: DEMO.nobody,
      });
      const eve = t.pat(DEMO.nobody);
      expect(
        (await t.call('PUT', '/api/v1/projects/perms/hooks', eve)).status,
      ).toBe(204);
      const updated = await t.call('PUT', '/api/v1/projects/perms', alice, {
        everyonePerms: '0',
      });
      expect(updated.body.everyonePerms).toBe('0');
      expect(
        (await t.call('PUT', '/api/v1/projects/perms/hooks', eve)).status,
      ).toBe(403);
    });
  });

  describe('archiving', () => {
    it('renames, locks and deprovisions with the original slug, freeing it', async () => {
      const owner = t.pat(DEMO.owner);
      const created = await t.call('POST', '/api/v1/projects', owner, {
        name: 'archive',
        ...budget,
      });
      const response = await t.call(
        'DELETE',
        '/api/v1/projects/archive',
        owner,
      );
      expect(response.status).toBe(204);

      const deletion = t.provisioner.calls.find(
        c =>
          c.method === 'deleteProject' &&
          c.snapshot.project.id === created.body.id,
      )!;
      expect(deletion.snapshot.project.slug).toBe('archive');

      expect(
        (await t.call('GET', `/api/v1/projects/${created.body.id}`, owner))
          .status,
      ).toBe(404);
      const listed = (
        await t.call('GET', '/api/v1/projects?status=archived', owner)
      ).body.find((p: any) => p.id === created.body.id);
      expect(listed).toMatchObject({ status: 'archived', locked: true });
      expect(listed.slug).toMatch(/^archive_\d+_archived$/);
      expect(listed.name).toMatch(/^archive_\d+_archived$/);

      const mutation = await t.call(
        'PUT',
        `/api/v1/projects/${created.body.id}/hooks`,
        owner,
      );
      expect(mutation.status).toBe(403);
      const again = await t.call('POST', '/api/v1/projects', owner, {
        name: 'archive',
        ...budget,
      });
      expect(again.body.slug).toBe('archive');
    });

    it('turns the archived project to failed when deprovisioning fails', async () => {
      const owner = t.pat(DEMO.owner);
      const created = await t.call('POST', '/api/v1/projects', owner, {
        name: 'rate',
        ...budget,
      });
      t.provisioner.fail('vault', 'Montage introuvable');
      await t.call('DELETE', '/api/v1/projects/rate', owner);
      const listed = (await t.call('GET', '/api/v1/projects', owner)).body.find(
        (p: any) => p.id === created.body.id,
      );
      expect(listed).toMatchObject({ status: 'failed', locked: true });
    });
  });

  it('exports the CSV inventory for platform managers only', async () => {
    const csv = await t.call('GET', '/api/v1/projects/data', admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toMatch(/^nom,slug,description/);
    expect(csv.body).toContain('portail,portail,');
    expect(
      (await t.call('GET', '/api/v1/projects/data', t.pat(DEMO.owner))).status,
    ).toBe(403);
  });
});

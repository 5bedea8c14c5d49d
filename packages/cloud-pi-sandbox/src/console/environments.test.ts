import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

describe('console environments (v2)', () => {
  let t: TestSandbox;
  let stage: Record<string, string>;
  let cluster: Record<string, string>;
  const base = (project: string) => `/api/v2/projects/${project}/environments`;

  beforeAll(async () => {
    t = await startTestSandbox();
    const owner = t.pat(DEMO.owner);
    stage = Object.fromEntries(
      (await t.call('GET', '/api/v1/stages', owner)).body.map((s: any) => [
        s.name,
        s.id,
      ]),
    );
    cluster = Object.fromEntries(
      (await t.call('GET', '/api/v1/clusters', t.pat(DEMO.admin))).body.map(
        (c: any) => [c.label, c.id],
      ),
    );
    await t.call('POST', '/api/v1/projects', owner, {
      name: 'libre',
      limitless: true,
      hprodCpu: 0,
      hprodGpu: 0,
      hprodMemory: 0,
      prodCpu: 0,
      prodGpu: 0,
      prodMemory: 0,
    });
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  const env = (overrides: Record<string, unknown>) => ({
    name: 'qualif',
    stageId: stage.staging,
    clusterId: cluster['ovh-hprod'],
    cpu: 0.5,
    gpu: 0,
    memory: 1,
    autosync: true,
    ...overrides,
  });

  it('creates, updates and deletes an environment, provisioning each time', async () => {
    const owner = t.pat(DEMO.owner);
    const before = t.provisioner.callsFor('libre').length;
    const created = await t.call('POST', base('libre'), owner, env({}));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'qualif',
      cpu: 0.5,
      autosync: true,
    });
    const listed = await t.call('GET', base('libre'), owner);
    expect(listed.body[0].stage).toEqual({
      id: stage.staging,
      name: 'staging',
    });

    const updated = await t.call(
      'PUT',
      `${base('libre')}/${created.body.id}`,
      owner,
      {
        cpu: 1,
        gpu: 0,
        memory: 2,
        autosync: false,
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      cpu: 1,
      memory: 2,
      autosync: false,
      name: 'qualif',
    });

    const deleted = await t.call(
      'DELETE',
      `${base('libre')}/${created.body.id}`,
      owner,
    );
    expect(deleted.status).toBe(204);
    expect((await t.call('GET', base('libre'), owner)).body).toEqual([]);
    const actions = t.provisioner.callsFor('libre').slice(before);
    expect(actions.map(c => c.method)).toEqual([
      'upsertProject',
      'upsertProject',
      'upsertProject',
    ]);
    expect(
      actions[0].snapshot.environments.map(e => e.environment.name),
    ).toEqual(['qualif']);
    expect(actions[2].snapshot.environments).toEqual([]);
  });

  it('answers 404 for an unknown environment', async () => {
    const response = await t.call(
      'PUT',
      `${base('libre')}/00000000-0000-4000-8000-000000000000`,
      t.pat(DEMO.owner),
      { cpu: 1, gpu: 0, memory: 1, autosync: true },
    );
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Environnement introuvable');
  });

  it('joins every business error in one 400', async () => {
    const response = await t.call(
      'POST',
      base('portail'),
      t.pat(DEMO.owner),
      env({
        name: 'dev',
        stageId: '00000000-0000-4000-8000-000000000000',
        clusterId: cluster['ia-gpu'],
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [
        "Ce nom d'environnement est déjà pris.",
        "Type d'environnement invalide.",
        'Cluster invalide.',
      ].join('\n'),
    });
  });

  it('checks the cluster capacity, listing only the exceeded resources', async () => {
    const response = await t.call(
      'POST',
      base('libre'),
      t.pat(DEMO.owner),
      env({
        name: 'gpu',
        stageId: stage.prod,
        clusterId: cluster['ovh-prod'],
        gpu: 10,
        memory: 500,
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(
      'Le cluster ne dispose pas de suffisamment de ressources : GPU, Mémoire.',
    );
  });

  it('skips the capacity check on clusters without configured capacity', async () => {
    const admin = t.pat(DEMO.admin);
    const created = await t.call('POST', '/api/v1/clusters', admin, {
      label: 'sans-quota',
      clusterResources: false,
      privacy: 'public',
      zoneId: (await t.call('GET', '/api/v1/zones', admin)).body[0].id,
      stageIds: [stage.dev],
      cpu: 0,
      gpu: 0,
      memory: 0,
      kubeconfig: { user: {}, cluster: { tlsServerName: 'sans-quota' } },
    });
    expect(created.status).toBe(201);
    const response = await t.call(
      'POST',
      base('libre'),
      t.pat(DEMO.owner),
      env({
        name: 'enorme',
        stageId: stage.dev,
        clusterId: created.body.id,
        cpu: 1000,
        memory: 4096,
      }),
    );
    expect(response.status).toBe(201);
    const usage = await t.call(
      'GET',
      `/api/v1/clusters/usage/${created.body.id}`,
      admin,
    );
    expect(usage.body).toEqual({ cpu: 1000, gpu: 0, memory: 4096 });
  });

  it('checks the project budget by stage kind, excluding the updated environment', async () => {
    const owner = t.pat(DEMO.owner);
    // portail: hors-prod budget 8 CPU / 16 GiB, dev (1/2) and staging (2/4) use 3/6.
    const refused = await t.call(
      'POST',
      base('portail'),
      owner,
      env({ name: 'perf', cpu: 6, memory: 2 }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(
      'Le projet ne dispose pas de suffisamment de ressources : CPU.',
    );
    const prodIsSeparate = await t.call(
      'POST',
      base('portail'),
      owner,
      env({
        name: 'perf',
        stageId: stage.prod,
        clusterId: cluster['ovh-prod'],
        cpu: 4,
        memory: 8,
      }),
    );
    expect(prodIsSeparate.status).toBe(201);
    const envs = (await t.call('GET', base('portail'), owner)).body;
    const staging = envs.find((e: any) => e.name === 'staging');
    const grow = await t.call(
      'PUT',
      `${base('portail')}/${staging.id}`,
      owner,
      {
        cpu: 7,
        gpu: 0,
        memory: 14,
        autosync: true,
      },
    );
    expect(grow.status).toBe(200);
    const tooMuch = await t.call(
      'PUT',
      `${base('portail')}/${staging.id}`,
      owner,
      {
        cpu: 7.5,
        gpu: 0,
        memory: 14.5,
        autosync: true,
      },
    );
    expect(tooMuch.body.message).toBe(
      'Le projet ne dispose pas de suffisamment de ressources : CPU, Mémoire.',
    );
  });

  it('answers Zod failures with the flattened error', async () => {
    const response = await t.call(
      'POST',
      base('libre'),
      t.pat(DEMO.owner),
      env({ name: 'A', cpu: -1, stageId: 'pas-un-uuid' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors).toMatchObject({
      name: expect.any(Array),
      cpu: ['Le CPU doit être positif ou nul.'],
      stageId: ["Type d'environnement invalide."],
    });
  });

  it('refuses callers without MANAGE_ENVIRONMENTS', async () => {
    for (const email of [DEMO.readonly, DEMO.developer, DEMO.nobody]) {
      const response = await t.call(
        'POST',
        base('portail'),
        t.pat(email),
        env({ name: 'interdit' }),
      );
      expect({ email, status: response.status }).toEqual({
        email,
        status: 403,
      });
    }
    const devops = await t.call(
      'POST',
      base('sirh'),
      t.pat(DEMO.devops),
      env({ name: 'recette', clusterId: cluster['dr-restreint'] }),
    );
    expect(devops.status).toBe(201);
  });

  it('refuses locked projects', async () => {
    const response = await t.call(
      'POST',
      base('intranet'),
      t.pat(DEMO.owner),
      env({}),
    );
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('État de verrouillage invalide');
  });

  it('answers 500 on a plugin failure but keeps the row', async () => {
    const owner = t.pat(DEMO.owner);
    t.provisioner.fail('argocd', 'Dépôt de zone inaccessible');
    const response = await t.call(
      'POST',
      base('libre'),
      owner,
      env({ name: 'casse' }),
    );
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      statusCode: 500,
      message: "Echec des services à la création de l'environnement",
      error: 'Internal Server Error',
    });
    const names = (await t.call('GET', base('libre'), owner)).body.map(
      (e: any) => e.name,
    );
    expect(names).toContain('casse');
    expect(
      (await t.call('GET', '/api/v1/projects/libre', owner)).body.status,
    ).toBe('failed');
  });
});

import { ConsoleContract } from '../__testUtils__/consoleContract';
import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

describe('console deployments', () => {
  const contract = new ConsoleContract();
  let t: TestSandbox;
  let owner: { token: string };
  const base = (project: string) => `/api/v1/projects/${project}/deployments`;

  beforeAll(async () => {
    t = await startTestSandbox();
    owner = t.pat(DEMO.owner);
  });
  afterAll(() => t.sandbox.stop());

  async function ids(project: string) {
    const [projectBody, environments, repositories] = await Promise.all([
      t.call('GET', `/api/v1/projects/${project}`, owner),
      t.call('GET', `/api/v2/projects/${project}/environments`, owner),
      t.call('GET', `/api/v2/projects/${project}/repositories`, owner),
    ]);
    return {
      projectId: projectBody.body.id as string,
      env: (name: string) =>
        environments.body.find((e: any) => e.name === name).id as string,
      repo: (name: string) =>
        repositories.body.find((r: any) => r.internalRepoName === name)
          .id as string,
    };
  }

  it('lists the demo deployments with their environment, repositories and value sources', async () => {
    const response = await t.call('GET', base('urbanisme'), owner);
    expect(response.status).toBe(200);
    expect(contract.errors('listDeployments', 200, response.body)).toEqual([]);
    expect(
      response.body.map((d: any) => [
        d.name,
        d.environment.name,
        d.deploymentSources.map((s: any) => s.repository.internalRepoName),
      ]),
    ).toEqual([
      ['web', 'dev', ['web']],
      ['instruction', 'dev', ['instruction']],
      ['web', 'prod', ['web']],
    ]);
    const [web] = response.body;
    expect(web.deploymentSources[0].valueSources).toEqual([
      expect.objectContaining({
        type: 'internal',
        order: 0,
        path: 'values.yaml',
      }),
      expect.objectContaining({
        type: 'external',
        order: 1,
        ref: 'config',
        path: 'web/values-<env>.yaml',
        targetRevision: '',
      }),
    ]);
  });

  it('checks LIST_DEPLOYMENTS and MANAGE_DEPLOYMENTS with the console words', async () => {
    // Bob holds the custom "Déploiement" role in urbanisme, DevOps in portail.
    expect(
      (await t.call('GET', base('urbanisme'), t.pat(DEMO.devops))).status,
    ).toBe(200);
    for (const [method, path, body] of [
      ['GET', base('portail'), undefined],
      ['POST', base('portail'), {}],
    ] as const) {
      const refused = await t.call(method, path, t.pat(DEMO.devops), body);
      expect([refused.status, refused.body]).toEqual([
        403,
        {
          statusCode: 403,
          message: 'Permissions insuffisantes pour ce projet',
          error: 'Forbidden',
        },
      ]);
    }
  });

  it('creates a deployment, answers the bare row and reconciles in the background', async () => {
    const portail = await ids('portail');
    t.provisioner.calls.length = 0;
    const body = {
      name: 'api',
      projectId: portail.projectId,
      environmentId: portail.env('dev'),
      autosync: true,
      deploymentSources: [
        { type: 'git', repositoryId: portail.repo('api'), path: 'chart' },
      ],
    };
    const created = await t.call('POST', base('portail'), owner, body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'api',
      projectId: portail.projectId,
      environmentId: portail.env('dev'),
      autosync: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    await t.sandbox.settled();
    const [call] = t.provisioner.calls;
    expect(call.method).toBe('upsertProject');
    expect(call.snapshot.deployments.map(d => d.name)).toEqual(['api']);
    const log = await t.call(
      'GET',
      `/api/v1/logs?offset=0&limit=1&projectId=${portail.projectId}`,
      owner,
    );
    expect(log.body.logs[0].action).toBe('Create Deployment');

    const deleted = await t.call(
      'DELETE',
      `${base('portail')}/${created.body.id}`,
      owner,
    );
    expect(deleted.status).toBe(204);
    // Prisma's delete of a missing row, without an exception filter.
    const again = await t.call(
      'DELETE',
      `${base('portail')}/${created.body.id}`,
      owner,
    );
    expect([again.status, again.body.message]).toEqual([
      500,
      'Internal server error',
    ]);
  });

  it('reports validation errors as ZodError.flatten()', async () => {
    const portail = await ids('portail');
    const response = await t.call('POST', base('portail'), owner, {
      name: 'Web-App',
      projectId: portail.projectId,
      environmentId: portail.env('dev'),
      autosync: true,
      deploymentSources: [],
    });
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors.deploymentSources).toEqual([
      'Au moins une source de déploiement est requise',
    ]);
    expect(response.body.fieldErrors.name).toHaveLength(1);
  });

  it('accepts writes on a locked project, as the console checks neither lock nor status', async () => {
    const intranet = await ids('intranet');
    const created = await t.call('POST', base('intranet'), owner, {
      name: 'site',
      projectId: intranet.projectId,
      environmentId: intranet.env('dev'),
      autosync: false,
      deploymentSources: [{ type: 'git', repositoryId: intranet.repo('site') }],
    });
    expect(created.status).toBe(201);
  });

  it('answers 500 for an environment or repository Prisma cannot connect', async () => {
    const portail = await ids('portail');
    const sirh = await ids('sirh');
    for (const [environmentId, repositoryId] of [
      ['00000000-0000-4000-8000-000000000001', portail.repo('api')],
      [sirh.env('dev'), portail.repo('api')],
      [portail.env('dev'), sirh.repo('sirh-app')],
    ]) {
      const response = await t.call('POST', base('portail'), owner, {
        name: 'ko',
        projectId: portail.projectId,
        environmentId,
        autosync: true,
        deploymentSources: [{ type: 'git', repositoryId }],
      });
      expect([response.status, response.body.message]).toEqual([
        500,
        'Internal server error',
      ]);
    }
  });

  it('updates sources by id, creates the new ones and drops the missing ones', async () => {
    const urbanisme = await ids('urbanisme');
    const [web] = (await t.call('GET', base('urbanisme'), owner)).body;
    const source = web.deploymentSources[0];
    const [internal, external] = source.valueSources;
    const response = await t.call(
      'PUT',
      `${base('urbanisme')}/${web.id}`,
      owner,
      {
        name: 'web',
        projectId: urbanisme.projectId,
        environmentId: urbanisme.env('dev'),
        autosync: false,
        deploymentSources: [
          {
            id: source.id,
            type: 'git',
            repositoryId: urbanisme.repo('web'),
            targetRevision: 'develop',
            valueSources: [
              { ...external, id: undefined },
              { type: 'internal', id: internal.id, path: 'values.yaml' },
            ],
          },
          { type: 'git', repositoryId: urbanisme.repo('instruction') },
        ],
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: web.id, autosync: false });

    const updated = (await t.call('GET', base('urbanisme'), owner)).body.find(
      (d: any) => d.id === web.id,
    );
    expect(
      updated.deploymentSources.map((s: any) => [
        s.repository.internalRepoName,
        s.targetRevision,
        s.path,
      ]),
    ).toEqual([
      // Unsent fields keep their value, as with Prisma.
      ['web', 'develop', 'chart'],
      ['instruction', '', ''],
    ]);
    // The external value source is upserted (same id), in its new position.
    expect(
      updated.deploymentSources[0].valueSources.map((v: any) => [
        v.type,
        v.id,
        v.order,
      ]),
    ).toEqual([
      ['external', external.id, 0],
      ['internal', internal.id, 1],
    ]);
  });

  it('deletes the deployments of a deleted environment', async () => {
    const urbanisme = await ids('urbanisme');
    const before = (await t.call('GET', base('urbanisme'), owner)).body;
    expect(before.some((d: any) => d.environment.name === 'prod')).toBe(true);
    const removed = await t.call(
      'DELETE',
      `/api/v2/projects/urbanisme/environments/${urbanisme.env('prod')}`,
      owner,
    );
    expect(removed.status).toBe(204);
    const after = (await t.call('GET', base('urbanisme'), owner)).body;
    expect(after.some((d: any) => d.environment.name === 'prod')).toBe(false);
  });
});

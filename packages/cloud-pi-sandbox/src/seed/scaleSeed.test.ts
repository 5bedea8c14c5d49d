import { ConsoleContract } from '../__testUtils__/consoleContract';
import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

describe('scale generator', () => {
  let t: TestSandbox;

  beforeAll(async () => {
    t = await startTestSandbox({
      seed: {
        scale: {
          projects: 2000,
          repositoriesPerProject: 4,
          environmentsPerProject: 3,
        },
      },
    });
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  it('builds 2,000 projects with 4 repositories and 3 environments each, without provisioning them', () => {
    expect(t.provisioner.calls).toEqual([]);
  });

  it('lists every project for the catalog, in the documented shape', async () => {
    const admin = { token: t.sandbox.credentials.adminToken };
    const response = await t.call(
      'GET',
      '/api/v1/projects?filter=all&statusNotIn=archived',
      admin,
    );
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(2000);
    expect(response.body[0].slug).toBe('proj0001');
    expect(response.body[1999].slug).toBe('proj2000');
    expect(
      new ConsoleContract().errors('listProjects', 200, response.body),
    ).toEqual([]);

    const envs = await t.call(
      'GET',
      '/api/v2/projects/proj1234/environments',
      admin,
    );
    expect(envs.body.map((e: any) => `${e.name}:${e.stage.name}`)).toEqual([
      'dev:dev',
      'staging:staging',
      'prod:prod',
    ]);
    const repos = await t.call(
      'GET',
      '/api/v2/projects/proj1234/repositories',
      admin,
    );
    expect(repos.body.map((r: any) => r.internalRepoName)).toEqual([
      'infra',
      'app1',
      'app2',
      'app3',
    ]);
    expect(repos.body.filter((r: any) => r.isInfra)).toHaveLength(1);
  });

  it('lets the demo users log in and see their share', async () => {
    const mine = await t.call(
      'GET',
      '/api/v1/projects?filter=owned',
      t.pat(DEMO.owner),
    );
    expect(mine.body).toHaveLength(200);
  });

  it('provisions a generated project on demand', async () => {
    const response = await t.call(
      'PUT',
      '/api/v1/projects/proj0010/hooks',
      t.pat(DEMO.owner),
    );
    expect(response.status).toBe(204);
    const call = t.provisioner.calls.at(-1)!;
    expect(call.slug).toBe('proj0010');
    expect(call.snapshot.environments).toHaveLength(3);
    expect(call.snapshot.repositories).toHaveLength(4);
  });
});

import { createMockDirectory } from '@backstage/backend-test-utils';
import { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { JsonObject } from '@backstage/types';
import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from './__testUtils__/cloudPiWorld';
import { CheckpointStore, createTestRun } from './__testUtils__/testContext';
import { createCloudPiNativeActions } from './actions';

jest.setTimeout(60_000);

/**
 * Runs every action, successfully and against failing upstreams, with known
 * secret values, and looks for them in everything the actions produce.
 */
describe('secrets never leak', () => {
  let world: CloudPiWorld;
  let actions: Map<string, TemplateAction<any, any, any>>;
  const workspace = createMockDirectory({
    content: { 'README.md': '# app\n' },
  });
  const checkpoints = new CheckpointStore();
  const produced: string[] = [];
  let secrets: Record<string, string>;

  beforeAll(async () => {
    world = await startCloudPiWorld();
    actions = new Map(
      createCloudPiNativeActions({
        cloudPi: world.cloudPi,
        provisioning: { pollIntervalMs: 10 },
      }).map(a => [a.id, a]),
    );
    secrets = {
      ...(await world.tokenSecrets(USERS.alice)),
      externalRepoToken: 'ghp_leakCheckExternalToken0001',
      dbPassword: 'leak-check-vault-value-0002',
      registryPassword: 'LeakCheckVariable0003',
    };
  }, 120_000);

  afterAll(() => world?.stop());

  async function run(id: string, input: JsonObject) {
    const { ctx, outputs, logger } = createTestRun({
      input,
      secrets,
      checkpoints,
      workspacePath: workspace.path,
    });
    let error: Error | undefined;
    try {
      await actions.get(id)!.handler(ctx);
    } catch (e) {
      error = e as Error;
    }
    produced.push(
      logger.text(),
      JSON.stringify(outputs),
      String(error?.message),
      String(error?.stack),
    );
    return { outputs, error };
  }

  it('keeps every secret out of logs, outputs, checkpoints and errors', async () => {
    const project = await run('cpin:project:create', { name: 'fuite' });
    expect(project.error).toBeUndefined();
    expect(
      (
        await run('cpin:environment:create', {
          project: 'fuite',
          name: 'dev',
          stage: 'dev',
          cluster: 'ovh-hprod',
          cpu: 1,
          memory: 1,
        })
      ).error,
    ).toBeUndefined();
    expect(
      (
        await run('cpin:repository:create', {
          project: 'fuite',
          name: 'mobile',
          externalRepoUrl: 'https://github.com/ministere/mobile.git',
          isPrivate: true,
        })
      ).error,
    ).toBeUndefined();
    expect(
      (await run('cpin:repository:create', { project: 'fuite', name: 'app' }))
        .error,
    ).toBeUndefined();
    expect(
      (
        await run('cpin:gitlab:push', {
          project: 'fuite',
          repository: 'app',
          variables: [{ key: 'REGISTRY_PASSWORD', secret: 'registryPassword' }],
        })
      ).error,
    ).toBeUndefined();
    expect(
      (
        await run('cpin:vault:write', {
          project: 'fuite',
          environment: 'dev',
          secrets: { DB_PASSWORD: 'dbPassword' },
        })
      ).error,
    ).toBeUndefined();
    expect(
      (await run('cpin:member:add', { project: 'fuite', email: USERS.bob }))
        .error,
    ).toBeUndefined();

    // Failures on the way to each upstream, with the secrets in the request.
    world.sandbox.faults.add({
      pathRegex: /^\/(console|gitlab|vault)\//,
      method: 'POST',
      kind: 'status',
      status: 500,
      body: { message: 'boom' },
    });
    world.sandbox.faults.add({
      pathRegex: /^\/(gitlab|vault)\//,
      method: 'PUT',
      kind: 'status',
      status: 500,
      body: { message: 'boom' },
    });
    const failures = [
      await run('cpin:repository:create', {
        project: 'fuite',
        name: 'prive',
        externalRepoUrl: 'https://github.com/ministere/prive.git',
        isPrivate: true,
      }),
      await run('cpin:gitlab:push', {
        project: 'fuite',
        repository: 'app',
        commitMessage: 'second',
        variables: [{ key: 'OTHER_PASSWORD', secret: 'registryPassword' }],
      }),
      await run('cpin:vault:write', {
        project: 'fuite',
        environment: 'dev',
        path: 'autre',
        secrets: { DB_PASSWORD: 'dbPassword' },
      }),
    ];
    world.sandbox.faults.clear();
    expect(failures.map(f => f.error?.name)).toEqual([
      'CloudPiNativeHttpError',
      expect.any(String),
      expect.any(String),
    ]);

    const everything = [
      ...produced,
      JSON.stringify([...checkpoints.values]),
    ].join('\n');
    for (const [name, value] of Object.entries(secrets)) {
      expect([name, everything.includes(value)]).toEqual([name, false]);
    }
  });
});

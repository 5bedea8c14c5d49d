import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createGitlabPushAction } from './gitlabPush';
import { examples } from './gitlabPush.examples';

jest.setTimeout(60_000);

describe('cpin:gitlab:push examples', () => {
  let world: CloudPiWorld;
  // What fetch:template renders in the first example.
  const workspace = createMockDirectory({
    content: {
      'README.md': '# api\n',
      app: { 'README.md': '# api\n', 'package.json': '{ "name": "api" }\n' },
    },
  });

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:gitlab:push');
      const action = createGitlabPushAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: {
          ...(await world.tokenSecrets(USERS.alice)),
          registryPassword: 'Registry-Passw0rd',
        },
        workspacePath: workspace.path,
      });

      expect(outputs).toMatchObject({
        gitlabPath: 'forge/projects/portail/api',
        branch: 'main',
        commitId: expect.stringMatching(/^[0-9a-f]{40}$/),
      });
    },
  );
});

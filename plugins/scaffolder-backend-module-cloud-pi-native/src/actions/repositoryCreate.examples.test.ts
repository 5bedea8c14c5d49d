import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createRepositoryCreateAction } from './repositoryCreate';
import { examples } from './repositoryCreate.examples';

jest.setTimeout(60_000);

describe('cpin:repository:create examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:repository:create');
      const action = createRepositoryCreateAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: {
          ...(await world.tokenSecrets(USERS.alice)),
          externalRepoToken: 'ghp_exampleToken',
        },
      });

      expect(outputs).toMatchObject({
        name: input.name,
        gitlabPath: `forge/projects/portail/${input.name}`,
        adopted: false,
      });
    },
  );
});

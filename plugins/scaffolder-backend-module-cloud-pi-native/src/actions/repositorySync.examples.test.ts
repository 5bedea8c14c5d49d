import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createRepositorySyncAction } from './repositorySync';
import { examples } from './repositorySync.examples';

jest.setTimeout(60_000);

describe('cpin:repository:sync examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:repository:sync');
      const action = createRepositorySyncAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.bob),
      });

      expect(outputs.syncAllBranches).toBe(input.branchName === undefined);
    },
  );
});

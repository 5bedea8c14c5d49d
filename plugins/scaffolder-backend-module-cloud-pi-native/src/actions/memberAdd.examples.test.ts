import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createMemberAddAction } from './memberAdd';
import { examples } from './memberAdd.examples';

jest.setTimeout(60_000);

describe('cpin:member:add examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:member:add');
      const action = createMemberAddAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.alice),
      });

      expect(outputs).toMatchObject({
        roles: input.roles ?? [],
        replayed: true,
        adopted: false,
      });
    },
  );
});

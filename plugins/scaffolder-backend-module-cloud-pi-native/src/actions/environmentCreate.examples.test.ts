import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createEnvironmentCreateAction } from './environmentCreate';
import { examples } from './environmentCreate.examples';

jest.setTimeout(60_000);

describe('cpin:environment:create examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:environment:create');
      const action = createEnvironmentCreateAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.bob),
      });

      expect(outputs).toMatchObject({
        name: input.name,
        stage: input.stage,
        cluster: input.cluster,
        adopted: false,
      });
    },
  );
});

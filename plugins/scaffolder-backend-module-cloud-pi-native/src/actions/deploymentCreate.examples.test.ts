import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createDeploymentCreateAction } from './deploymentCreate';
import { examples } from './deploymentCreate.examples';

jest.setTimeout(60_000);

describe('cpin:deployment:create examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  });
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:deployment:create');
      const action = createDeploymentCreateAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.alice),
      });

      expect(outputs).toMatchObject({
        name: input.name,
        environment: input.environment,
        adopted: false,
      });
    },
  );
});

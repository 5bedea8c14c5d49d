import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createProjectReprovisionAction } from './projectReprovision';
import { examples } from './projectReprovision.examples';

jest.setTimeout(60_000);

describe('cpin:project:reprovision examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:project:reprovision');
      const action = createProjectReprovisionAction({ cloudPi: world.cloudPi });

      const { outputs } = await runAction(action, {
        input,
        secrets: await world.tokenSecrets(USERS.alice),
      });

      expect(outputs).toMatchObject({ slug: input.project, status: 'created' });
    },
  );
});

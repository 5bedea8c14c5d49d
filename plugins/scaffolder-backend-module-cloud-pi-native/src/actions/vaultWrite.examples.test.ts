import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
  vaultRead,
} from '../__testUtils__/cloudPiWorld';
import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createVaultWriteAction } from './vaultWrite';
import { examples } from './vaultWrite.examples';

jest.setTimeout(60_000);

describe('cpin:vault:write examples', () => {
  let world: CloudPiWorld;

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:vault:write');
      const action = createVaultWriteAction({ cloudPi: world.cloudPi });
      const secrets = {
        dbPassword: 'db-password-value',
        clientId: 'client-id-value',
        clientSecret: 'client-secret-value',
      };

      const { outputs } = await runAction(action, {
        input,
        secrets: { ...(await world.tokenSecrets(USERS.alice)), ...secrets },
      });

      const written = await vaultRead(world, 'portail', outputs.path as string);
      const mapping = input.secrets as Record<string, keyof typeof secrets>;
      expect(written?.data).toEqual(
        Object.fromEntries(
          Object.entries(mapping).map(([key, secret]) => [
            key,
            secrets[secret],
          ]),
        ),
      );
    },
  );
});

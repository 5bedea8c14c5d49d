import { exampleInput } from '../__testUtils__/examples';
import { runAction } from '../__testUtils__/testContext';
import { createCatalogWaitAction } from './catalogWait';
import { examples } from './catalogWait.examples';

describe('cpin:catalog:wait examples', () => {
  it.each(examples.map((e, i) => [e.description, i] as const))(
    'Should %s',
    async (_, index) => {
      const input = exampleInput(examples[index], 'cpin:catalog:wait');
      const getEntityByRef = jest.fn(async (ref: string) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: ref.split(':')[0],
        metadata: { name: ref.split('/')[1] },
      }));
      const action = createCatalogWaitAction({
        catalog: { getEntityByRef },
      });

      const { outputs } = await runAction(action, { input });

      expect(outputs).toEqual({ entityRef: input.entityRef });
      expect(getEntityByRef).toHaveBeenCalledTimes(1);
    },
  );
});

import { Entity } from '@backstage/catalog-model';
import { createTestRun, runAction } from '../__testUtils__/testContext';
import { createCatalogWaitAction } from './catalogWait';

const SYSTEM: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'portail', namespace: 'cpin' },
  spec: { owner: 'group:cpin/cpin-portail' },
};

/** A catalog where the entity appears after `misses` reads. */
function catalogAfter(misses: number) {
  let reads = 0;
  const getEntityByRef = jest.fn(async () =>
    ++reads > misses ? SYSTEM : undefined,
  );
  return { getEntityByRef };
}

describe('cpin:catalog:wait', () => {
  it('returns as soon as the entity is readable, with the initiator credentials', async () => {
    const catalog = catalogAfter(2);
    const action = createCatalogWaitAction({ catalog });
    const { ctx, outputs, logger } = createTestRun({
      input: { entityRef: 'System:cpin/Portail' },
    });

    await action.handler(ctx);

    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(3);
    expect(catalog.getEntityByRef).toHaveBeenCalledWith('system:cpin/portail', {
      credentials: await ctx.getInitiatorCredentials(),
    });
    expect(outputs).toEqual({ entityRef: 'system:cpin/portail' });
    expect(logger.at('info')).toContain(
      'system:cpin/portail is in the catalog',
    );
  });

  it('fails with a clear message once the timeout is over', async () => {
    const catalog = catalogAfter(Infinity);
    const action = createCatalogWaitAction({ catalog });
    const started = Date.now();

    const error = await runAction(action, {
      input: { entityRef: 'system:cpin/absent', timeoutSeconds: 1 },
    }).catch(e => e);

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.name).toBe('NotFoundError');
    expect(error.message).toBe(
      "system:cpin/absent did not appear in the catalog within 1 s. The change is done; the catalog shows it at its next Cloud π Native import (a few minutes at most). Open the catalog later, or ask an administrator to check the catalog's logs if it never appears.",
    );
    // Backoff: 250, 500 ms, then what is left of the second.
    expect(catalog.getEntityByRef.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('does not read the catalog in a dry run', async () => {
    const catalog = catalogAfter(Infinity);
    const { outputs } = await runAction(createCatalogWaitAction({ catalog }), {
      input: { entityRef: 'component:cpin/portail-api' },
      isDryRun: true,
    });
    expect(outputs).toEqual({ entityRef: 'component:cpin/portail-api' });
    expect(catalog.getEntityByRef).not.toHaveBeenCalled();
  });

  it.each([
    ['without a kind', { entityRef: 'cpin/portail' }, 'type obligatoire'],
    ['empty', { entityRef: ' ' }, "L'entité attendue est obligatoire."],
    ['not a text', { entityRef: 42 }, "L'entité attendue doit être un texte."],
    [
      'of 100,000 characters',
      { entityRef: `system:cpin/${'x'.repeat(100_000)}` },
      "L'entité attendue ne doit pas dépasser 200 caractères.",
    ],
    [
      'with a timeout above 120 s',
      { entityRef: 'system:cpin/portail', timeoutSeconds: 121 },
      "Le délai d'attente ne doit pas dépasser 120 secondes.",
    ],
    [
      'with a fractional timeout',
      { entityRef: 'system:cpin/portail', timeoutSeconds: 0.5 },
      "Le délai d'attente doit être un nombre entier de secondes.",
    ],
    [
      'with a timeout given as text',
      { entityRef: 'system:cpin/portail', timeoutSeconds: '30' },
      "Le délai d'attente doit être un nombre de secondes.",
    ],
  ])(
    'refuses an input %s before reading anything',
    async (_label, input, message) => {
      const catalog = catalogAfter(0);
      const error = await runAction(createCatalogWaitAction({ catalog }), {
        input: input as any,
      }).catch(e => e);
      expect(error.name).toBe('InputError');
      expect(error.message).toContain(message);
      expect(catalog.getEntityByRef).not.toHaveBeenCalled();
    },
  );

  it('stops waiting when the task is cancelled', async () => {
    const catalog = catalogAfter(Infinity);
    const { ctx } = createTestRun({
      input: { entityRef: 'system:cpin/portail', timeoutSeconds: 60 },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);

    await expect(
      createCatalogWaitAction({ catalog }).handler({
        ...ctx,
        signal: controller.signal,
      }),
    ).rejects.toThrow('The task was cancelled');
  });
});

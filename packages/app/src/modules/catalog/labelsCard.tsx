import catalogPlugin from '@backstage/plugin-catalog/alpha';

/** Backstage's labels card, without its English-only pagination. */
export const catalogLabelsCard = catalogPlugin
  .getExtension('entity-card:catalog/labels')
  .override({
    factory: originalFactory =>
      originalFactory({
        params: {
          loader: async () => {
            const { AllLabelsCard } = await import('./AllLabelsCard');
            return <AllLabelsCard />;
          },
        },
      }),
  });

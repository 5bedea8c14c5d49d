import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { AllLabelsCard } from './AllLabelsCard';

function entityWithLabels(labels: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'portail', namespace: 'sandbox', labels },
    spec: { owner: 'group:sandbox/portail' },
  };
}

describe('AllLabelsCard', () => {
  it('lists every label on one page, in French, with no English pagination', async () => {
    const labels = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`team.example/key-${i}`, `v${i}`]),
    );
    await renderInLanguage(
      <EntityProvider entity={entityWithLabels(labels)}>
        <AllLabelsCard />
      </EntityProvider>,
      'fr',
    );
    expect(await screen.findByText('team.example/key-6')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(8);
    expect(screen.getByRole('columnheader', { name: 'Valeur' })).toBeVisible();
    expect(screen.queryByText(/Show \d+ results| of \d+/)).toBeNull();
  });

  it('is not shown for an entity without labels', async () => {
    const { container } = await renderInLanguage(
      <EntityProvider entity={entityWithLabels({})}>
        <AllLabelsCard />
      </EntityProvider>,
      'fr',
    );
    expect(container).toBeEmptyDOMElement();
  });
});

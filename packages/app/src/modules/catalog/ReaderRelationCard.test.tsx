import type { Entity } from '@backstage/catalog-model';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { ReaderRelationCard } from './ReaderRelationCard';

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'portail', namespace: 'sandbox' },
  spec: { owner: 'group:sandbox/portail' },
  relations: [{ type: 'hasPart', targetRef: 'component:sandbox/portail-api' }],
};

const repository: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'portail-api',
    namespace: 'sandbox',
    description: 'Application repository api of the portail project.',
    annotations: {
      'cloud-pi-native.fr/instance': 'sandbox',
      'cloud-pi-native.fr/project-slug': 'portail',
      'cloud-pi-native.fr/description-fr':
        'Dépôt applicatif api du projet portail.',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'portail' },
};

function renderCard(language: 'fr' | 'en') {
  return renderInLanguage(
    <TestApiProvider
      apis={[[catalogApiRef, catalogApiMock({ entities: [repository] })]]}
    >
      <EntityProvider entity={system}>
        <ReaderRelationCard name="has-components" />
      </EntityProvider>
    </TestApiProvider>,
    language,
    {},
    [],
    { '/catalog/:namespace/:kind/:name': entityRouteRef },
  );
}

describe('ReaderRelationCard', () => {
  it("describes a Cloud π repository in the reader's language (fr)", async () => {
    await renderCard('fr');
    expect(
      await screen.findByText('Dépôt applicatif api du projet portail.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Application repository/)).toBeNull();
    expect(screen.getByRole('link', { name: /portail-api/ })).toBeVisible();
  });

  it('keeps the English description for an English reader', async () => {
    await renderCard('en');
    expect(
      await screen.findByText(
        'Application repository api of the portail project.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Dépôt applicatif/)).toBeNull();
  });
});

import {
  EntityKindFilter,
  EntityTypeFilter,
  EntityUserFilter,
} from '@backstage/plugin-catalog-react';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import {
  useCatalogTableTitle,
  useDocumentsTableTitle,
} from './useCatalogTableTitle';

function Title() {
  return <h2>{useCatalogTableTitle()}</h2>;
}

type ListValue = Parameters<typeof MockEntityListContextProvider>[0]['value'];

function renderTitle(value: ListValue, language: 'fr' | 'en') {
  return renderInLanguage(
    <MockEntityListContextProvider value={value}>
      <Title />
    </MockEntityListContextProvider>,
    language,
  );
}

describe('useCatalogTableTitle', () => {
  it('names the list and kind in French, with the count', async () => {
    renderTitle(
      {
        filters: {
          kind: new EntityKindFilter('system', 'System'),
          user: EntityUserFilter.all(),
        },
        totalItems: 12,
      },
      'fr',
    );
    expect(
      await screen.findByRole('heading', { name: 'Tous les systèmes (12)' }),
    ).toBeInTheDocument();
  });

  it('agrees in gender and names a single selected type', async () => {
    renderTitle(
      {
        filters: {
          kind: new EntityKindFilter('resource', 'Resource'),
          user: EntityUserFilter.starred(['resource:default/ns']),
          type: new EntityTypeFilter(['kubernetes-namespace']),
        },
        totalItems: 2,
      },
      'fr',
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Ressources favorites · kubernetes-namespace (2)',
      }),
    ).toBeInTheDocument();
  });

  it('speaks English when the user picked it', async () => {
    renderTitle(
      {
        filters: {
          kind: new EntityKindFilter('component', 'Component'),
          user: EntityUserFilter.owned(['group:default/team']),
        },
        totalItems: 3,
      },
      'en',
    );
    expect(
      await screen.findByRole('heading', { name: 'Owned components (3)' }),
    ).toBeInTheDocument();
  });

  it('names a kind it does not know by its label, without a count while loading', async () => {
    renderTitle(
      {
        filters: {
          kind: new EntityKindFilter('workflow', 'Workflow'),
          user: EntityUserFilter.all(),
        },
        loading: true,
        totalItems: 4,
      },
      'fr',
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Toutes les entités « Workflow »',
      }),
    ).toBeInTheDocument();
  });
});

describe('useDocumentsTableTitle', () => {
  function DocumentsTitle() {
    return <h2>{useDocumentsTableTitle()}</h2>;
  }

  it.each([
    ['fr', EntityUserFilter.owned(['group:default/team']), 'Mes documents'],
    ['fr', EntityUserFilter.all(), 'Tous les documents'],
    ['en', EntityUserFilter.starred([]), 'Starred documents'],
  ] as const)('names the %s list %#', async (language, user, title) => {
    renderInLanguage(
      <MockEntityListContextProvider value={{ filters: { user } }}>
        <DocumentsTitle />
      </MockEntityListContextProvider>,
      language,
    );
    expect(
      await screen.findByRole('heading', { name: title }),
    ).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { RelationLabel } from './RelationLabel';

function renderLabel(relations: string[], language: 'fr' | 'en') {
  return renderInLanguage(
    <svg>
      <RelationLabel
        edge={{ from: 'a', to: 'b', relations, label: 'visible' }}
      />
    </svg>,
    language,
  );
}

describe('RelationLabel', () => {
  it('names both directions of a relation in French', async () => {
    const { container } = await renderLabel(['hasPart', 'partOf'], 'fr');
    await screen.findByText('comprend');
    expect(container.querySelector('text')).toHaveTextContent(
      'comprend / fait partie de',
    );
  });

  it("keeps Backstage's names in English", async () => {
    const { container } = await renderLabel(['ownedBy', 'ownerOf'], 'en');
    await screen.findByText('ownedBy');
    expect(container.querySelector('text')).toHaveTextContent(
      'ownedBy / ownerOf',
    );
  });

  it('keeps the name of a relation type the catalog does not define', async () => {
    await renderLabel(['deploysTo'], 'fr');
    expect(await screen.findByText('deploysTo')).toBeInTheDocument();
  });
});

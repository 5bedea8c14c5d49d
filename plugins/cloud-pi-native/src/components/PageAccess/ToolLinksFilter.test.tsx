import type { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { act, screen, waitFor } from '@testing-library/react';
import { plainEntity, systemEntity } from '../../__testUtils__/entities';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { PageAccessStore } from './PageAccessStore';
import { CloudPiToolLinksFilter } from './ToolLinksFilter';
import { pageAccessApiRef } from './pageAccessApi';

const links = [
  {
    url: 'https://console.example/projects/demo',
    title: 'Console',
    type: 'console',
  },
  {
    url: 'https://argocd.example/applications',
    title: 'Argo CD',
    type: 'argocd',
  },
  { url: 'https://vault.example/ui/vault', title: 'Vault', type: 'vault' },
  {
    url: 'https://github.com/example/demo',
    title: 'External repository',
    type: 'external-repository',
  },
];

/** Stands for the catalog's links card: lists the links it is given. */
function LinkTitles() {
  const { entity } = useEntity();
  return (
    <ul aria-label="links">
      {entity.metadata.links?.map(link => (
        <li key={link.url}>{link.title}</li>
      ))}
    </ul>
  );
}

function withLinks(entity: Entity, entityLinks = links): Entity {
  return { ...entity, metadata: { ...entity.metadata, links: entityLinks } };
}

async function renderFilter(entity: Entity, store: PageAccessStore) {
  await renderInLanguage(
    <CloudPiToolLinksFilter>
      <LinkTitles />
    </CloudPiToolLinksFilter>,
    { language: 'en', entity, apis: [[pageAccessApiRef, store]] },
  );
}

const titles = () =>
  screen.queryAllByRole('listitem').map(item => item.textContent);

describe('CloudPiToolLinksFilter', () => {
  it('offers every link while nothing was refused', async () => {
    await renderFilter(withLinks(systemEntity), new PageAccessStore());
    expect(titles()).toEqual([
      'Console',
      'Argo CD',
      'Vault',
      'External repository',
    ]);
  });

  it('hides the tool links once a card of the page was refused', async () => {
    const store = new PageAccessStore();
    const entity = withLinks(systemEntity);
    await renderFilter(entity, store);
    act(() => {
      store.report('system:cloud-pi/demo', 'forbidden');
    });
    await waitFor(() => expect(titles()).toEqual(['External repository']));
  });

  it('renders nothing when only tool links were there', async () => {
    const store = new PageAccessStore();
    store.report('system:cloud-pi/demo', 'notFound');
    await renderFilter(withLinks(systemEntity, links.slice(0, 3)), store);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('keeps the links for a signed-out user, who may sign in again', async () => {
    const store = new PageAccessStore();
    store.report('system:cloud-pi/demo', 'unauthenticated');
    await renderFilter(withLinks(systemEntity), store);
    expect(titles()).toHaveLength(4);
  });

  it('leaves entities outside Cloud π alone', async () => {
    const store = new PageAccessStore();
    store.report('component:default/elsewhere', 'forbidden');
    await renderFilter(withLinks(plainEntity), store);
    expect(titles()).toHaveLength(4);
  });

  it('forgets the refusal with the cards that met it', async () => {
    const store = new PageAccessStore();
    const remove = store.report('system:cloud-pi/demo', 'forbidden');
    await renderFilter(withLinks(systemEntity), store);
    expect(titles()).toEqual(['External repository']);
    act(remove);
    await waitFor(() => expect(titles()).toHaveLength(4));
  });
});

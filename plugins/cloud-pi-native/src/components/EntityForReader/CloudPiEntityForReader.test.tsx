import type { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { act, screen, waitFor } from '@testing-library/react';
import { plainEntity, systemEntity } from '../../__testUtils__/entities';
import {
  renderInLanguage,
  type TestLanguage,
} from '../../__testUtils__/renderInLanguage';
import { PageAccessStore } from '../PageAccess/PageAccessStore';
import { pageAccessApiRef } from '../PageAccess/pageAccessApi';
import { useCloudPiTranslation } from '../shared';
import { CloudPiEntityForReader } from './CloudPiEntityForReader';

const links = [
  {
    url: 'https://console.example/projects/demo',
    title: 'Cloud π Native console',
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

/** Stands for the catalog's about card: shows the description it is given. */
function Description() {
  const { entity } = useEntity();
  return <p data-testid="description">{entity.metadata.description}</p>;
}

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

/** Tells once the plugin's messages of the language are loaded. */
function LanguageProbe() {
  const t = useCloudPiTranslation();
  return <p data-testid="language-probe">{t('links.externalRepository')}</p>;
}

const PROBE_TEXT: Record<TestLanguage, string> = {
  en: 'External repository',
  fr: 'Dépôt externe',
};

/** `entity` with a description in English and one in French, as the provider writes them. */
function described(entity: Entity): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      description:
        'Application repository api of the Cloud π Native project demo.',
      annotations: {
        ...entity.metadata.annotations,
        'cloud-pi-native.fr/description-fr':
          'Dépôt applicatif api du projet Cloud π Native demo.',
      },
    },
  };
}

function withLinks(entity: Entity, entityLinks = links): Entity {
  return { ...entity, metadata: { ...entity.metadata, links: entityLinks } };
}

async function renderLinks(
  entity: Entity,
  store: PageAccessStore,
  language: TestLanguage = 'en',
) {
  await renderInLanguage(
    <>
      <CloudPiEntityForReader>
        <Description />
      </CloudPiEntityForReader>
      <CloudPiEntityForReader hideWithoutLinks>
        <LinkTitles />
      </CloudPiEntityForReader>
      <LanguageProbe />
    </>,
    { language, entity, apis: [[pageAccessApiRef, store]] },
  );
  // French messages load lazily.
  await waitFor(() =>
    expect(screen.getByTestId('language-probe')).toHaveTextContent(
      PROBE_TEXT[language],
    ),
  );
}

const titles = () =>
  screen.queryAllByRole('listitem').map(item => item.textContent);

describe('CloudPiEntityForReader', () => {
  it('offers every link while nothing was refused', async () => {
    await renderLinks(withLinks(systemEntity), new PageAccessStore());
    expect(titles()).toEqual([
      'Cloud π Native console',
      'Argo CD',
      'Vault',
      'External repository',
    ]);
  });

  it("gives the provider's titles in French and keeps tool names", async () => {
    const grafana = [
      {
        url: 'https://grafana.example/hprod-demo',
        title: 'Observabilité: Hors production',
        type: 'grafana-hprod',
      },
      {
        url: 'https://grafana.example/prod-demo',
        title: 'Grafana (production)',
        type: 'grafana-prod',
      },
      {
        url: 'https://grafana.example/hprod-demo/explore',
        title: 'Logs (Grafana Explore)',
        type: 'logs',
      },
    ];
    await renderLinks(
      withLinks(systemEntity, [...links, ...grafana]),
      new PageAccessStore(),
      'fr',
    );
    expect(titles()).toEqual([
      'Console Cloud π Native',
      'Argo CD',
      'Vault',
      'Dépôt externe',
      'Grafana (hors production)',
      'Grafana (production)',
      'Journaux (Grafana Explore)',
    ]);
  });

  it('words the links of a cluster, which belongs to no project', async () => {
    const cluster: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'ovh-hprod',
        annotations: { 'cloud-pi-native.fr/instance': 'default' },
        links: [
          {
            url: 'https://console.example/admin/clusters/1',
            title: 'Cloud π Native console (admin)',
            type: 'console-admin',
          },
        ],
      },
      spec: { type: 'kubernetes-cluster', owner: 'group:platform' },
    };
    await renderLinks(cluster, new PageAccessStore(), 'fr');
    expect(titles()).toEqual(['Console Cloud π Native (administration)']);
  });

  it.each([
    ['fr', 'Dépôt applicatif api du projet Cloud π Native demo.'],
    ['en', 'Application repository api of the Cloud π Native project demo.'],
  ] as const)(
    "gives the provider's description in the reader's language (%s)",
    async (language, expected) => {
      await renderLinks(
        described(systemEntity),
        new PageAccessStore(),
        language,
      );
      expect(screen.getByTestId('description')).toHaveTextContent(expected);
    },
  );

  it('keeps the description of an entity outside Cloud π', async () => {
    await renderLinks(described(plainEntity), new PageAccessStore(), 'fr');
    expect(screen.getByTestId('description')).toHaveTextContent(
      'Application repository api of the Cloud π Native project demo.',
    );
  });

  it('hides the tool links once a card of the page was refused', async () => {
    const store = new PageAccessStore();
    const entity = withLinks(systemEntity);
    await renderLinks(entity, store);
    act(() => {
      store.report('system:cloud-pi/demo', 'card', { refusal: 'forbidden' });
    });
    await waitFor(() => expect(titles()).toEqual(['External repository']));
  });

  it('renders no links card when only tool links were there', async () => {
    const store = new PageAccessStore();
    store.report('system:cloud-pi/demo', 'card', { refusal: 'notFound' });
    await renderLinks(withLinks(systemEntity, links.slice(0, 3)), store);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    // The about card stays.
    expect(screen.getByTestId('description')).toBeInTheDocument();
  });

  it('keeps the links for a signed-out user, who may sign in again', async () => {
    const store = new PageAccessStore();
    store.report('system:cloud-pi/demo', 'card', {
      refusal: 'unauthenticated',
    });
    await renderLinks(withLinks(systemEntity), store);
    expect(titles()).toHaveLength(4);
  });

  it('leaves entities outside Cloud π alone', async () => {
    const store = new PageAccessStore();
    store.report('component:default/elsewhere', 'card', {
      refusal: 'forbidden',
    });
    await renderLinks(withLinks(plainEntity), store, 'fr');
    expect(titles()).toEqual([
      'Cloud π Native console',
      'Argo CD',
      'Vault',
      'External repository',
    ]);
  });

  it('forgets the refusal with the cards that met it', async () => {
    const store = new PageAccessStore();
    const remove = store.report('system:cloud-pi/demo', 'card', {
      refusal: 'forbidden',
    });
    await renderLinks(withLinks(systemEntity), store);
    expect(titles()).toEqual(['External repository']);
    act(remove);
    await waitFor(() => expect(titles()).toHaveLength(4));
  });
});

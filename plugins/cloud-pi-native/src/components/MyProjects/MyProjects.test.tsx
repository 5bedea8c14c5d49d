import type { Entity } from '@backstage/catalog-model';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { mockApis } from '@backstage/test-utils';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { CloudPiMyProjects } from './MyProjects';

function project(
  slug: string,
  annotations: Record<string, string>,
  title: string = slug,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: slug,
      namespace: 'cloud-pi',
      title,
      annotations: {
        [A.instance]: 'default',
        [A.projectSlug]: slug,
        [A.projectLocked]: 'false',
        [A.provisioningOutdated]: 'false',
        ...annotations,
      },
    },
  };
}

const projects = [
  project('portail', { [A.projectStatus]: 'created' }),
  project('intranet', {
    [A.projectStatus]: 'created',
    [A.projectLocked]: 'true',
  }),
  project('cadastre', {
    [A.projectStatus]: 'created',
    [A.provisioningOutdated]: 'true',
  }),
  project('guichet', { [A.projectStatus]: 'warning' }),
  project('sirh', { [A.projectStatus]: 'failed' }),
  project('nouveau', { [A.projectStatus]: 'initializing' }),
];

const OWNERSHIP = ['user:default/alice.martin', 'group:cloud-pi/portail-team'];

const text = {
  en: {
    title: 'My Cloud π projects',
    summary: '6 projects',
    failed: 'Operations failed',
    warning: 'Partially degraded',
    initializing: 'Operations in progress',
    created: 'Success',
    createdCount: 'Success: 3',
    failedCount: 'Operations failed: 1',
    locked: 'Locked',
    outdated: 'Provisioning outdated',
    empty: 'You are not a member of any Cloud π project.',
    create: 'Create a Cloud π project',
    error: /Could not load your Cloud π projects/,
    retry: 'Retry',
    unknown: 'Unknown status',
  },
  fr: {
    title: 'Mes projets Cloud π',
    summary: '6 projets',
    failed: 'Opérations échouées',
    warning: 'Partiellement dégradé',
    initializing: 'Opérations en cours',
    created: 'Succès',
    createdCount: 'Succès : 3',
    failedCount: 'Opérations échouées : 1',
    locked: 'Verrouillé',
    outdated: 'Provisionnement obsolète',
    empty: 'Vous n’êtes membre d’aucun projet Cloud π.',
    create: 'Créer un projet Cloud π',
    error: /Impossible de charger vos projets Cloud π/,
    retry: 'Réessayer',
    unknown: 'Statut inconnu',
  },
};

function renderMyProjects(
  language: 'en' | 'fr',
  options: {
    items?: Entity[];
    error?: Error;
    ownership?: string[];
    newProjectUrl?: string;
  } = {},
) {
  const getEntities = jest.fn(async () => {
    if (options.error) throw options.error;
    return { items: options.items ?? projects };
  });
  const rendered = renderInLanguage(
    <CloudPiMyProjects newProjectUrl={options.newProjectUrl} />,
    {
      language,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      apis: [
        [catalogApiRef, { getEntities }],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice.martin',
            ownershipEntityRefs: options.ownership ?? OWNERSHIP,
          }),
        ],
      ],
    },
  );
  return { rendered, getEntities };
}

/** The project names in the order the list shows them. */
function listedProjects() {
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map(item => within(item).getByRole('link').textContent);
}

describe.each(eachLanguage)('CloudPiMyProjects (%s)', language => {
  const s = text[language];

  it('lists the projects with their status, failed and degraded first', async () => {
    const { getEntities } = renderMyProjects(language);
    expect(
      await screen.findByRole('heading', { name: s.title, level: 2 }),
    ).toBeVisible();
    await screen.findByRole('list');
    expect(listedProjects()).toEqual([
      'sirh',
      'guichet',
      'nouveau',
      'cadastre',
      'intranet',
      'portail',
    ]);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(within(items[0]).getByText(s.failed)).toBeVisible();
    expect(within(items[1]).getByText(s.warning)).toBeVisible();
    expect(within(items[2]).getByText(s.initializing)).toBeVisible();
    expect(within(items[3]).getByText(s.created)).toBeVisible();
    expect(within(items[3]).getByText(s.outdated)).toBeVisible();
    expect(within(items[4]).getByText(s.locked)).toBeVisible();
    expect(within(items[5]).queryByText(s.locked)).not.toBeInTheDocument();
    expect(within(items[5]).queryByText(s.outdated)).not.toBeInTheDocument();
    // Each name opens the project's entity page.
    expect(within(items[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/cloud-pi/system/sirh',
    );

    // The user's projects only, and only the fields the list needs.
    expect(getEntities).toHaveBeenCalledWith({
      filter: {
        kind: 'system',
        'relations.ownedBy': OWNERSHIP,
        [`metadata.annotations.${A.projectSlug}`]: CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.title',
        'metadata.annotations',
      ],
    });
  });

  it('counts the projects by status', async () => {
    renderMyProjects(language);
    const summary = await screen.findByRole('group');
    expect(within(summary).getByText(s.summary)).toBeVisible();
    expect(within(summary).getByText(s.createdCount)).toBeVisible();
    expect(within(summary).getByText(s.failedCount)).toBeVisible();
  });

  it('sorts by title within a status and shows an unknown status last', async () => {
    renderMyProjects(language, {
      items: [
        project('zeta', { [A.projectStatus]: 'created' }, 'Zeta'),
        project('odd', { [A.projectStatus]: 'bogus' }, 'Odd'),
        project('alpha', { [A.projectStatus]: 'created' }, 'Alpha'),
        project('beta', { [A.projectStatus]: 'warning' }, 'Beta'),
      ],
    });
    await screen.findByRole('list');
    expect(listedProjects()).toEqual(['Beta', 'Alpha', 'Zeta', 'Odd']);
    expect(screen.getAllByText(s.unknown, { exact: false })).toHaveLength(2);
  });

  it('says so when the user is a member of no project, and offers to create one', async () => {
    renderMyProjects(language, {
      items: [],
      newProjectUrl: '/create/templates/default/cpin-new-project',
    });
    expect(await screen.findByText(s.empty)).toBeVisible();
    expect(screen.getByRole('link', { name: s.create })).toHaveAttribute(
      'href',
      '/create/templates/default/cpin-new-project',
    );
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('asks nothing of the catalog for a user who owns nothing', async () => {
    const { getEntities } = renderMyProjects(language, { ownership: [] });
    expect(await screen.findByText(s.empty)).toBeVisible();
    expect(screen.getByRole('link', { name: s.create })).toHaveAttribute(
      'href',
      '/create',
    );
    expect(getEntities).not.toHaveBeenCalled();
  });

  it('shows an error with a retry', async () => {
    const { getEntities } = renderMyProjects(language, {
      error: new Error('catalog down'),
    });
    expect(await screen.findByText(s.error)).toBeInTheDocument();
    expect(screen.getByText('catalog down')).toBeInTheDocument();
    expect(screen.queryByText(/Stack Trace/)).toBeNull();
    getEntities.mockResolvedValue({ items: projects });
    await userEvent.click(screen.getByRole('button', { name: s.retry }));
    expect(await screen.findByRole('list')).toBeVisible();
    expect(getEntities).toHaveBeenCalledTimes(2);
  });
});

import type { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { systemEntity } from '../../__testUtils__/entities';
import { backendError } from '../../__testUtils__/errors';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { BuildsCard } from '../BuildsCard';
import { EnvironmentsContent } from '../EnvironmentsContent';
import { QualityGateCard } from '../QualityGateCard';
import { AccessPanel } from './AccessPanel';
import { PageAccessStore } from './PageAccessStore';
import { pageAccessApiRef } from './pageAccessApi';

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'demo',
    namespace: 'cloud-pi',
    annotations: { [A.projectOwner]: 'user:default/alice.martin' },
  },
  spec: { type: 'team', children: [] },
};
const owner: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice.martin', namespace: 'default' },
  spec: {
    profile: {
      displayName: 'Alice Martin',
      email: 'alice.martin@interieur.gouv.fr',
    },
    memberOf: [],
  },
};

const text = {
  en: {
    title: 'Access denied',
    why: /You are not a member of this Cloud π Native project/,
    owner: 'Project owner',
    team: 'Project team',
    notFound: 'Project not found',
    quality: 'Code quality',
    builds: 'Builds',
    failed: 'Could not load the Cloud π Native data',
    unavailable: /A service is not answering/,
    retry: 'Retry',
  },
  fr: {
    title: 'Accès refusé',
    why: /Vous n’êtes pas membre de ce projet Cloud π Native/,
    owner: 'Propriétaire du projet',
    team: 'Équipe du projet',
    notFound: 'Projet introuvable',
    quality: 'Qualité du code',
    builds: 'Intégration continue',
    failed: 'Impossible de charger les données Cloud π Native',
    unavailable: /Un service ne répond pas/,
    retry: 'Réessayer',
  },
};

function Page(props: { panel?: boolean }) {
  return (
    <>
      {props.panel !== false && <AccessPanel />}
      <QualityGateCard />
      <BuildsCard />
    </>
  );
}

async function renderPage(
  language: 'en' | 'fr',
  options: {
    error?: Error;
    /** Fails the first request of each of these cards' data. */
    failOnce?: { kinds: string[]; error: Error };
    entities?: Entity[];
    panel?: boolean;
    page?: JSX.Element;
  },
) {
  const api = createMockCloudPiApi();
  const failing = new Set(options.failOnce?.kinds);
  if (options.error) api.getEntityData.mockRejectedValue(options.error);
  else {
    api.getEntityData.mockImplementation(async kind => {
      if (failing.delete(kind)) throw options.failOnce!.error;
      return kind === 'builds' ? fixtures.builds : fixtures.qualityGate;
    });
  }
  await renderInLanguage(options.page ?? <Page panel={options.panel} />, {
    language,
    api,
    entity: systemEntity,
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    apis: [
      [pageAccessApiRef, new PageAccessStore()],
      [catalogApiRef, catalogApiMock({ entities: options.entities ?? [] })],
    ],
  });
  return { api };
}

const shown = (element: HTMLElement) => element.closest('[hidden]') === null;

const forbidden = () =>
  backendError(403, 'NotAllowedError', 'not a member of the project');

describe.each(eachLanguage)('AccessPanel (%s)', language => {
  const s = text[language];

  it('says once, for the whole page, why and whom to ask', async () => {
    await renderPage(language, {
      error: await forbidden(),
      entities: [team, owner],
    });
    const panel = await screen.findByRole('heading', { name: s.title });
    expect(panel).toBeVisible();
    expect(screen.getByText(s.why)).toBeVisible();
    expect(await screen.findByText(s.owner)).toBeVisible();
    expect(screen.getByText('Alice Martin')).toBeVisible();
    expect(
      screen.getByRole('link', {
        name: 'alice.martin@interieur.gouv.fr',
      }),
    ).toHaveAttribute('href', 'mailto:alice.martin@interieur.gouv.fr');
    // The cards stay mounted (their requests told the page) but hidden:
    // no second refusal on the page.
    expect(screen.getAllByText(s.title).filter(shown)).toHaveLength(1);
    expect(screen.getByText(s.quality).closest('[hidden]')).not.toBeNull();
    expect(screen.getByText(s.builds).closest('[hidden]')).not.toBeNull();
  });

  it('is on the environments tab too', async () => {
    await renderPage(language, {
      error: await forbidden(),
      entities: [team, owner],
      page: <EnvironmentsContent />,
    });
    expect(await screen.findByRole('heading', { name: s.title })).toBeVisible();
    expect(await screen.findByText(s.owner)).toBeVisible();
    expect(screen.getAllByText(s.title).filter(shown)).toHaveLength(1);
  });

  it('names the project team when the owner cannot be read', async () => {
    await renderPage(language, { error: await forbidden(), entities: [] });
    await screen.findByRole('heading', { name: s.title });
    expect(await screen.findByText(s.team)).toBeVisible();
    expect(screen.getByRole('link', { name: /demo/ })).toBeVisible();
    expect(screen.queryByText(s.owner)).not.toBeInTheDocument();
  });

  it('explains an unknown project once, without a contact', async () => {
    await renderPage(language, {
      error: await backendError(404, 'NotFoundError', 'no such project'),
      entities: [team, owner],
    });
    await screen.findByRole('heading', { name: s.notFound });
    expect(screen.queryByText(s.owner)).not.toBeInTheDocument();
  });

  it('shows nothing while the user has access, and the cards their data', async () => {
    await renderPage(language, { entities: [team, owner] });
    await waitFor(() =>
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(),
    );
    expect(screen.getByText(s.quality)).toBeVisible();
    expect(screen.getByText(s.builds)).toBeVisible();
    expect(screen.queryByText(s.title)).not.toBeInTheDocument();
  });

  it('leaves each card its own message without the panel', async () => {
    await renderPage(language, {
      error: await forbidden(),
      entities: [team, owner],
      panel: false,
    });
    const messages = await screen.findAllByText(s.title);
    expect(messages).toHaveLength(2);
    expect(messages.filter(shown)).toHaveLength(2);
    expect(screen.queryByText(s.why)).not.toBeInTheDocument();
  });

  it('says once a failure of several cards, and one retry loads them all', async () => {
    const { api } = await renderPage(language, {
      failOnce: {
        kinds: ['quality-gate', 'builds'],
        error: await backendError(
          502,
          'ServiceUnavailableError',
          'Cloud π console is unreachable (ECONNREFUSED)',
        ),
      },
    });
    // The cards keep their alerts, hidden: the panel's is the one shown.
    await waitFor(() =>
      expect(screen.getAllByText(s.unavailable).filter(shown)).toHaveLength(1),
    );
    expect(screen.getAllByText(s.failed).filter(shown)).toHaveLength(1);
    // One technical detail for the two identical failures.
    expect(screen.getAllByText(/ECONNREFUSED/)).toHaveLength(3);
    expect(screen.getAllByText(/ECONNREFUSED/).filter(shown)).toHaveLength(1);
    expect(screen.getByText(s.quality).closest('[hidden]')).not.toBeNull();
    expect(screen.getByText(s.builds).closest('[hidden]')).not.toBeNull();

    const retry = screen
      .getAllByRole('button', { name: s.retry })
      .filter(shown);
    expect(retry).toHaveLength(1);
    await userEvent.click(retry[0]);
    await waitFor(() =>
      expect(screen.queryByText(s.failed)).not.toBeInTheDocument(),
    );
    expect(screen.getByText(s.quality)).toBeVisible();
    expect(screen.getByText(s.builds)).toBeVisible();
    expect(api.getEntityData).toHaveBeenCalledTimes(4);
  });

  it('leaves a failure of one card to that card', async () => {
    await renderPage(language, {
      failOnce: {
        kinds: ['builds'],
        error: await backendError(502, 'ServiceUnavailableError', 'down'),
      },
    });
    const failed = await screen.findByText(s.failed);
    expect(shown(failed)).toBe(true);
    expect(screen.getByText(s.builds)).toBeVisible();
    expect(screen.getByText(s.quality)).toBeVisible();
    expect(screen.queryByRole('heading', { name: s.title })).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { componentEntity, systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { DeploymentsCard } from './DeploymentsCard';

const text = {
  en: {
    title: 'Deployments',
    dev: 'Environment dev',
    prod: 'Environment prod',
    prodChip: 'prod · Production',
    devChip: 'dev · Non-production',
    outOfSync: 'Out of sync',
    progressing: 'Progressing',
    synced: 'Synced',
    healthy: 'Healthy',
    resources: '2 resources out of sync',
    link: 'Open demo-dev-0d4e-api-3843 in Argo CD (opens in a new tab)',
    cpu: 'CPU: 0.5 cores of 2 cores',
    memory: 'Memory: 1.5 GiB of 4 GiB',
    quotaUnavailable: 'Quota usage is not available for this environment.',
    partial: 'Argo CD could not be read: Argo CD prod is unreachable',
    empty: 'No environment in this project yet.',
    infraSource: 'Deploys repository infra',
    deploymentSource: 'Deploys repository web · Console deployment: web',
  },
  fr: {
    title: 'Déploiements',
    dev: 'Environnement dev',
    prod: 'Environnement prod',
    prodChip: 'prod · Production',
    devChip: 'dev · Hors production',
    outOfSync: 'Désynchronisé',
    progressing: 'En cours',
    synced: 'Synchronisé',
    healthy: 'Sain',
    resources: '2 ressources désynchronisées',
    link: 'Ouvrir demo-dev-0d4e-api-3843 dans Argo CD (s’ouvre dans un nouvel onglet)',
    cpu: 'CPU : 0,5 cœur sur 2 cœurs',
    memory: 'Mémoire : 1,5 Gio sur 4 Gio',
    quotaUnavailable:
      'La consommation du quota n’est pas disponible pour cet environnement.',
    partial: 'Argo CD : lecture impossible (Argo CD prod is unreachable)',
    empty: 'Aucun environnement dans ce projet pour le moment.',
    infraSource: 'Déploie le dépôt infra',
    deploymentSource: 'Déploie le dépôt web · Déploiement de la console : web',
  },
};

describe.each(eachLanguage)('DeploymentsCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: DeploymentsCard,
      entity: componentEntity,
      data: fixtures.deployments,
      dataText: { en: text.en.dev, fr: text.fr.dev },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('shows the applications per environment, in order, with prod highlighted', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.deployments);
    renderInLanguage(<DeploymentsCard />, {
      language,
      api,
      entity: systemEntity,
    });

    await screen.findByRole('region', { name: s.dev });
    expect(screen.getByText(s.title)).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('heading', { level: 3 })
        .map(heading => heading.textContent),
    ).toEqual([s.dev, s.prod]);

    const dev = within(screen.getByRole('region', { name: s.dev }));
    expect(dev.getByText(s.devChip)).toBeInTheDocument();
    expect(dev.getByText(s.outOfSync)).toBeInTheDocument();
    expect(dev.getByText(s.resources)).toBeInTheDocument();
    expect(dev.getByText(s.progressing)).toBeInTheDocument();
    expect(dev.getByText('5f3c2a9')).toBeInTheDocument();
    expect(dev.getByRole('link', { name: s.link })).toHaveAttribute(
      'href',
      'https://argocd.example.fr/applications/argocd/demo-dev-0d4e-api-3843',
    );
    expect(dev.getByText(s.cpu)).toBeInTheDocument();
    expect(dev.getByText(s.memory)).toBeInTheDocument();

    const prod = within(screen.getByRole('region', { name: s.prod }));
    expect(prod.getByText(s.prodChip)).toBeInTheDocument();
    expect(prod.getByText(s.synced)).toBeInTheDocument();
    expect(prod.getByText(s.healthy)).toBeInTheDocument();
    expect(prod.getByText('v1.4.2')).toBeInTheDocument();
    expect(prod.getByText(s.quotaUnavailable)).toBeInTheDocument();
  });

  it('tells which repository and which console deployment each application deploys', async () => {
    const api = createMockCloudPiApi();
    const [dev, prod] = fixtures.deployments.environments;
    api.getEntityData.mockResolvedValue({
      ...fixtures.deployments,
      environments: [
        {
          ...dev,
          applications: [
            { ...dev.applications[0], repository: 'infra', deployments: [] },
          ],
        },
        {
          ...prod,
          applications: [
            {
              ...prod.applications[0],
              repository: 'web',
              deployments: ['web'],
            },
          ],
        },
      ],
    });
    renderInLanguage(<DeploymentsCard />, {
      language,
      api,
      entity: componentEntity,
    });

    const devRegion = within(
      await screen.findByRole('region', { name: s.dev }),
    );
    expect(devRegion.getByText(s.infraSource)).toBeInTheDocument();
    const prodRegion = within(screen.getByRole('region', { name: s.prod }));
    expect(prodRegion.getByText(s.deploymentSource)).toBeInTheDocument();
  });

  it('keeps the other environments when Argo CD fails for one', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.deploymentsPartial);
    renderInLanguage(<DeploymentsCard />, {
      language,
      api,
      entity: systemEntity,
    });

    const prod = within(await screen.findByRole('region', { name: s.prod }));
    expect(prod.getByText(s.partial)).toBeInTheDocument();
    const dev = within(screen.getByRole('region', { name: s.dev }));
    expect(dev.getByText(s.outOfSync)).toBeInTheDocument();
  });

  it('says when the project has no environment', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      generatedAt: '2026-11-02T10:00:00Z',
      environments: [],
    });
    renderInLanguage(<DeploymentsCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.empty)).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { resourceEntity, systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { ObservabilityCard } from './ObservabilityCard';

const text = {
  en: {
    title: 'Observability',
    dev: 'Environment dev',
    grafanaProd: 'Grafana (production) (opens in a new tab)',
    repository: 'Dashboards and alert rules as code (opens in a new tab)',
    devLogs: 'Logs of environment dev (opens in a new tab)',
    prodAlerts: 'Alerts of environment prod (opens in a new tab)',
    partial: 'The links could not be read: zone prod-zone is not configured',
    empty: /No environment in this project yet/,
  },
  fr: {
    title: 'Observabilité',
    dev: 'Environnement dev',
    grafanaProd: 'Grafana (production) (s’ouvre dans un nouvel onglet)',
    repository:
      'Tableaux de bord et règles d’alerte as code (s’ouvre dans un nouvel onglet)',
    devLogs: 'Journaux de l’environnement dev (s’ouvre dans un nouvel onglet)',
    prodAlerts:
      'Alertes de l’environnement prod (s’ouvre dans un nouvel onglet)',
    partial:
      'Les liens : lecture impossible (zone prod-zone is not configured)',
    empty: /Aucun environnement dans ce projet pour le moment/,
  },
};

describe.each(eachLanguage)('ObservabilityCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: ObservabilityCard,
      entity: resourceEntity,
      data: fixtures.observability,
      dataText: { en: text.en.dev, fr: text.fr.dev },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('links to Grafana, logs, metrics and alerts of each environment', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.observability);
    renderInLanguage(<ObservabilityCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(
      await screen.findByRole('link', { name: s.devLogs }),
    ).toHaveAttribute(
      'href',
      'https://grafana.example.fr/hprod-demo/explore?logs=dev',
    );
    expect(screen.getByRole('link', { name: s.prodAlerts })).toHaveAttribute(
      'href',
      'https://grafana.example.fr/prod-demo/alerting/list',
    );
    expect(screen.getByText(s.title)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: s.grafanaProd })).toHaveAttribute(
      'href',
      'https://grafana.example.fr/prod-demo',
    );
    expect(screen.getByRole('link', { name: s.repository })).toHaveAttribute(
      'href',
      'https://gitlab.example.fr/forge/projects/demo/infra-observability',
    );
  });

  it('keeps the other environments when the links of one could not be computed', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.observabilityPartial);
    renderInLanguage(<ObservabilityCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.partial)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: s.devLogs })).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: s.prodAlerts }),
    ).not.toBeInTheDocument();
    const prodItem = screen.getByText(s.partial).closest('li')!;
    expect(within(prodItem).queryAllByRole('link')).toHaveLength(0);
  });

  it('says when the project has no environment yet', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      ...fixtures.observability,
      grafana: { hprod: null, prod: null },
      environments: [],
    });
    renderInLanguage(<ObservabilityCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.empty)).toBeInTheDocument();
  });
});

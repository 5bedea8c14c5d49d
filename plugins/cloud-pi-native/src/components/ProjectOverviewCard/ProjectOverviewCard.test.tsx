import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { systemEntity } from '../../__testUtils__/entities';
import { backendError } from '../../__testUtils__/errors';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { ProjectOverviewCard } from './ProjectOverviewCard';

const text = {
  en: {
    title: 'Cloud π Native project',
    statusGroup: 'Project status',
    failed: 'Operations failed',
    created: 'Success',
    warning: 'Partially degraded',
    archived: 'Archived',
    locked: 'Locked',
    outdated: 'Provisioning outdated',
    outdatedDetail:
      'Last successful provisioning with console 9.23.0; the console is now in version 9.24.0.',
    team: '4 people',
    argocd: 'Argo CD (DSO) (opens in a new tab)',
    grafana: 'Grafana (production) (opens in a new tab)',
    console: 'Open in the console (opens in a new tab)',
    logFailed: 'Failed',
    replayAction: 'Provisioning replayed',
    summarySuccess: 'No errors',
    lastFailedRun: 'Last failed run: Provisioning replayed',
    duration: '12.5 s',
    reprovision: 'Reprovision',
    dialogTitle: 'Reprovision demo?',
    cancel: 'Cancel',
    success: /Reprovisioning launched/,
    forbidden: 'You are not allowed to reprovision this project.',
    failure: 'Reprovisioning failed: console exploded',
    servicesPartial:
      'The service links could not be read: services are restricted',
    versionPartial:
      'The provisioning version could not be read: version endpoint down',
  },
  fr: {
    title: 'Projet Cloud π Native',
    statusGroup: 'Statut du projet',
    failed: 'Opérations échouées',
    created: 'Succès',
    warning: 'Partiellement dégradé',
    archived: 'Archivé',
    locked: 'Verrouillé',
    outdated: 'Provisionnement obsolète',
    outdatedDetail:
      'Dernier provisionnement réussi avec la console 9.23.0 ; la console est maintenant en version 9.24.0.',
    team: '4 personnes',
    argocd: 'Argo CD (DSO) (s’ouvre dans un nouvel onglet)',
    grafana: 'Grafana (production) (s’ouvre dans un nouvel onglet)',
    console: 'Ouvrir dans la console (s’ouvre dans un nouvel onglet)',
    logFailed: 'Échoué',
    replayAction: 'Reprovisionnement',
    summarySuccess: 'Aucune erreur',
    lastFailedRun: 'Dernière exécution en échec : Reprovisionnement',
    duration: '12,5 s',
    reprovision: 'Reprovisionner',
    dialogTitle: 'Reprovisionner demo ?',
    cancel: 'Annuler',
    success: /Reprovisionnement lancé/,
    forbidden: 'Vous n’êtes pas autorisé à reprovisionner ce projet.',
    failure: 'Échec du reprovisionnement : console exploded',
    servicesPartial:
      'Les liens de service : lecture impossible (services are restricted)',
    versionPartial:
      'La version de provisionnement : lecture impossible (version endpoint down)',
  },
};

describe.each(eachLanguage)('ProjectOverviewCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: ProjectOverviewCard,
      entity: systemEntity,
      data: fixtures.overview,
      dataText: { en: text.en.failed, fr: text.fr.failed },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('shows status, freshness, team, services and provisioning log', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.overview);
    renderInLanguage(<ProjectOverviewCard />, {
      language,
      api,
      entity: systemEntity,
    });

    const badges = within(
      await screen.findByRole('group', { name: s.statusGroup }),
    );
    expect(screen.getByText(s.title)).toBeInTheDocument();
    expect(badges.getByText(s.failed)).toBeInTheDocument();
    expect(badges.getByText(s.outdated)).toBeInTheDocument();
    expect(badges.queryByText(s.locked)).not.toBeInTheDocument();
    expect(screen.getByText(s.outdatedDetail)).toBeInTheDocument();
    expect(
      screen.getByText('Jeanne Dupont', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(s.team)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: s.argocd })).toHaveAttribute(
      'href',
      'https://argocd.example.fr/applications?search=demo',
    );
    expect(screen.getByRole('link', { name: s.grafana })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: s.console })).toHaveAttribute(
      'href',
      'https://console.example.fr/projects/demo',
    );
    const logRow = within(screen.getByText(s.replayAction).closest('tr')!);
    expect(logRow.getByText(s.logFailed)).toBeInTheDocument();
    expect(logRow.getByText(s.duration)).toBeInTheDocument();
    // The failed run is named in the user's words too.
    expect(
      screen.getByText(s.lastFailedRun, { exact: false }),
    ).toBeInTheDocument();
    // The console's "Success" summary, in the user's words.
    expect(screen.getByText(s.summarySuccess)).toBeInTheDocument();
    expect(screen.queryByText('Success')).not.toBeInTheDocument();
  });

  it.each([
    ['created', 'created'],
    ['warning', 'warning'],
    ['archived', 'archived'],
  ] as const)('words the %s status like the console', async (status, key) => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      ...fixtures.overview,
      project: { ...fixtures.overview.project, status, locked: true },
    });
    renderInLanguage(<ProjectOverviewCard />, {
      language,
      api,
      entity: systemEntity,
    });

    const badges = within(
      await screen.findByRole('group', { name: s.statusGroup }),
    );
    expect(badges.getByText(s[key])).toBeInTheDocument();
    expect(badges.getByText(s.locked)).toBeInTheDocument();
    // Locked projects cannot be reprovisioned.
    expect(
      screen.queryByRole('button', { name: s.reprovision }),
    ).not.toBeInTheDocument();
  });

  it('hides the reprovision button from users who may not reprovision', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      ...fixtures.overview,
      permissions: { canReprovision: false },
    });
    renderInLanguage(<ProjectOverviewCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.failed)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: s.reprovision }),
    ).not.toBeInTheDocument();
  });

  it('reprovisions after confirmation and refreshes the card', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData
      .mockResolvedValueOnce(fixtures.overview)
      .mockResolvedValueOnce({
        ...fixtures.overview,
        project: { ...fixtures.overview.project, status: 'created' },
        provisioning: { ...fixtures.overview.provisioning, outdated: false },
      });
    api.reprovision.mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderInLanguage(<ProjectOverviewCard />, {
      language,
      api,
      entity: systemEntity,
    });

    await user.click(
      await screen.findByRole('button', { name: s.reprovision }),
    );
    const dialog = screen.getByRole('dialog', { name: s.dialogTitle });
    expect(api.reprovision).not.toHaveBeenCalled();
    await user.click(
      within(dialog).getByRole('button', { name: s.reprovision }),
    );

    expect(await screen.findByText(s.success)).toBeInTheDocument();
    expect(api.reprovision).toHaveBeenCalledWith({
      kind: 'System',
      namespace: 'cloud-pi',
      name: 'demo',
    });
    // The refreshed overview shows the new status (once the dialog has closed).
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: s.statusGroup })).getByText(
          s.created,
        ),
      ).toBeInTheDocument(),
    );
    expect(api.getEntityData).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.overview);
    const user = userEvent.setup();
    renderInLanguage(<ProjectOverviewCard />, {
      language,
      api,
      entity: systemEntity,
    });

    await user.click(
      await screen.findByRole('button', { name: s.reprovision }),
    );
    await user.click(screen.getByRole('button', { name: s.cancel }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.reprovision).not.toHaveBeenCalled();
  });

  it.each([
    ['forbidden', 403, 'NotAllowedError', 'forbidden'],
    ['failed', 500, 'Error', 'failure'],
  ] as const)(
    'reports a %s reprovisioning',
    async (_case, status, name, expected) => {
      const api = createMockCloudPiApi();
      api.getEntityData.mockResolvedValue(fixtures.overview);
      api.reprovision.mockRejectedValue(
        await backendError(status, name, 'console exploded'),
      );
      const user = userEvent.setup();
      renderInLanguage(<ProjectOverviewCard />, {
        language,
        api,
        entity: systemEntity,
      });

      await user.click(
        await screen.findByRole('button', { name: s.reprovision }),
      );
      await user.click(
        within(screen.getByRole('dialog')).getByRole('button', {
          name: s.reprovision,
        }),
      );

      expect(await screen.findByRole('alert')).toHaveTextContent(
        expected === 'forbidden' ? s.forbidden : s.failure,
      );
      expect(api.getEntityData).toHaveBeenCalledTimes(1);
    },
  );

  it('keeps the rest of the card when parts could not be read', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.overviewPartial);
    renderInLanguage(<ProjectOverviewCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.servicesPartial)).toBeInTheDocument();
    expect(screen.getByText(s.versionPartial)).toBeInTheDocument();
    expect(screen.getByText(s.failed)).toBeInTheDocument();
    expect(screen.getByText(s.replayAction)).toBeInTheDocument();
  });
});

describe('the provisioning log', () => {
  it("shows an action the console labels in a way we do not know as the console's label", async () => {
    const api = createMockCloudPiApi();
    const overview = fixtures.overview;
    api.getEntityData.mockResolvedValue({
      ...overview,
      logs: {
        items: overview.logs.items.map(item => ({
          ...item,
          action: 'Rotate Vault credentials',
        })),
      },
    });
    renderInLanguage(<ProjectOverviewCard />, {
      language: 'fr',
      api,
      entity: systemEntity,
    });
    expect(
      (await screen.findAllByText('Rotate Vault credentials')).length,
    ).toBeGreaterThan(0);
  });
});

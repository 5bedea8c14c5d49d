import { screen, within } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { componentEntity, systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { BuildsCard } from './BuildsCard';

const text = {
  en: {
    title: 'Builds',
    api: /^Open api in GitLab/,
    infraRepository: /^Open infra in GitLab/,
    passed: 'Passed',
    failed: 'Failed',
    duration: '6 min 5 s',
    failedJobs: 'Failed jobs: unit-tests, sonar-scan',
    mirrorFailed: /the sync of .* failed · branch main/,
    infra: 'Deployment',
    noPipeline: 'No pipeline yet on main',
    rowError: 'GitLab (front) could not be read: GitLab answered 503',
    pipelineLink: 'Pipeline of api on feature/export-csv (opens in a new tab)',
    empty: 'No repository in this project yet.',
  },
  fr: {
    title: 'Intégration continue',
    api: /^Ouvrir api dans GitLab/,
    infraRepository: /^Ouvrir infra dans GitLab/,
    passed: 'Réussi',
    failed: 'En échec',
    duration: '6 min 5 s',
    failedJobs: 'Jobs en échec : unit-tests, sonar-scan',
    mirrorFailed: /la synchronisation du .* a échoué · branche main/,
    infra: 'Déploiement',
    noPipeline: 'Aucun pipeline sur main pour le moment',
    rowError: 'GitLab (front) : lecture impossible (GitLab answered 503)',
    pipelineLink:
      'Pipeline de api sur feature/export-csv (s’ouvre dans un nouvel onglet)',
    empty: 'Aucun dépôt dans ce projet pour le moment.',
  },
};

describe.each(eachLanguage)('BuildsCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: BuildsCard,
      entity: componentEntity,
      data: fixtures.builds,
      dataText: { en: text.en.failedJobs, fr: text.fr.failedJobs },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('shows each repository: pipelines of the default and other branches, failed jobs, mirror', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.builds);
    renderInLanguage(<BuildsCard />, { language, api, entity: systemEntity });

    expect(await screen.findByText(s.title)).toBeInTheDocument();
    const heading = await screen.findByRole('heading', { name: s.api });
    const row = within(heading.closest('li')!);
    expect(row.getByText(s.passed)).toBeInTheDocument();
    expect(row.getByText(s.failed)).toBeInTheDocument();
    expect(row.getByText(s.duration)).toBeInTheDocument();
    expect(row.getByText(s.failedJobs)).toBeInTheDocument();
    expect(row.getByText(s.mirrorFailed)).toBeInTheDocument();
    expect(row.getByRole('link', { name: s.pipelineLink })).toHaveAttribute(
      'href',
      'https://gitlab.example.fr/forge/demo/api/-/pipelines/102',
    );

    const infra = within(
      screen.getByRole('heading', { name: s.infraRepository }).closest('li')!,
    );
    expect(infra.getByText(s.infra)).toBeInTheDocument();
    expect(infra.getByText(s.noPipeline)).toBeInTheDocument();

    // One unreadable repository keeps the others readable.
    expect(screen.getByText(s.rowError)).toBeInTheDocument();
    expect(api.getEntityData).toHaveBeenCalledWith(
      'builds',
      expect.objectContaining({
        kind: 'System',
        name: systemEntity.metadata.name,
      }),
    );
  });

  it('says when the project has no repository', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      ...fixtures.builds,
      repositories: [],
    });
    renderInLanguage(<BuildsCard />, { language, api, entity: systemEntity });
    expect(await screen.findByText(s.empty)).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { componentEntity, systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { mockCardWidth } from '../../__testUtils__/cardWidth';
import { QualityGateCard } from './QualityGateCard';

const text = {
  en: {
    title: 'Code quality',
    failed: 'Failed',
    notAnalysed: 'Not analysed yet',
    condition:
      'Coverage on new code is 61.5%; the gate fails when it is less than 80%',
    newCode: 'New code',
    partial: 'SonarQube could not be read: SonarQube timed out',
    dashboardLink: 'Open api in SonarQube (opens in a new tab)',
    rating: 'Bugs rating: C',
    coverage: /^72\.4%$/,
  },
  fr: {
    title: 'Qualité du code',
    failed: 'Échouée',
    notAnalysed: 'Pas encore analysé',
    // French decimal comma; Testing Library reads the no-break space before
    // "%" as a plain one.
    condition:
      'Couverture du nouveau code vaut 61,5 % ; la porte qualité échoue si la valeur est inférieure à 80 %',
    newCode: 'Nouveau code',
    partial: 'SonarQube : lecture impossible (SonarQube timed out)',
    dashboardLink: 'Ouvrir api dans SonarQube (s’ouvre dans un nouvel onglet)',
    rating: 'Note Bugs : C',
    coverage: /^72,4\s%$/,
  },
};

describe.each(eachLanguage)('QualityGateCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: QualityGateCard,
      entity: systemEntity,
      data: fixtures.qualityGate,
      dataText: { en: text.en.failed, fr: text.fr.failed },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('shows one row per repository with the gate, conditions and measures', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.qualityGate);
    renderInLanguage(<QualityGateCard />, {
      language,
      api,
      entity: systemEntity,
    });

    const link = await screen.findByRole('link', { name: s.dashboardLink });
    expect(screen.getByText(s.title)).toBeInTheDocument();
    expect(link).toHaveAttribute(
      'href',
      'https://sonarqube.example.fr/dashboard?id=demo-api-4f1c',
    );
    expect(link).toHaveAttribute('target', '_blank');
    const apiRow = within(link.closest('tr')!);
    expect(apiRow.getByText(s.failed)).toBeInTheDocument();
    expect(apiRow.getByText(s.rating)).toBeInTheDocument();
    expect(apiRow.getByText('42')).toBeInTheDocument();
    expect(apiRow.getByText(s.coverage)).toBeInTheDocument();
    expect(screen.getByText(s.condition)).toBeInTheDocument();
    expect(screen.getByText(s.notAnalysed)).toBeInTheDocument();
    expect(api.getEntityData).toHaveBeenCalledWith('quality-gate', {
      kind: 'System',
      namespace: 'cloud-pi',
      name: 'demo',
    });
  });

  it('switches the measures to new code with the keyboard', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.qualityGate);
    renderInLanguage(<QualityGateCard />, {
      language,
      api,
      entity: componentEntity,
    });

    const link = await screen.findByRole('link', { name: s.dashboardLink });
    const apiRow = within(link.closest('tr')!);
    expect(apiRow.getByText('42')).toBeInTheDocument();

    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: s.newCode });
    toggle.focus();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(apiRow.queryByText('42')).not.toBeInTheDocument();
    expect(apiRow.getByText('5')).toBeInTheDocument();
  });

  it('keeps the other rows when one repository could not be read', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.qualityGatePartial);
    renderInLanguage(<QualityGateCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.partial)).toBeInTheDocument();
    expect(screen.getByText(s.failed)).toBeInTheDocument();
  });
});

describe('QualityGateCard layout, from the width of the card', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  const render = async (width: number) => {
    restore = mockCardWidth(width);
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.qualityGate);
    renderInLanguage(<QualityGateCard />, {
      language: 'en',
      api,
      entity: systemEntity,
    });
    await screen.findByRole('link', { name: text.en.dashboardLink });
  };

  it('shows each repository as tiles in a 400 px card', async () => {
    await render(400);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const api = within(
      screen
        .getByRole('heading', { level: 3, name: text.en.dashboardLink })
        .closest('li')!,
    );
    expect(api.getByText('Failed')).toBeInTheDocument();
    expect(api.getByText('Security hotspots')).toBeInTheDocument();
    expect(api.getByText(text.en.coverage)).toBeInTheDocument();
    expect(api.getByText(text.en.condition)).toBeInTheDocument();
  });

  it('keeps the gate and coverage in a 768 px table, the secondary measures in a 1200 px one', async () => {
    await render(768);
    const headers = () =>
      screen.getAllByRole('columnheader').map(header => header.textContent);
    expect(headers()).toEqual([
      'Repository',
      'Quality gate',
      'Bugs',
      'Vulnerabilities',
      'Coverage',
    ]);
  });

  it('shows every measure in a 1200 px card', async () => {
    await render(1200);
    expect(screen.getAllByRole('columnheader')).toHaveLength(9);
  });
});

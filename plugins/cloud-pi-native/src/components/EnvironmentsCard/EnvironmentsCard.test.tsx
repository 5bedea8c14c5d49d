import { screen, within } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { environmentsText } from '../../__testUtils__/environmentsText';
import { mockCardWidth } from '../../__testUtils__/cardWidth';
import { EnvironmentsCard } from './EnvironmentsCard';

describe.each(eachLanguage)('EnvironmentsCard (%s)', language => {
  const s = environmentsText[language];

  it.each(
    cardStateCases(language, {
      Card: EnvironmentsCard,
      entity: systemEntity,
      data: fixtures.environments,
      dataText: {
        en: environmentsText.en.prodChip,
        fr: environmentsText.fr.prodChip,
      },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('lists the environments with their allocation and the budget', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.environments);
    renderInLanguage(<EnvironmentsCard />, {
      language,
      api,
      entity: systemEntity,
    });

    const prodRow = within(
      (await screen.findByText(s.namespace)).closest('tr')!,
    );
    expect(screen.getByText(s.title)).toBeInTheDocument();
    expect(prodRow.getByText(s.prodChip)).toBeInTheDocument();
    expect(prodRow.getByText('ovh-prod')).toBeInTheDocument();
    expect(prodRow.getByText(s.cpu)).toBeInTheDocument();
    expect(prodRow.getByText(s.gpu)).toBeInTheDocument();
    expect(prodRow.getByText(s.memory)).toBeInTheDocument();
    expect(prodRow.getByText(s.autosyncOff)).toBeInTheDocument();
    expect(screen.getByText(s.devChip)).toBeInTheDocument();
    expect(screen.getByText(s.autosyncOn)).toBeInTheDocument();

    const hprod = within(screen.getByRole('region', { name: s.hprodBudget }));
    expect(hprod.getByText(s.hprodCpu)).toBeInTheDocument();
    expect(hprod.getByText(s.hprodMemory)).toBeInTheDocument();
    // Both CPU and memory limits at 0: the console does not check the budget.
    const prod = within(screen.getByRole('region', { name: s.prodBudget }));
    expect(prod.getByText(s.notLimited)).toBeInTheDocument();
  });

  it('says when the project is limitless', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      ...fixtures.environments,
      budget: { limitless: true, hprod: null, prod: null },
    });
    renderInLanguage(<EnvironmentsCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.limitless)).toBeInTheDocument();
  });

  it('keeps the environments when the budget could not be read', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.environmentsPartial);
    renderInLanguage(<EnvironmentsCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.partial)).toBeInTheDocument();
    expect(screen.getByText(s.prodChip)).toBeInTheDocument();
  });
});

describe('EnvironmentsCard layout, from the width of the card', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  const render = async (
    width: number,
    data: typeof fixtures.environments = fixtures.environments,
  ) => {
    restore = mockCardWidth(width);
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(data);
    renderInLanguage(<EnvironmentsCard />, {
      language: 'en',
      api,
      entity: systemEntity,
    });
    await screen.findAllByText('p8w2--9zq3');
  };
  const headers = () =>
    screen.queryAllByRole('columnheader').map(header => header.textContent);

  it('gives each environment a definition list in a 400 px card', async () => {
    await render(400);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const list = within(
      screen.getByRole('list', { name: 'Environments of the project' }),
    );
    expect(
      list.getAllByRole('heading', { level: 3 }).map(h => h.textContent),
    ).toEqual(['dev', 'prod']);
    expect(list.getByText('ovh-prod')).toBeInTheDocument();
    expect(list.getAllByText('Cluster')).toHaveLength(2);
  });

  it('drops the cluster column from a 768 px card', async () => {
    await render(768);

    expect(headers()).toEqual([
      'Environment',
      'Stage',
      'Zone',
      'CPU',
      'GPU',
      'Memory',
      'Auto-sync',
    ]);
  });

  it('shows every column in a 1200 px card, GPU only when an environment has some', async () => {
    await render(1200, {
      ...fixtures.environments,
      environments: fixtures.environments.environments.map(environment => ({
        ...environment,
        resources: { ...environment.resources, gpu: 0 },
      })),
    });

    expect(headers()).toEqual([
      'Environment',
      'Stage',
      'Zone',
      'Cluster',
      'CPU',
      'Memory',
      'Auto-sync',
    ]);
    expect(screen.queryByText('0 GPUs')).not.toBeInTheDocument();
  });

  it('gives a single environment a definition list even in a wide card', async () => {
    await render(1200, {
      ...fixtures.environments,
      environments: [fixtures.environments.environments[1]],
    });

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('1 GPU')).toBeInTheDocument();
  });
});

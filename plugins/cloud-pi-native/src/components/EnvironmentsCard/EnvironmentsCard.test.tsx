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

import { screen } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { resourceEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { environmentsText } from '../../__testUtils__/environmentsText';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { EnvironmentsContent } from './EnvironmentsContent';

const budgetTitle = { en: 'Resource budget', fr: 'Budget de ressources' };

describe.each(eachLanguage)('EnvironmentsContent (%s)', language => {
  const s = environmentsText[language];

  it.each(
    cardStateCases(language, {
      Card: EnvironmentsContent,
      entity: resourceEntity,
      data: fixtures.environments,
      dataText: {
        en: environmentsText.en.prodChip,
        fr: environmentsText.fr.prodChip,
      },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('shows the environments next to the budget', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.environments);
    renderInLanguage(<EnvironmentsContent />, {
      language,
      api,
      entity: resourceEntity,
    });

    expect(await screen.findByText(s.title)).toBeInTheDocument();
    expect(screen.getByText(budgetTitle[language])).toBeInTheDocument();
    expect(screen.getByText(s.hprodCpu)).toBeInTheDocument();
    expect(screen.getByText(s.prodChip)).toBeInTheDocument();
    expect(api.getEntityData).toHaveBeenCalledTimes(1);
    expect(api.getEntityData).toHaveBeenCalledWith('environments', {
      kind: 'Resource',
      namespace: 'cloud-pi',
      name: 'demo-dev',
    });
  });
});

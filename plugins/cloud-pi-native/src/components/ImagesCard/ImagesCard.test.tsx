import { screen, within } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { resourceEntity, systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { ImagesCard } from './ImagesCard';

const text = {
  en: {
    title: 'Images and vulnerabilities',
    registry: 'Open the Harbor project demo (opens in a new tab)',
    critical: 'Critical vulnerabilities in production',
    unsigned: 'Not signed',
    signed: 'Signed',
    outside: "Not from the project's Harbor: no scan or signature known",
    fixable: '9 fixable',
    clean: 'No known vulnerability',
    envError: 'Argo CD (staging) could not be read: Argo CD answered 502',
    artifacts: '12 artifacts',
    copy: 'Copy harbor.example.fr/demo/api:1.3.0',
    registryError: 'Harbor could not be read: Harbor answered 503',
  },
  fr: {
    title: 'Images et vulnérabilités',
    registry: 'Ouvrir le projet Harbor demo (s’ouvre dans un nouvel onglet)',
    critical: 'Vulnérabilités critiques en production',
    unsigned: 'Non signée',
    signed: 'Signée',
    outside: 'Hors du Harbor du projet : ni analyse ni signature connues',
    fixable: '9 corrigeables',
    clean: 'Aucune vulnérabilité connue',
    envError: 'Argo CD (staging) : lecture impossible (Argo CD answered 502)',
    artifacts: '12 artefacts',
    copy: 'Copier harbor.example.fr/demo/api:1.3.0',
    registryError: 'Harbor : lecture impossible (Harbor answered 503)',
  },
};

const sectionOf = (environment: string) =>
  within(
    screen.getByRole('heading', { name: environment }).closest('section')!,
  );

describe.each(eachLanguage)('ImagesCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: ImagesCard,
      entity: resourceEntity,
      data: fixtures.images,
      dataText: { en: text.en.critical, fr: text.fr.critical },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('shows per environment the images that run, their scan and signature', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.images);
    renderInLanguage(<ImagesCard />, { language, api, entity: systemEntity });

    expect(await screen.findByText(s.title)).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: s.registry }),
    ).toHaveAttribute('href', 'https://harbor.example.fr/harbor/projects/7');

    const prod = sectionOf('prod');
    expect(prod.getByText(s.critical)).toBeInTheDocument();
    expect(prod.getByText(s.unsigned)).toBeInTheDocument();
    expect(prod.getByText(s.fixable)).toBeInTheDocument();
    expect(prod.getByRole('button', { name: s.copy })).toBeInTheDocument();

    const dev = sectionOf('dev');
    expect(dev.queryByText(s.critical)).not.toBeInTheDocument();
    expect(dev.getByText(s.signed)).toBeInTheDocument();
    expect(dev.getByText(s.clean)).toBeInTheDocument();
    expect(dev.getByText(s.outside)).toBeInTheDocument();

    expect(screen.getByText(s.envError)).toBeInTheDocument();
    expect(screen.getByText(s.artifacts)).toBeInTheDocument();
  });

  it('keeps the deployed images when Harbor cannot be read', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue({
      ...fixtures.images,
      repositories: [],
      error: {
        name: 'ServiceUnavailableError',
        message: 'Harbor answered 503',
      },
    });
    renderInLanguage(<ImagesCard />, { language, api, entity: systemEntity });

    expect(await screen.findByText(s.registryError)).toBeInTheDocument();
    expect(sectionOf('prod').getByText(s.critical)).toBeInTheDocument();
  });
});

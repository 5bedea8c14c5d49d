import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import type { CloudPiEntityDataKind } from '@cpin/plugin-cloud-pi-native-common';
import { screen } from '@testing-library/react';
import {
  componentEntity,
  plainEntity,
  resourceEntity,
  systemEntity,
} from '../__testUtils__/entities';
import * as fixtures from '../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../__testUtils__/mockApi';
import { renderInLanguage } from '../__testUtils__/renderInLanguage';
import {
  buildsEntityCard,
  deploymentsEntityCard,
  environmentsEntityCard,
  imagesEntityCard,
  journeyEntityCard,
  observabilityEntityCard,
  projectOverviewEntityCard,
  qualityGateEntityCard,
} from './entityCards';

const entities: Record<string, Entity> = {
  system: systemEntity,
  component: componentEntity,
  resource: resourceEntity,
  plain: plainEntity,
};

// Testers are built per card so that each keeps its own extension type.
const cards = {
  'project-overview': () => createExtensionTester(projectOverviewEntityCard),
  'quality-gate': () => createExtensionTester(qualityGateEntityCard),
  deployments: () => createExtensionTester(deploymentsEntityCard),
  observability: () => createExtensionTester(observabilityEntityCard),
  environments: () => createExtensionTester(environmentsEntityCard),
  journey: () => createExtensionTester(journeyEntityCard),
  builds: () => createExtensionTester(buildsEntityCard),
  images: () => createExtensionTester(imagesEntityCard),
};

type CardName = keyof typeof cards;

const filterOf = (name: CardName) =>
  cards[name]().get(EntityCardBlueprint.dataRefs.filterFunction);

describe('entity cards', () => {
  it.each<[CardName, string[]]>([
    ['project-overview', ['system']],
    ['quality-gate', ['system', 'component']],
    ['deployments', ['system', 'component', 'resource']],
    ['observability', ['system', 'resource']],
    ['environments', ['system', 'resource']],
    ['journey', ['system']],
    ['builds', ['system', 'component']],
    ['images', ['system', 'component', 'resource']],
  ])('mounts the %s card on %j only', (name, expected) => {
    const filter = filterOf(name)!;
    const matching = Object.entries(entities)
      .filter(([, entity]) => filter(entity))
      .map(([entityName]) => entityName);
    expect(matching).toEqual(expected);
  });

  it('declares the overview as an info card', () => {
    expect(
      cards['project-overview']().get(EntityCardBlueprint.dataRefs.type),
    ).toBe('info');
  });

  it.each<[CardName, CloudPiEntityDataKind, unknown, string]>([
    ['quality-gate', 'quality-gate', fixtures.qualityGate, 'Code quality'],
    ['deployments', 'deployments', fixtures.deployments, 'Deployments'],
    ['observability', 'observability', fixtures.observability, 'Observability'],
    ['environments', 'environments', fixtures.environments, 'Environments'],
    ['journey', 'journey', fixtures.journey, 'Onboarding journey'],
    ['builds', 'builds', fixtures.builds, 'Builds'],
    ['images', 'images', fixtures.images, 'Images and vulnerabilities'],
    [
      'project-overview',
      'overview',
      fixtures.overview,
      'Cloud π Native project',
    ],
  ])('loads the %s card', async (name, kind, data, title) => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(data as any);
    renderInLanguage(cards[name]().reactElement(), {
      language: 'en',
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(api.getEntityData).toHaveBeenCalledWith(kind, expect.anything());
  });
});

import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  IDS,
  environment,
  project,
  repository,
  services,
  testContext,
  topology,
} from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { projectToEntities } from './projectToEntities';
import { CloudPiProjectData } from './types';

const TEAM = {
  memberRefs: ['user:default/alice.martin'],
  roleMemberRefs: new Map(),
  unresolvedEmails: [],
};

function data(overrides: Partial<CloudPiProjectData> = {}): CloudPiProjectData {
  return {
    project: project(),
    environments: [
      environment({
        id: IDS.envProd,
        name: 'prod',
        stageId: IDS.stageProd,
        clusterId: IDS.clusterProd,
      }),
      environment(),
    ],
    repositories: [
      repository({
        id: IDS.repoInfra,
        internalRepoName: 'infra',
        isInfra: true,
      }),
      repository(),
    ],
    services: services(),
    ...overrides,
  };
}

describe('projectToEntities', () => {
  it('emits every entity of a project in a stable order', () => {
    const entities = projectToEntities(data(), TEAM, topology(), testContext());
    expect(entities.map(e => stringifyEntityRef(e))).toEqual([
      'system:cpin/portail',
      'group:cpin/cpin-portail',
      'group:cpin/cpin-portail-admin',
      'group:cpin/cpin-portail-devops',
      'component:cpin/portail-api',
      'component:cpin/portail-infra',
      'resource:cpin/portail-dev',
      'resource:cpin/portail-prod',
    ]);
  });

  it.each([
    { case: 'a new project', overrides: {} },
    {
      case: 'a project with no environment nor repository',
      overrides: { environments: [], repositories: [] },
    },
    {
      case: 'a legacy project whose slug has other characters',
      overrides: { project: project({ slug: 'mi-démo vault', name: 'démo' }) },
    },
    {
      case: 'an archived project',
      overrides: {
        project: project({
          slug: 'portail_1795870771836_archived',
          name: 'portail_1795870771836_archived',
          status: 'archived',
          locked: true,
        }),
      },
    },
  ])('emits only valid entities for $case', async ({ overrides }) => {
    const input = data(overrides);
    const entities = projectToEntities(input, TEAM, topology(), testContext());
    for (const entity of entities) await assertValidEntity(entity);
    // Every reference between them points at an emitted entity.
    const refs = entities.map(e => stringifyEntityRef(e));
    const targets = entities.flatMap(entity => {
      const spec = entity.spec as Record<string, unknown>;
      return [
        spec.owner,
        spec.system,
        spec.parent,
        ...((spec.children as string[]) ?? []),
      ];
    });
    expect(refs).toEqual(
      expect.arrayContaining(
        targets.filter((ref): ref is string => typeof ref === 'string'),
      ),
    );
  });

  it.each(['environments', 'repositories'] as const)(
    'refuses %s of another project',
    list => {
      const input = data();
      input[list][0] = {
        ...input[list][0],
        projectId: 'someone-else',
      } as never;
      expect(() =>
        projectToEntities(input, TEAM, topology(), testContext()),
      ).toThrow(
        /under project 'portail' .* but it belongs to project someone-else/,
      );
    },
  );
});

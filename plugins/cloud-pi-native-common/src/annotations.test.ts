import type { Entity } from '@backstage/catalog-model';
import {
  CLOUD_PI_NATIVE_ANNOTATION_PREFIX,
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  descriptionFor,
  getCloudPiEntityRef,
  isCloudPiEnvironment,
  isCloudPiNativeAvailable,
  isCloudPiProject,
  isCloudPiRepository,
  isDeploymentsAvailable,
  isObservabilityAvailable,
  isBuildsAvailable,
  isImagesAvailable,
  isQualityGateAvailable,
} from './annotations';

function entity(kind: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', annotations },
  };
}

const project = { [A.instance]: 'cpin', [A.projectSlug]: 'demo' };

describe('Cloud π annotations', () => {
  it('are unique, prefixed, valid annotation keys', () => {
    const keys = Object.values(A);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key.startsWith(CLOUD_PI_NATIVE_ANNOTATION_PREFIX)).toBe(true);
      expect(key).toMatch(/^cloud-pi-native\.fr\/[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(A.permissions).toBe('cloud-pi-native.fr/permissions');
    expect(A.unresolvedMembers).toBe('cloud-pi-native.fr/unresolved-members');
  });

  it('reads the coordinates of an entity', () => {
    expect(
      getCloudPiEntityRef(
        entity('Component', {
          ...project,
          [A.projectId]: 'id-1',
          [A.repositoryName]: 'api',
        }),
      ),
    ).toEqual({
      instance: 'cpin',
      projectSlug: 'demo',
      projectId: 'id-1',
      repositoryName: 'api',
      environmentName: undefined,
    });
  });

  it('needs both the instance and the project slug', () => {
    expect(
      getCloudPiEntityRef(entity('System', { [A.projectSlug]: 'demo' })),
    ).toBeUndefined();
    expect(
      getCloudPiEntityRef(
        entity('System', { [A.instance]: 'cpin', [A.projectSlug]: ' ' }),
      ),
    ).toBeUndefined();
    expect(isCloudPiNativeAvailable(entity('System', {}))).toBe(false);
  });

  it('tells projects, repositories and environments apart', () => {
    const system = entity('System', project);
    const component = entity('Component', {
      ...project,
      [A.repositoryName]: 'api',
    });
    const resource = entity('Resource', {
      ...project,
      [A.environmentName]: 'dev',
    });

    expect([
      isCloudPiProject(system),
      isCloudPiRepository(system),
      isCloudPiEnvironment(system),
    ]).toEqual([true, false, false]);
    expect([
      isCloudPiProject(component),
      isCloudPiRepository(component),
      isCloudPiEnvironment(component),
    ]).toEqual([false, true, false]);
    expect([
      isCloudPiProject(resource),
      isCloudPiRepository(resource),
      isCloudPiEnvironment(resource),
    ]).toEqual([false, false, true]);
  });

  it('decides which cards apply', () => {
    const system = entity('System', project);
    const component = entity('Component', {
      ...project,
      [A.repositoryName]: 'api',
    });
    const resource = entity('Resource', {
      ...project,
      [A.environmentName]: 'dev',
    });

    expect(isQualityGateAvailable(system)).toBe(true);
    expect(isQualityGateAvailable(component)).toBe(true);
    expect(isQualityGateAvailable(resource)).toBe(false);
    expect(isObservabilityAvailable(component)).toBe(false);
    expect(isObservabilityAvailable(resource)).toBe(true);
    expect(isDeploymentsAvailable(resource)).toBe(true);
    expect(isDeploymentsAvailable(entity('Component', {}))).toBe(false);
    expect([system, component, resource].map(isBuildsAvailable)).toEqual([
      true,
      true,
      false,
    ]);
    expect([system, component, resource].map(isImagesAvailable)).toEqual([
      true,
      true,
      true,
    ]);
    expect(isImagesAvailable(entity('Component', {}))).toBe(false);
  });
});

describe('descriptionFor', () => {
  const described = (annotations: Record<string, string>): Entity => ({
    ...entity('Component', annotations),
    metadata: {
      name: 'demo-api',
      description: 'Application repository api',
      annotations,
    },
  });
  const french = {
    'cloud-pi-native.fr/description-fr': 'Dépôt applicatif api',
  };

  it("gives the provider's description in the reader's language", () => {
    const fromProvider = described({ [A.instance]: 'cpin', ...french });
    expect(descriptionFor(fromProvider, 'fr')).toBe('Dépôt applicatif api');
    expect(descriptionFor(fromProvider, 'en')).toBe(
      'Application repository api',
    );
    expect(descriptionFor(fromProvider, undefined)).toBe(
      'Application repository api',
    );
  });

  it('keeps the description of an entity the provider did not write', () => {
    expect(descriptionFor(described(french), 'fr')).toBe(
      'Application repository api',
    );
  });
});

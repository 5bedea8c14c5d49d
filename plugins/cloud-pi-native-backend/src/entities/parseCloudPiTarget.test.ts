import { Entity } from '@backstage/catalog-model';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { parseCloudPiTarget } from './parseCloudPiTarget';

const ID = '713dcb46-b24c-58a0-8a05-03e51010525a';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'portail-api', namespace: 'default', annotations },
});

describe('parseCloudPiTarget', () => {
  it('reads instance, project, repository and environment only', () => {
    expect(
      parseCloudPiTarget(
        entity({
          [A.instance]: 'sandbox',
          [A.projectSlug]: 'portail',
          [A.projectId]: ID,
          [A.repositoryName]: 'api',
          [A.zone]: 'http://attacker',
          'argocd/proxy-url': 'http://attacker',
        }),
      ),
    ).toEqual({
      entityRef: 'component:default/portail-api',
      instance: 'sandbox',
      projectSlug: 'portail',
      projectId: ID,
      repositoryName: 'api',
      environmentName: undefined,
    });
  });

  it('accepts pre-v9 and suffixed slugs', () => {
    for (const slug of ['mi-demovault', 'portail-1', 'ab']) {
      expect(
        parseCloudPiTarget(entity({ [A.instance]: 'a', [A.projectSlug]: slug }))
          .projectSlug,
      ).toBe(slug);
    }
  });

  it('answers NotFoundError for an entity without Cloud π annotations', () => {
    expect(() => parseCloudPiTarget(entity({}))).toThrow(
      expect.objectContaining({ name: 'NotFoundError' }),
    );
  });

  it.each([
    [{ [A.instance]: 'http://attacker' }, 'instance'],
    [{ [A.projectSlug]: 'https://attacker/x' }, 'projectSlug'],
    [{ [A.projectSlug]: '../admin' }, 'projectSlug'],
    [{ [A.projectSlug]: 'old_1700000000_archived' }, 'projectSlug'],
    [{ [A.projectId]: '1 OR 1=1' }, 'projectId'],
    [{ [A.repositoryName]: 'a/../../b' }, 'repositoryName'],
    [{ [A.repositoryName]: 'mirror' }, 'repositoryName'],
    [{ [A.environmentName]: 'dev?x=y' }, 'environmentName'],
  ])('refuses %j with an InputError naming the field', (override, field) => {
    const target = () =>
      parseCloudPiTarget(
        entity({
          [A.instance]: 'sandbox',
          [A.projectSlug]: 'portail',
          ...override,
        }),
      );
    expect(target).toThrow(expect.objectContaining({ name: 'InputError' }));
    expect(target).toThrow(`annotations: ${field}`);
  });
});

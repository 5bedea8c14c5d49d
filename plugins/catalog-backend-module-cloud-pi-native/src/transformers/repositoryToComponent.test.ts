import {
  IDS,
  project,
  repository,
  testContext,
  testInstance,
} from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { repositoryToComponent } from './repositoryToComponent';

const PAGE = 'url:https://console.cpin.example.fr/projects/portail';
const GITLAB = 'https://gitlab.cpin.example.fr/forge/projects/portail';

describe('repositoryToComponent', () => {
  it('maps every field of an application repository', async () => {
    const entity = repositoryToComponent(
      project(),
      repository(),
      testContext(),
    );
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'portail-api',
        namespace: 'cpin',
        title: 'portail/api',
        description:
          'Application repository api of the Cloud π Native project portail.',
        annotations: {
          'cloud-pi-native.fr/description-fr':
            'Dépôt applicatif api du projet Cloud π Native portail.',
          'backstage.io/managed-by-location': PAGE,
          'backstage.io/managed-by-origin-location': PAGE,
          'backstage.io/source-location': `url:${GITLAB}/api`,
          'cloud-pi-native.fr/instance': 'cpin',
          'cloud-pi-native.fr/project-id': IDS.project,
          'cloud-pi-native.fr/project-slug': 'portail',
          'gitlab.com/project-slug': 'forge/projects/portail/api',
          // h4('api') = HMAC-SHA256('', 'api')[0:4], as the console names Sonar projects.
          'sonarqube.org/project-key': 'portail-api-a814',
          'cloud-pi-native.fr/repository-id': IDS.repoApi,
          'cloud-pi-native.fr/repository-name': 'api',
          'cloud-pi-native.fr/is-infra': 'false',
          'cloud-pi-native.fr/deploy-revision': 'HEAD',
          'cloud-pi-native.fr/deploy-path': '.',
        },
        tags: ['cloud-pi-native', 'app', 'standalone'],
        links: [
          { url: `${GITLAB}/api`, title: 'GitLab', type: 'gitlab' },
          {
            url: 'https://sonar.cpin.example.fr/dashboard?id=portail-api-a814',
            title: 'SonarQube',
            type: 'sonarqube',
          },
        ],
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:cpin/cpin-portail',
        system: 'system:cpin/portail',
      },
    });
    await assertValidEntity(entity);
  });

  it('maps an infrastructure repository mirrored from a private source', async () => {
    const entity = repositoryToComponent(
      project(),
      repository({
        id: IDS.repoInfra,
        internalRepoName: 'infra',
        isInfra: true,
        isPrivate: true,
        externalUserName: 'bot',
        externalRepoUrl:
          'https://bot:ghp_SECRET@github.com/org/portail-infra.git',
        deployRevision: 'main',
        deployPath: 'helm',
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
      }),
      testContext(),
    );
    expect(entity.spec.type).toBe('infrastructure');
    expect(entity.metadata.tags).toEqual([
      'cloud-pi-native',
      'infra',
      'mirrored',
    ]);
    expect(entity.metadata.annotations).toMatchObject({
      'argocd/app-selector': 'dso/project.slug=portail,dso/repository=infra',
      'cloud-pi-native.fr/is-infra': 'true',
      'cloud-pi-native.fr/external-repo-url':
        'https://github.com/org/portail-infra.git',
      'cloud-pi-native.fr/deploy-revision': 'main',
      'cloud-pi-native.fr/deploy-path': 'helm',
      'cloud-pi-native.fr/helm-values-files': 'values.yaml,values-<env>.yaml',
    });
    expect(entity.metadata.links).toContainEqual({
      url: 'https://github.com/org/portail-infra',
      title: 'External repository',
      type: 'external-repository',
    });
    expect(JSON.stringify(entity)).not.toContain('ghp_SECRET');
    await assertValidEntity(entity);
  });

  it.each([
    {
      field: 'deployRevision',
      annotation: 'cloud-pi-native.fr/deploy-revision',
    },
    { field: 'deployPath', annotation: 'cloud-pi-native.fr/deploy-path' },
    {
      field: 'helmValuesFiles',
      annotation: 'cloud-pi-native.fr/helm-values-files',
    },
  ])('leaves out $annotation when $field is empty', ({ field, annotation }) => {
    const entity = repositoryToComponent(
      project(),
      repository({ [field]: '' }),
      testContext(),
    );
    expect(entity.metadata.annotations).not.toHaveProperty(annotation);
  });

  it('never copies a value outside the platform rules into an annotation or a link', () => {
    const huge = 'x'.repeat(100_000);
    const entity = repositoryToComponent(
      project(),
      repository({
        externalRepoUrl: `https://github.com/${huge}.git`,
        deployRevision: huge,
        deployPath: '../../etc',
        helmValuesFiles: `values.yaml,/${huge}`,
      }),
      testContext(),
    );
    const annotations = entity.metadata.annotations!;
    expect(annotations['cloud-pi-native.fr/external-repo-url']).toBeUndefined();
    expect(annotations['cloud-pi-native.fr/deploy-revision']).toBeUndefined();
    expect(annotations['cloud-pi-native.fr/deploy-path']).toBeUndefined();
    expect(annotations['cloud-pi-native.fr/helm-values-files']).toBeUndefined();
    expect(entity.metadata.links?.map(l => l.type)).toEqual([
      'gitlab',
      'sonarqube',
    ]);
    expect(JSON.stringify(entity).length).toBeLessThan(5_000);
    // Still a mirror, by the console's word.
    expect(entity.metadata.tags).toContain('mirrored');
  });

  it('has no argocd selector for an application repository', () => {
    const entity = repositoryToComponent(
      project(),
      repository(),
      testContext(),
    );
    expect(entity.metadata.annotations).not.toHaveProperty(
      'argocd/app-selector',
    );
  });

  it('keeps the GitLab path but no source location when GitLab is not configured', () => {
    const instance = testInstance({ gitlab: undefined, sonarqube: undefined });
    const entity = repositoryToComponent(
      project(),
      repository(),
      testContext({ urls: instance.urls }),
    );
    expect(entity.metadata.annotations).not.toHaveProperty(
      'backstage.io/source-location',
    );
    expect(entity.metadata.annotations?.['gitlab.com/project-slug']).toBe(
      'forge/projects/portail/api',
    );
    expect(entity.metadata.links).toEqual([]);
  });

  it('keeps long legacy names valid', async () => {
    const entity = repositoryToComponent(
      project({
        slug: 'ministere-interieur-portail-des-demarches',
        name: 'portail',
      }),
      repository({ internalRepoName: 'application-frontend' }),
      testContext(),
    );
    expect(entity.metadata.name.length).toBeLessThanOrEqual(63);
    expect(entity.spec.system).toBe(
      'system:cpin/ministere-interieur-portail-des-demarches',
    );
    await assertValidEntity(entity);
  });
});

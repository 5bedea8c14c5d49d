import {
  ANNOTATION_SOURCE_LOCATION,
  ComponentEntityV1alpha1,
} from '@backstage/catalog-model';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Project,
  Repository,
  dsoLabelSelector,
  gitlabProjectPath,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { link, safeHttpUrl } from './links';
import { projectAnnotations } from './locations';
import { CloudPiTransformContext } from './types';

/** Annotation of the GitLab plugins (`<root>/<slug>/<repo>`). */
export const GITLAB_PROJECT_SLUG_ANNOTATION = 'gitlab.com/project-slug';
/** Annotation of the SonarQube plugin. */
export const SONARQUBE_PROJECT_KEY_ANNOTATION = 'sonarqube.org/project-key';
/** Annotation of the Argo CD plugins (mutually exclusive with `argocd/app-name`). */
export const ARGOCD_APP_SELECTOR_ANNOTATION = 'argocd/app-selector';

/**
 * A repository as a `Component` named `<slug>-<repo>`: `service` for
 * application repositories, `infrastructure` for infra ones (deployed by
 * Argo CD into every environment). A repository can be both; tags tell
 * `app`/`infra` and `mirrored`/`standalone` apart.
 *
 * @public
 */
export function repositoryToComponent(
  project: Project,
  repository: Repository,
  ctx: CloudPiTransformContext,
): ComponentEntityV1alpha1 {
  const name = repository.internalRepoName;
  const sonarKey = sonarQubeProjectKey(project.slug, name);
  const gitlabUrl = ctx.urls.gitlabProject(project.slug, name);
  const externalUrl = safeHttpUrl(repository.externalRepoUrl);
  const mirrored = repository.externalRepoUrl.trim() !== '';

  const annotations: Record<string, string> = {
    ...projectAnnotations(ctx, project),
    [GITLAB_PROJECT_SLUG_ANNOTATION]: gitlabProjectPath(
      ctx.projectsRootDir,
      project.slug,
      name,
    ),
    [SONARQUBE_PROJECT_KEY_ANNOTATION]: sonarKey,
    [A.repositoryId]: repository.id,
    [A.repositoryName]: name,
    [A.isInfra]: String(repository.isInfra),
  };
  if (gitlabUrl) annotations[ANNOTATION_SOURCE_LOCATION] = `url:${gitlabUrl}`;
  if (repository.isInfra) {
    // Only infra repositories get Argo CD applications (`dso/repository` label).
    annotations[ARGOCD_APP_SELECTOR_ANNOTATION] = dsoLabelSelector(
      project.slug,
      undefined,
      name,
    );
  }
  if (externalUrl) annotations[A.externalRepoUrl] = externalUrl;
  if (repository.deployRevision) {
    annotations[A.deployRevision] = repository.deployRevision;
  }
  if (repository.deployPath) annotations[A.deployPath] = repository.deployPath;
  if (repository.helmValuesFiles) {
    annotations[A.helmValuesFiles] = repository.helmValuesFiles;
  }

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: cloudPiEntityNames.component(project.slug, name),
      namespace: ctx.namespace,
      title: `${project.slug}/${name}`,
      description: `${
        repository.isInfra ? 'Infrastructure' : 'Application'
      } repository ${name} of the Cloud π Native project ${project.name}.`,
      annotations,
      tags: [
        'cloud-pi-native',
        repository.isInfra ? 'infra' : 'app',
        mirrored ? 'mirrored' : 'standalone',
      ],
      links: [
        ...link(gitlabUrl, 'GitLab', 'gitlab'),
        ...link(ctx.urls.sonarqubeProject(sonarKey), 'SonarQube', 'sonarqube'),
        ...link(
          externalUrl?.replace(/\.git$/, ''),
          'External repository',
          'external-repository',
        ),
      ],
    },
    spec: {
      type: repository.isInfra ? 'infrastructure' : 'service',
      lifecycle: 'production',
      owner: entityRef(
        'group',
        ctx.namespace,
        cloudPiEntityNames.team(project.slug),
      ),
      system: entityRef(
        'system',
        ctx.namespace,
        cloudPiEntityNames.system(project.slug),
      ),
    },
  };
}

import {
  ANNOTATION_SOURCE_LOCATION,
  ComponentEntityV1alpha1,
} from '@backstage/catalog-model';
import {
  CLOUD_PI_LINK_TYPES,
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Project,
  Repository,
  boundedExternalRepoUrlSchema,
  deployPathSchema,
  deployRevisionSchema,
  dsoLabelSelector,
  helmValuesFilesSchema,
  gitlabProjectPath,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import { DeploymentTarget } from './deploymentTargets';
import { accepted } from './boundedValues';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { described, repositoryDescription } from './descriptions';
import { link, safeHttpUrl } from './links';
import { projectAnnotations } from './locations';
import {
  ARGOCD_APP_SELECTOR_ANNOTATION,
  ARGOCD_INSTANCE_NAME_ANNOTATION,
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  argocdInstances,
  argocdRepositorySelector,
  grafanaAnnotations,
  kubernetesTarget,
} from './pluginAnnotations';
import { CloudPiTransformContext } from './types';

/** Annotation of the GitLab plugins (`<root>/<slug>/<repo>`). */
export const GITLAB_PROJECT_SLUG_ANNOTATION = 'gitlab.com/project-slug';
/** Annotation of the SonarQube plugin. */
export const SONARQUBE_PROJECT_KEY_ANNOTATION = 'sonarqube.org/project-key';

/**
 * A repository as a `Component` named `<slug>-<repo>`: `service` for
 * application repositories, `infrastructure` for infra ones (deployed by
 * Argo CD into every environment). A repository can be both; tags tell
 * `app`/`infra` and `mirrored`/`standalone` apart. `targets` (where it is
 * deployed) add the Argo CD, Kubernetes and Grafana annotations and make
 * it depend on those environments.
 *
 * @public
 */
export function repositoryToComponent(
  project: Project,
  repository: Repository,
  ctx: CloudPiTransformContext,
  targets: DeploymentTarget[] = [],
): ComponentEntityV1alpha1 {
  const name = repository.internalRepoName;
  const sonarKey = sonarQubeProjectKey(project.slug, name);
  const gitlabUrl = ctx.urls.gitlabProject(project.slug, name);
  // What the console stores is bounded by the rules the portal applies to
  // what it sends: an out-of-bounds value is left out, never copied.
  const externalUrl = accepted(
    boundedExternalRepoUrlSchema,
    safeHttpUrl(repository.externalRepoUrl),
  );
  const deployRevision = accepted(
    deployRevisionSchema,
    repository.deployRevision,
  );
  const deployPath = accepted(deployPathSchema, repository.deployPath);
  const helmValuesFiles = accepted(
    helmValuesFilesSchema,
    repository.helmValuesFiles,
  );
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
  if (targets.length > 0) {
    annotations[ARGOCD_APP_SELECTOR_ANNOTATION] = argocdRepositorySelector(
      project.slug,
      targets.flatMap(t => t.deployers),
    );
    annotations[ARGOCD_INSTANCE_NAME_ANNOTATION] = argocdInstances(
      targets.map(t => t.zone.slug),
    );
    const running = targets.filter(t => t.runsWorkloads);
    const kubernetes = kubernetesTarget(running);
    if (kubernetes) {
      annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION] = dsoLabelSelector(
        project.slug,
        undefined,
        name,
      );
      annotations[KUBERNETES_CLUSTER_ANNOTATION] = kubernetes.cluster;
      if (kubernetes.namespace) {
        annotations[KUBERNETES_NAMESPACE_ANNOTATION] = kubernetes.namespace;
      }
    }
    Object.assign(annotations, grafanaAnnotations(project.slug, running, name));
  } else if (repository.isInfra) {
    // Its Applications are labelled `dso/repository=<repo>` wherever they run.
    annotations[ARGOCD_APP_SELECTOR_ANNOTATION] = dsoLabelSelector(
      project.slug,
      undefined,
      name,
    );
  }
  if (externalUrl) annotations[A.externalRepoUrl] = externalUrl;
  if (deployRevision) annotations[A.deployRevision] = deployRevision;
  if (deployPath) annotations[A.deployPath] = deployPath;
  if (helmValuesFiles) annotations[A.helmValuesFiles] = helmValuesFiles;
  const text = described(
    repositoryDescription(name, repository.isInfra, project.name),
  );

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: cloudPiEntityNames.component(project.slug, name),
      namespace: ctx.namespace,
      title: `${project.slug}/${name}`,
      description: text.description,
      annotations: { ...annotations, ...text.annotations },
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
          CLOUD_PI_LINK_TYPES.externalRepository,
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
      ...(targets.length > 0
        ? {
            // Deployed in these environments.
            dependsOn: [
              ...new Set(
                targets.map(t =>
                  entityRef(
                    'resource',
                    ctx.namespace,
                    cloudPiEntityNames.environment(
                      project.slug,
                      t.environment.name,
                    ),
                  ),
                ),
              ),
            ].sort(),
          }
        : {}),
    },
  };
}

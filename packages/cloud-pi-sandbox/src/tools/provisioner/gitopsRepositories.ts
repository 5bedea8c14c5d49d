import { gitlabRepoUrl } from '@cpin/plugin-cloud-pi-native-common';
import type {
  Deployment,
  Repository,
} from '@cpin/plugin-cloud-pi-native-common';
import type {
  GitopsRepository,
  GitopsValueSource,
} from '../argocd/gitopsValues';
import type { ProvisioningContext } from './provisioningContext';

/*
 * `application.repositories` of a values file, as the console's argocd
 * module writes it (console 9.24, `formatRepositoriesValues` and
 * `formatRepositoriesValuesFromDeployments`).
 */

/** `helmValuesFiles` split on commas, `<env>` replaced by the environment name. */
function valueFiles(
  helmValuesFiles: string | undefined,
  env: string,
): string[] {
  return (helmValuesFiles ?? '')
    .replaceAll('<env>', env)
    .split(',')
    .map(file => file.trim())
    .filter(Boolean);
}

function repoUrl(ctx: ProvisioningContext, slug: string, name: string) {
  return gitlabRepoUrl(
    ctx.settings.gitlabUrl,
    ctx.settings.projectsRootDir,
    slug,
    name,
  );
}

/** Every infra repository, deployed into every environment. */
export function infraRepositories(
  ctx: ProvisioningContext,
  slug: string,
  repositories: Repository[],
  env: string,
): GitopsRepository[] {
  return repositories
    .filter(repository => repository.isInfra)
    .map(repository => ({
      id: repository.id,
      name: repository.internalRepoName,
      repoURL: repoUrl(ctx, slug, repository.internalRepoName),
      targetRevision: repository.deployRevision || 'HEAD',
      path: repository.deployPath || '.',
      valueFiles: valueFiles(repository.helmValuesFiles, env),
      valueSources: [],
    }));
}

/** The sources of an environment's deployments, in deployment then source order. */
export function deploymentRepositories(
  ctx: ProvisioningContext,
  slug: string,
  deployments: Deployment[],
  repositories: Repository[],
  env: string,
): GitopsRepository[] {
  const nameOf = (id: string) =>
    repositories.find(r => r.id === id)?.internalRepoName ?? id;
  return deployments.flatMap(deployment =>
    (deployment.deploymentSources ?? []).map(source => {
      const name =
        source.repository?.internalRepoName ?? nameOf(source.repositoryId);
      const valueSources: GitopsValueSource[] = source.valueSources.map(v =>
        v.type === 'internal'
          ? { type: 'internal', path: v.path }
          : {
              type: 'external',
              ref: v.ref,
              repoURL: repoUrl(ctx, slug, nameOf(v.repositoryId)),
              targetRevision: v.targetRevision || 'HEAD',
              path: v.path,
            },
      );
      return {
        id: source.repositoryId,
        name,
        repoURL: repoUrl(ctx, slug, name),
        targetRevision: source.targetRevision || 'HEAD',
        path: source.path || '.',
        valueFiles: valueFiles(source.helmValuesFiles, env),
        valueSources,
      };
    }),
  );
}

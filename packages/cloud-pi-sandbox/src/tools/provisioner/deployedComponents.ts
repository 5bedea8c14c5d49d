import {
  argoCdWorkloadAppName,
  stageKind,
  type Repository,
} from '@cpin/plugin-cloud-pi-native-common';
import type { EnvironmentSnapshot, ProjectSnapshot } from '../../types';
import type { DeployedComponent } from '../argocd/gitopsCharts';
import type { GitopsRepository } from '../argocd/gitopsValues';
import { seededRandom } from '../shared/seeded';
import { registryHost, type ProvisioningContext } from './provisioningContext';

const byName = (
  a: { internalRepoName: string },
  b: { internalRepoName: string },
) => a.internalRepoName.localeCompare(b.internalRepoName);

/**
 * The workloads running in an environment, from the repositories its
 * values file deploys (the sandbox's convention, since real charts are the
 * teams'): an application repository deployed on its own (a deployment
 * source) runs one Deployment named after it; the first infra repository
 * (by name) runs one Deployment per other application repository of the
 * project, or per infra repository when the project has none. Every
 * workload is labelled `dso/repository=<its repository>`.
 */
export function deployedComponents(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
  { environment, stage }: EnvironmentSnapshot,
  rendered: GitopsRepository[],
): DeployedComponent[] {
  const slug = snapshot.project.slug;
  const repositoryOf = (entry: GitopsRepository) =>
    snapshot.repositories.find(r => r.id === entry.id);
  const appName = (entry: GitopsRepository) =>
    argoCdWorkloadAppName(slug, environment.name, entry.name, entry.repoURL);
  const component = (
    repository: Repository,
    applicationName: string,
    targetRevision?: string,
  ): DeployedComponent => ({
    name: repository.internalRepoName,
    image: `${registryHost(ctx)}/${componentImage(
      slug,
      repository,
      targetRevision,
    )}`,
    replicas: stageKind(stage.name) === 'prod' ? 2 : 1,
    applicationName,
  });

  const components = new Map<string, DeployedComponent>();
  for (const entry of rendered) {
    const repository = repositoryOf(entry);
    if (repository && !repository.isInfra && !components.has(repository.id)) {
      components.set(
        repository.id,
        component(repository, appName(entry), entry.targetRevision),
      );
    }
  }
  const infra = rendered
    .filter(entry => repositoryOf(entry)?.isInfra)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (infra.length > 0) {
    const deployer = appName(infra[0]);
    const applications = snapshot.repositories
      .filter(r => !r.isInfra)
      .sort(byName);
    const targets = applications.length
      ? applications.filter(r => !components.has(r.id))
      : snapshot.repositories.filter(r => r.isInfra).sort(byName);
    for (const repository of targets) {
      components.set(repository.id, component(repository, deployer));
    }
  }
  return [...components.values()];
}

/**
 * The repositories an image is built from: the application repositories,
 * or the infra repositories when the project has none. Empty when nothing
 * would deploy them (no infra repository and no console Deployment).
 */
export function imageRepositories(snapshot: ProjectSnapshot): Repository[] {
  const infra = snapshot.repositories.filter(r => r.isInfra).sort(byName);
  if (!infra.length && !snapshot.deployments.length) return [];
  const applications = snapshot.repositories
    .filter(r => !r.isInfra)
    .sort(byName);
  return applications.length ? applications : infra;
}

/**
 * The image a repository's CI builds, in the project's registry:
 * `<slug>/<repo>:<tag>`. A source pinned to a version tag (`v2.3.1`) runs
 * that version; otherwise the tag is a stable pseudo-version.
 */
export function componentImage(
  slug: string,
  repository: Repository,
  targetRevision?: string,
): string {
  const rng = seededRandom(`image:${repository.id}`);
  const pinned = targetRevision?.match(/^v?(\d+\.\d+\.\d+)$/)?.[1];
  const tag = pinned ?? `1.${Math.floor(rng() * 12)}.${Math.floor(rng() * 8)}`;
  return `${slug}/${repository.internalRepoName}:${tag}`;
}

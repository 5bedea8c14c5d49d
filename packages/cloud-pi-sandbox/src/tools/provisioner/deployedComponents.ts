import {
  argoCdWorkloadAppName,
  gitlabRepoUrl,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import type { EnvironmentSnapshot, ProjectSnapshot } from '../../types';
import type { DeployedComponent } from '../argocd/gitopsCharts';
import { seededRandom } from '../shared/seeded';
import { registryHost, type ProvisioningContext } from './provisioningContext';

/**
 * The workloads running in an environment: what its infra repositories would
 * deploy. The sandbox assumes the first infra repository (by name) deploys
 * one Deployment per application repository (or per infra repository when the
 * project has none); without an infra repository nothing is deployed.
 */
export function deployedComponents(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
  { environment, stage }: EnvironmentSnapshot,
): DeployedComponent[] {
  const slug = snapshot.project.slug;
  const byName = (
    a: { internalRepoName: string },
    b: { internalRepoName: string },
  ) => a.internalRepoName.localeCompare(b.internalRepoName);
  const infra = snapshot.repositories.filter(r => r.isInfra).sort(byName);
  if (!infra.length) return [];
  const deployer = argoCdWorkloadAppName(
    slug,
    environment.name,
    infra[0].internalRepoName,
    gitlabRepoUrl(
      ctx.settings.gitlabUrl,
      ctx.settings.projectsRootDir,
      slug,
      infra[0].internalRepoName,
    ),
  );
  const applications = snapshot.repositories
    .filter(r => !r.isInfra)
    .sort(byName);
  return (applications.length ? applications : infra).map(repository => {
    const rng = seededRandom(`image:${repository.id}`);
    const tag = `1.${Math.floor(rng() * 12)}.${Math.floor(rng() * 8)}`;
    return {
      name: repository.internalRepoName,
      image: `${registryHost(ctx)}/${slug}/${
        repository.internalRepoName
      }:${tag}`,
      replicas: stageKind(stage.name) === 'prod' ? 2 : 1,
      applicationName: deployer,
    };
  });
}

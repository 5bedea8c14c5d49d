import {
  Cluster,
  Environment,
  Repository,
  Stage,
  StageKind,
  Zone,
  namespaceName,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { environmentPlacement } from './environmentToResource';
import { CloudPiProjectData, CloudPiTopology } from './types';

/**
 * An environment a repository is deployed into, and by what.
 *
 * @public
 */
export interface DeploymentTarget {
  environment: Environment;
  stage: Stage;
  cluster: Cluster;
  zone: Zone;
  kind: StageKind;
  namespace: string;
  /**
   * Repositories whose Argo CD Applications (`dso/repository` label) deploy
   * it there: itself when it is deployed on its own, or the infra
   * repositories that deploy the project's application repositories.
   */
  deployers: string[];
  /** Console Deployments binding it to the environment (none in infra mode). */
  deployments: string[];
  /**
   * Whether workloads labelled `dso/repository=<it>` run there: always for
   * an application repository; for an infra repository only when the
   * project has no application repository (it then deploys itself).
   */
  runsWorkloads: boolean;
}

/**
 * Where each repository of a project runs, as the console renders Argo CD
 * (console 9.24 `generateEnvironmentActions`): in a zone where the project
 * has deployments, an environment deploys the sources of its deployments
 * (an infra repository among them deploys the application repositories
 * that are not sources themselves); in the other zones, every infra
 * repository is deployed into every environment and deploys the
 * application repositories. An environment without deployments in a zone
 * that has some keeps a file the console no longer writes: what it deploys
 * is unknown, so it counts for nothing.
 */
export function deploymentTargets(
  data: CloudPiProjectData,
  topology: CloudPiTopology,
): Map<string, DeploymentTarget[]> {
  const { project, environments, repositories } = data;
  const deployments = data.deployments ?? [];
  const byId = new Map(repositories.map(r => [r.id, r]));
  const placements = environments.map(environment => ({
    environment,
    ...environmentPlacement(project, environment, topology),
  }));
  const deploymentZones = new Set(
    placements
      .filter(p => deployments.some(d => d.environmentId === p.environment.id))
      .map(p => p.zone.id),
  );
  const infra = repositories.filter(r => r.isInfra);
  const applications = repositories.filter(r => !r.isInfra);

  const targets = new Map<string, DeploymentTarget[]>();
  const add = (
    repository: Repository,
    placement: (typeof placements)[number],
    deployers: Repository[],
    deploymentNames: string[],
  ) => {
    if (deployers.length === 0) return;
    const list = targets.get(repository.id) ?? [];
    list.push({
      environment: placement.environment,
      stage: placement.stage,
      cluster: placement.cluster,
      zone: placement.zone,
      kind: stageKind(placement.stage.name),
      namespace: namespaceName(project.id, placement.environment.id),
      deployers: [...new Set(deployers.map(r => r.internalRepoName))].sort(),
      deployments: [...new Set(deploymentNames)].sort(),
      runsWorkloads: !repository.isInfra || applications.length === 0,
    });
    targets.set(repository.id, list);
  };

  for (const placement of placements) {
    if (!deploymentZones.has(placement.zone.id)) {
      for (const repository of infra)
        add(repository, placement, [repository], []);
      for (const repository of applications)
        add(repository, placement, infra, []);
      continue;
    }
    const envDeployments = deployments.filter(
      d => d.environmentId === placement.environment.id,
    );
    const sources = new Map<string, string[]>();
    for (const deployment of envDeployments) {
      for (const source of deployment.deploymentSources ?? []) {
        sources.set(source.repositoryId, [
          ...(sources.get(source.repositoryId) ?? []),
          deployment.name,
        ]);
      }
    }
    const infraSources = infra.filter(r => sources.has(r.id));
    for (const [repositoryId, names] of sources) {
      const repository = byId.get(repositoryId);
      if (repository) add(repository, placement, [repository], names);
    }
    for (const repository of applications) {
      if (sources.has(repository.id)) continue;
      add(
        repository,
        placement,
        infraSources,
        infraSources.flatMap(r => sources.get(r.id)!),
      );
    }
  }
  return targets;
}

import { Entity } from '@backstage/catalog-model';
import { CloudPiInconsistentDataError } from '../errors';
import { namespaceName, stageKind } from '@cpin/plugin-cloud-pi-native-common';
import { deploymentTargets } from './deploymentTargets';
import {
  environmentPlacement,
  environmentToResource,
} from './environmentToResource';
import { projectToGroups } from './projectToGroups';
import { projectToSystem } from './projectToSystem';
import { repositoryToComponent } from './repositoryToComponent';
import {
  CloudPiProjectData,
  CloudPiProjectTeam,
  CloudPiTopology,
  CloudPiTransformContext,
} from './types';

function byName<T>(key: (item: T) => string) {
  return (a: T, b: T) => {
    if (key(a) === key(b)) return 0;
    return key(a) < key(b) ? -1 : 1;
  };
}

/**
 * Every entity of one project, in a stable order: the System, the team
 * Group (and role Groups), one Component per repository and one Resource
 * per environment. Throws {@link CloudPiInconsistentDataError} when the
 * per-project lists do not belong to the project.
 *
 * @public
 */
export function projectToEntities(
  data: CloudPiProjectData,
  team: CloudPiProjectTeam,
  topology: CloudPiTopology,
  ctx: CloudPiTransformContext,
): Entity[] {
  const { project } = data;
  for (const item of [
    ...data.environments,
    ...data.repositories,
    ...(data.deployments ?? []),
  ]) {
    if (item.projectId !== project.id) {
      throw new CloudPiInconsistentDataError(
        `The console listed ${item.id} under project '${project.slug}' (${project.id}), but it belongs to project ${item.projectId}`,
      );
    }
  }
  const targets = deploymentTargets(data, topology);
  const sites = data.environments.map(environment => {
    const { stage, zone } = environmentPlacement(
      project,
      environment,
      topology,
    );
    return {
      zone: zone.slug,
      kind: stageKind(stage.name),
      namespace: namespaceName(project.id, environment.id),
    };
  });
  return [
    projectToSystem(project, data.services, ctx, sites),
    ...projectToGroups(project, team, ctx),
    ...[...data.repositories]
      .sort(byName(repository => repository.internalRepoName))
      .map(repository =>
        repositoryToComponent(
          project,
          repository,
          ctx,
          targets.get(repository.id),
        ),
      ),
    ...[...data.environments]
      .sort(byName(environment => environment.name))
      .map(environment =>
        environmentToResource(project, environment, topology, ctx),
      ),
  ];
}

import { Entity } from '@backstage/catalog-model';
import { CloudPiInconsistentDataError } from '../errors';
import { environmentToResource } from './environmentToResource';
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
  for (const item of [...data.environments, ...data.repositories]) {
    if (item.projectId !== project.id) {
      throw new CloudPiInconsistentDataError(
        `The console listed ${item.id} under project '${project.slug}' (${project.id}), but it belongs to project ${item.projectId}`,
      );
    }
  }
  return [
    projectToSystem(project, data.services, ctx),
    ...projectToGroups(project, team, ctx),
    ...[...data.repositories]
      .sort(byName(repository => repository.internalRepoName))
      .map(repository => repositoryToComponent(project, repository, ctx)),
    ...[...data.environments]
      .sort(byName(environment => environment.name))
      .map(environment =>
        environmentToResource(project, environment, topology, ctx),
      ),
  ];
}

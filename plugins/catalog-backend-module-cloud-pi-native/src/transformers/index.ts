export { clusterToResource } from './clusterToResource';
export { environmentToResource } from './environmentToResource';
export { platformToEntities } from './platformToEntities';
export { projectToEntities } from './projectToEntities';
export { projectToGroups } from './projectToGroups';
export { projectToSystem } from './projectToSystem';
export type { ProjectEnvironmentSite } from './projectToSystem';
export { repositoryToComponent } from './repositoryToComponent';
export type { DeploymentTarget } from './deploymentTargets';
export { resolveProjectTeam } from './projectTeam';
export { zoneToResource } from './zoneToResource';
export type {
  CloudPiProjectData,
  CloudPiProjectTeam,
  CloudPiTopology,
  CloudPiTransformContext,
  CloudPiUserLookup,
} from './types';

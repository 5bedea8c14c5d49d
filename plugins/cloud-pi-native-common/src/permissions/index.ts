export {
  ADMIN_PERMS,
  PROJECT_PERMS,
  combinePerms,
  formatPerms,
  hasAnyPerm,
  parsePerms,
  projectPermNames,
} from './bits';
export type { AdminPermName, ProjectPermName } from './bits';
export {
  DEFAULT_EVERYONE_PERMS,
  DEFAULT_PROJECT_ROLES,
  EVERYONE_ADMIN_PERMS,
} from './roles';
export type { DefaultProjectRole } from './roles';
export {
  AdminAuthorized,
  ProjectAuthorized,
  resolveProjectPerms,
} from './predicates';
export type {
  PermissionContext,
  PermissionRole,
  ProjectPermissionSource,
} from './predicates';
export {
  cloudPiArgoRefreshPermission,
  cloudPiArgoRollbackPermission,
  cloudPiArgoSyncPermission,
  cloudPiBuildsReadPermission,
  cloudPiCatalogRefreshPermission,
  cloudPiDeploymentsReadPermission,
  cloudPiImagesReadPermission,
  cloudPiJourneyReadPermission,
  cloudPiEnvironmentsReadPermission,
  cloudPiNativePermissions,
  cloudPiObservabilityReadPermission,
  cloudPiOverviewReadPermission,
  cloudPiProjectReprovisionPermission,
  cloudPiQualityGateReadPermission,
  cloudPiSecretsListPermission,
} from './backstagePermissions';
export type { CloudPiNativePermission } from './backstagePermissions';

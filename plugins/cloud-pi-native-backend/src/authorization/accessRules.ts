import {
  AdminAuthorized,
  PermissionContext,
  ProjectAuthorized,
} from '@cpin/plugin-cloud-pi-native-common';

/**
 * Cloud π rules a kind of data can require, named after the console's
 * predicates (`ProjectAuthorized.*`, `AdminAuthorized.*`).
 */
export const CLOUD_PI_ACCESS_RULES = {
  /** Any signed-in Backstage user who can see the entity. */
  'any-signed-in': () => true,
  /** Owner or member of the project (any permission), or platform admin. */
  member: ProjectAuthorized.See,
  'list-environments': ProjectAuthorized.ListEnvironments,
  'list-repositories': ProjectAuthorized.ListRepositories,
  'list-members': ProjectAuthorized.ListMembers,
  'list-roles': ProjectAuthorized.ListRoles,
  'list-deployments': ProjectAuthorized.ListDeployments,
  /** MANAGE_ENVIRONMENTS or MANAGE: the DevOps role, the owner and administrators. */
  'manage-environments': ProjectAuthorized.ManageEnvironments,
  'replay-hooks': ProjectAuthorized.ReplayHooks,
  'see-secrets': ProjectAuthorized.SeeSecrets,
  manage: ProjectAuthorized.Manage,
  'platform-admin': (context: PermissionContext) =>
    AdminAuthorized.Manage(context.adminPermissions),
} as const satisfies Record<string, (context: PermissionContext) => boolean>;

/** Name of a Cloud π access rule. */
export type CloudPiAccessRule = keyof typeof CLOUD_PI_ACCESS_RULES;

/**
 * What the cards backend authorizes: the card reads, reprovisioning,
 * secrets and the Argo CD operations.
 */
export type CloudPiAccessScope =
  | 'overview'
  | 'environments'
  | 'quality-gate'
  | 'deployments'
  | 'observability'
  | 'builds'
  | 'images'
  | 'journey'
  | 'reprovision'
  | 'secrets'
  | 'argocd-refresh'
  | 'argocd-sync'
  | 'argocd-rollback';

/** Whether a string names an access rule. */
export function isCloudPiAccessRule(value: string): value is CloudPiAccessRule {
  return Object.prototype.hasOwnProperty.call(CLOUD_PI_ACCESS_RULES, value);
}

/** Whether a caller with these permissions passes a rule. */
export function passesAccessRule(
  rule: CloudPiAccessRule,
  context: PermissionContext,
): boolean {
  return CLOUD_PI_ACCESS_RULES[rule](context);
}

import {
  ADMIN_PERMS as A,
  PROJECT_PERMS as P,
  hasAnyPerm,
  parsePerms,
} from './bits';

/** A role as the console returns it (permissions as a decimal string). @public */
export interface PermissionRole {
  id: string;
  permissions: string;
}

/** What the console knows of a project to resolve a user's permissions. @public */
export interface ProjectPermissionSource {
  ownerId: string;
  everyonePerms: string;
  members: ReadonlyArray<{ userId: string; roleIds: readonly string[] }>;
  roles: readonly PermissionRole[];
}

/**
 * A user's effective permissions in a project, as the console computes them:
 * the owner gets MANAGE; a member gets the OR of their roles, `everyonePerms`
 * and GUEST; anyone else gets nothing.
 *
 * @public
 */
export function resolveProjectPerms(
  project: ProjectPermissionSource,
  userId: string,
): bigint {
  if (project.ownerId === userId) return P.MANAGE;
  const member = project.members.find(m => m.userId === userId);
  if (!member) return 0n;
  let perms = parsePerms(project.everyonePerms) | P.GUEST;
  for (const role of project.roles) {
    if (member.roleIds.includes(role.id)) perms |= parsePerms(role.permissions);
  }
  return perms;
}

/** Platform-scope predicates (`AdminAuthorized.*`). @public */
export const AdminAuthorized = {
  /** The MANAGE bit only: `filter=all`, any project detail, secrets. */
  Manage: (admin: bigint) => hasAnyPerm(admin, A.MANAGE),
  ManageProjects: (admin: bigint) =>
    hasAnyPerm(admin, A.MANAGE_PROJECTS | A.MANAGE),
  ManageClusters: (admin: bigint) =>
    hasAnyPerm(admin, A.MANAGE_CLUSTERS | A.MANAGE),
  ManageZones: (admin: bigint) => hasAnyPerm(admin, A.MANAGE_ZONES | A.MANAGE),
  ManageStages: (admin: bigint) =>
    hasAnyPerm(admin, A.MANAGE_STAGES | A.MANAGE),
  ManageSystem: (admin: bigint) =>
    hasAnyPerm(admin, A.MANAGE_SYSTEM | A.MANAGE),
  ManageAdminToken: (admin: bigint) =>
    hasAnyPerm(admin, A.MANAGE_ADMIN_TOKEN | A.MANAGE),
  ListProjects: (admin: bigint) =>
    hasAnyPerm(admin, A.LIST_PROJECTS | A.MANAGE_PROJECTS | A.LIST | A.MANAGE),
  ListClusters: (admin: bigint) =>
    hasAnyPerm(admin, A.LIST_CLUSTERS | A.MANAGE_CLUSTERS | A.LIST | A.MANAGE),
  ListStages: (admin: bigint) =>
    hasAnyPerm(admin, A.LIST_STAGES | A.MANAGE_STAGES | A.LIST | A.MANAGE),
  ListZones: (admin: bigint) =>
    hasAnyPerm(admin, A.LIST_ZONES | A.MANAGE_ZONES | A.LIST | A.MANAGE),
  ListSystem: (admin: bigint) =>
    hasAnyPerm(admin, A.LIST_SYSTEM | A.MANAGE_SYSTEM | A.LIST | A.MANAGE),
  ListAdminToken: (admin: bigint) =>
    hasAnyPerm(
      admin,
      A.LIST_ADMIN_TOKEN | A.MANAGE_ADMIN_TOKEN | A.LIST | A.MANAGE,
    ),
} as const;

/** The permissions a project predicate looks at. @public */
export interface PermissionContext {
  /** Platform permissions of the caller (roles + global roles, or token perms). */
  adminPermissions: bigint;
  /** Effective permissions of the caller in the project. */
  projectPermissions: bigint;
}

const list =
  (bits: bigint) =>
  ({ adminPermissions, projectPermissions }: PermissionContext) =>
    AdminAuthorized.ListProjects(adminPermissions) ||
    hasAnyPerm(projectPermissions, bits | P.MANAGE);

const manage =
  (bit: bigint) =>
  ({ adminPermissions, projectPermissions }: PermissionContext) =>
    AdminAuthorized.Manage(adminPermissions) ||
    hasAnyPerm(projectPermissions, bit | P.MANAGE);

/** Project-scope predicates (`ProjectAuthorized.*`). @public */
export const ProjectAuthorized = {
  ListEnvironments: list(P.LIST_ENVIRONMENTS | P.MANAGE_ENVIRONMENTS),
  ListRepositories: list(P.LIST_REPOSITORIES | P.MANAGE_REPOSITORIES),
  ListMembers: list(P.LIST_MEMBERS | P.MANAGE_MEMBERS),
  ListRoles: list(P.LIST_ROLES | P.MANAGE_ROLES),
  Manage: manage(P.MANAGE),
  ManageEnvironments: manage(P.MANAGE_ENVIRONMENTS),
  ManageRepositories: manage(P.MANAGE_REPOSITORIES),
  ManageMembers: manage(P.MANAGE_MEMBERS),
  ManageRoles: manage(P.MANAGE_ROLES),
  ReplayHooks: manage(P.REPLAY_HOOKS),
  SeeSecrets: manage(P.SEE_SECRETS),
  ManageDeployments: manage(P.MANAGE_DEPLOYMENTS),
  /** MANAGE_DEPLOYMENTS alone does not grant listing. */
  ListDeployments: manage(P.LIST_DEPLOYMENTS),
  /** Any permission at all in the project (member or owner), or platform MANAGE. */
  See: ({ adminPermissions, projectPermissions }: PermissionContext) =>
    AdminAuthorized.Manage(adminPermissions) || projectPermissions !== 0n,
} as const;

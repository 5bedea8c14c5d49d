import type { ConsoleStore } from '../store/ConsoleStore';
import type { AdminRoleRecord } from '../store/records';

/** Admin roles whose OIDC group is one of `groups` (how Bearer callers get roles). */
export function rolesMatchingGroups(
  store: ConsoleStore,
  groups: readonly string[],
): AdminRoleRecord[] {
  const wanted = new Set(groups);
  return store.adminRoles
    .all()
    .filter(role => role.oidcGroup !== '' && wanted.has(role.oidcGroup));
}

/**
 * A caller's platform permissions: the OR of the roles assigned to them, the
 * roles matched by OIDC group, and every `global` role ("Tout le monde").
 */
export function adminPermissionsOf(
  store: ConsoleStore,
  assignedRoleIds: readonly string[],
  groups: readonly string[] = [],
  extra = 0n,
): bigint {
  const assigned = new Set(assignedRoleIds);
  const matched = new Set(rolesMatchingGroups(store, groups).map(r => r.id));
  let permissions = extra;
  for (const role of store.adminRoles.all()) {
    if (
      role.type === 'global' ||
      assigned.has(role.id) ||
      matched.has(role.id)
    ) {
      permissions |= role.permissions;
    }
  }
  return permissions;
}

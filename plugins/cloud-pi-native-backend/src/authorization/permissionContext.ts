import {
  ADMIN_PERMS,
  PermissionContext,
  Project,
  resolveProjectPerms,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiCaller } from './CallerResolver';

/**
 * The caller's platform and project permissions, as the console would
 * compute them: the global "Tout le monde" role for every console user,
 * the MANAGE bit for platform administrators, and the effective project
 * permissions (owner, roles, `everyonePerms`) of the console user with the
 * caller's e-mail.
 */
export function permissionContext(
  caller: CloudPiCaller,
  project: Project,
  everyonePlatformPermissions: bigint,
): PermissionContext {
  const known = caller.email !== undefined || caller.platformAdmin;
  const adminPermissions =
    (known ? everyonePlatformPermissions : 0n) |
    (caller.platformAdmin ? ADMIN_PERMS.MANAGE : 0n);
  const userId = caller.email
    ? consoleUserId(project, caller.email)
    : undefined;
  return {
    adminPermissions,
    projectPermissions: userId ? resolveProjectPerms(project, userId) : 0n,
  };
}

/** The console user id of the owner or member with this e-mail, if any. */
export function consoleUserId(
  project: Project,
  email: string,
): string | undefined {
  const same = (other: string) =>
    other.trim().toLocaleLowerCase('en-US') === email;
  if (same(project.owner.email)) return project.ownerId;
  return project.members.find(member => same(member.email))?.userId;
}

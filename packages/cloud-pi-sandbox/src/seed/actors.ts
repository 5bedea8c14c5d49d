import { adminPermissionsOf } from '../console/auth/adminPermissions';
import type { Requestor } from '../console/auth/requestor';
import type { ConsoleStore } from '../console/store/ConsoleStore';

/** The seed acts as a console user, with the permissions a login would give. */
export function actorFor(store: ConsoleStore, email: string): Requestor {
  const user = store.users.findUnique('email', email.toLowerCase());
  if (!user) throw new Error(`Unknown seed user ${email}`);
  return {
    user,
    adminPermissions: adminPermissionsOf(store, user.adminRoleIds),
    via: 'bearer',
    groups: [],
  };
}

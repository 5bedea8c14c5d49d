import { Project } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiProjectTeam, CloudPiUserLookup } from './types';

/**
 * Resolves the owner and members of a project to User entities by e-mail.
 * Nobody is invented: an e-mail without a (unique) User entity is reported
 * in `unresolvedEmails`. Bot and ghost owners (admin tokens, deleted
 * users) are not people and are skipped.
 *
 * @public
 */
export function resolveProjectTeam(
  project: Pick<Project, 'owner' | 'members' | 'roles'>,
  lookup: CloudPiUserLookup,
): CloudPiProjectTeam {
  const memberRefs = new Set<string>();
  const unresolved = new Set<string>();
  const resolve = (email: string) => {
    const ref = lookup(email);
    if (ref) memberRefs.add(ref);
    else unresolved.add(email.trim().toLowerCase());
    return ref;
  };

  const ownerRef =
    project.owner.type === 'human' ? resolve(project.owner.email) : undefined;
  const roleMembers = new Map(
    project.roles.map(role => [role.id, new Set<string>()]),
  );
  for (const member of project.members) {
    const ref = resolve(member.email);
    if (!ref) continue;
    for (const roleId of member.roleIds) roleMembers.get(roleId)?.add(ref);
  }

  return {
    memberRefs: [...memberRefs].sort(),
    ...(ownerRef ? { ownerRef } : {}),
    roleMemberRefs: new Map(
      [...roleMembers].map(([roleId, refs]) => [roleId, [...refs].sort()]),
    ),
    unresolvedEmails: [...unresolved].sort(),
  };
}

import { GroupEntityV1alpha1 } from '@backstage/catalog-model';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Project,
  Role,
} from '@cpin/plugin-cloud-pi-native-common';
import { described, teamDescription } from './descriptions';
import { toNamePart } from './entityNames';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { projectAnnotations } from './locations';
import { CloudPiProjectTeam, CloudPiTransformContext } from './types';

/** The name part of a role: its OIDC group below `/console/`, else its name. */
function roleKey(role: Role): string {
  const group = (role.oidcGroup ?? '')
    .replace(/^\/+/, '')
    .replace(/^console\//, '');
  return toNamePart(group) || toNamePart(role.name) || toNamePart(role.id);
}

/** Role Group names, disambiguated with the role id when two roles clash. */
function roleNames(project: Project): Map<string, string> {
  const keys = project.roles.map(role => ({ role, key: roleKey(role) }));
  return new Map(
    keys.map(({ role, key }) => {
      const clash = keys.some(
        other => other.role !== role && other.key === key,
      );
      const part = clash ? `${key}-${toNamePart(role.id).slice(0, 8)}` : key;
      return [role.id, cloudPiEntityNames.role(project.slug, part)];
    }),
  );
}

/**
 * The project team as a `team` Group (`cpin-<slug>`, owner and members),
 * plus, when `roleGroups` is on, one child Group per project role with its
 * OIDC group and permission bitfield.
 *
 * @public
 */
export function projectToGroups(
  project: Project,
  team: CloudPiProjectTeam,
  ctx: CloudPiTransformContext,
): GroupEntityV1alpha1[] {
  const teamName = cloudPiEntityNames.team(project.slug);
  const teamRef = entityRef('group', ctx.namespace, teamName);
  const names = ctx.roleGroups ? roleNames(project) : new Map<string, string>();

  const text = described(teamDescription(project.name));
  // Named like the platform's own group (`/<slug>` in Keycloak), by the
  // project: a worded title ("portail team") would be in one language only.
  const title = project.name;
  const teamAnnotations: Record<string, string> = {
    ...projectAnnotations(ctx, project),
    ...text.annotations,
    [A.oidcGroup]: `/${project.slug}`,
  };
  // Whom to ask for access: the team is readable by users outside it.
  if (team.ownerRef) {
    teamAnnotations[A.projectOwner] = team.ownerRef;
  }
  if (team.unresolvedEmails.length > 0) {
    teamAnnotations[A.unresolvedMembers] = team.unresolvedEmails.join(',');
  }
  const teamGroup: GroupEntityV1alpha1 = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: teamName,
      namespace: ctx.namespace,
      title,
      description: text.description,
      annotations: teamAnnotations,
      tags: ['cloud-pi-native'],
    },
    spec: {
      type: 'team',
      profile: { displayName: title },
      children: [...names.values()]
        .sort()
        .map(name => entityRef('group', ctx.namespace, name)),
      members: team.memberRefs,
    },
  };

  const roleGroups = project.roles
    .filter(role => names.has(role.id))
    .map((role): GroupEntityV1alpha1 => {
      const annotations: Record<string, string> = {
        ...projectAnnotations(ctx, project),
        [A.roleId]: role.id,
        [A.permissions]: role.permissions,
      };
      if (role.oidcGroup) {
        annotations[A.oidcGroup] = `/${project.slug}${role.oidcGroup}`;
      }
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: names.get(role.id)!,
          namespace: ctx.namespace,
          title: `${project.name}: ${role.name}`,
          annotations,
          tags: ['cloud-pi-native'],
        },
        spec: {
          type: 'role',
          profile: { displayName: `${project.name}: ${role.name}` },
          parent: teamRef,
          children: [],
          members: team.roleMemberRefs.get(role.id) ?? [],
        },
      };
    })
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));

  return [teamGroup, ...roleGroups];
}

import {
  parsePerms,
  type Role,
  CONSOLE_LOG_ACTIONS,
} from '@cpin/plugin-cloud-pi-native-common';
import type { z } from 'zod';
import { badRequest, notFound } from '../errors';
import type { EventOrigin } from '../provisioning';
import type { createRoleInputSchema, patchRolesInputSchema } from '../schemas';
import type { ProjectRecord, ProjectRoleRecord } from '../store/records';
import { projectRoles, publicOidcGroup, roleView } from '../views';
import type { ConsoleDeps } from './deps';

/** Messages of the project role routes. */
export const ROLE_MESSAGES = {
  notFound: 'Rôle introuvable',
  systemType: 'Impossible de créer un rôle de type système.',
  systemImmutable: 'Les rôles système ne sont pas modifiables.',
  systemNotDeletable: 'Les rôles système ne peuvent pas être supprimés.',
  inconsistentPositions: 'Les numéros de position des rôles sont incohérentes',
} as const;

const isSystem = (role: { type: string }) => role.type.startsWith('system:');

/** Project roles; every change triggers `project.upsert`. */
export class RoleService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /**
   * What NestJS returns for `GET …/roles`: `userCount` added, and no
   * `position` / `projectId` despite the contract.
   */
  list(project: ProjectRecord) {
    const counts = this.memberCounts(project);
    return projectRoles(this.#deps.store, project.id).map(role => ({
      id: role.id,
      name: role.name,
      oidcGroup: publicOidcGroup(role.oidcGroup, project.slug),
      type: role.type,
      permissions: role.permissions.toString(),
      userCount: counts[role.id] ?? 0,
    }));
  }

  /** Number of members holding each role. */
  memberCounts(project: ProjectRecord): Record<string, number> {
    const { store } = this.#deps;
    const counts: Record<string, number> = {};
    for (const role of store.projectRoles.findGroup('project', project.id)) {
      counts[role.id] = 0;
    }
    for (const member of store.members.findGroup('project', project.id)) {
      for (const roleId of member.roleIds) {
        if (roleId in counts) counts[roleId]++;
      }
    }
    return counts;
  }

  /** Creates a role (`system:*` types refused) and returns every role. */
  async create(
    project: ProjectRecord,
    input: z.infer<typeof createRoleInputSchema>,
    origin: EventOrigin,
  ): Promise<Role[]> {
    const { store } = this.#deps;
    const type = input.type ?? 'managed';
    if (isSystem({ type })) throw badRequest(ROLE_MESSAGES.systemType);
    const roles = projectRoles(store, project.id);
    store.projectRoles.insert({
      id: store.newId('project-role', `${project.slug}/${input.name}`),
      projectId: project.id,
      name: input.name,
      permissions: parsePerms(input.permissions ?? '0'),
      position: roles.length === 0 ? 0 : roles[roles.length - 1].position + 1,
      oidcGroup: input.oidcGroup ? `/${project.slug}${input.oidcGroup}` : '',
      type,
    });
    await this.#upsert(project, { role: input }, origin);
    return this.#views(project);
  }

  /**
   * Patches roles. System roles keep their name and permissions; moving one
   * role means sending a position for every role.
   */
  async patch(
    project: ProjectRecord,
    input: z.infer<typeof patchRolesInputSchema>,
    origin: EventOrigin,
  ): Promise<Role[]> {
    const { store } = this.#deps;
    const roles = projectRoles(store, project.id);
    const byId = new Map(roles.map(r => [r.id, r]));
    for (const change of input) {
      const role = byId.get(change.id);
      if (!role) throw notFound(ROLE_MESSAGES.notFound);
      const renamed = change.name !== undefined && change.name !== role.name;
      const repermitted =
        change.permissions !== undefined &&
        change.permissions !== null &&
        parsePerms(change.permissions) !== role.permissions;
      const retyped = change.type !== undefined && change.type !== role.type;
      if (isSystem(role) && (renamed || repermitted || retyped)) {
        throw badRequest(ROLE_MESSAGES.systemImmutable);
      }
      if (
        change.type !== undefined &&
        isSystem({ type: change.type }) &&
        !isSystem(role)
      ) {
        throw badRequest(ROLE_MESSAGES.systemType);
      }
    }
    const positioned = input.filter(c => c.position !== undefined);
    if (positioned.length > 0) {
      const ids = new Set(positioned.map(c => c.id));
      const positions = new Set(positioned.map(c => c.position));
      if (
        ids.size !== roles.length ||
        positions.size !== roles.length ||
        roles.some(r => !ids.has(r.id))
      ) {
        throw badRequest(ROLE_MESSAGES.inconsistentPositions);
      }
    }
    for (const change of input) {
      store.projectRoles.update(change.id, r =>
        applyRolePatch(r, change, project.slug),
      );
    }
    await this.#upsert(project, { roles: input }, origin);
    return this.#views(project);
  }

  /** Deletes a role and removes it from members (system roles refused). */
  async delete(
    project: ProjectRecord,
    roleId: string,
    origin: EventOrigin,
  ): Promise<void> {
    const { store } = this.#deps;
    const role = store.projectRoles.get(roleId);
    if (!role || role.projectId !== project.id) {
      throw notFound(ROLE_MESSAGES.notFound);
    }
    if (isSystem(role)) throw badRequest(ROLE_MESSAGES.systemNotDeletable);
    for (const member of store.members.findGroup('project', project.id)) {
      if (member.roleIds.includes(roleId)) {
        store.members.update(member.id, m => {
          m.roleIds = m.roleIds.filter(id => id !== roleId);
        });
      }
    }
    store.projectRoles.delete(roleId);
    await this.#upsert(project, { deletedRoleId: roleId }, origin);
  }

  async #upsert(
    project: ProjectRecord,
    args: Record<string, unknown>,
    origin: EventOrigin,
  ): Promise<void> {
    // Role changes reprovision; like the console, failures only show in the status.
    await this.#deps.provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.upsertProjectRole,
      args,
      origin,
    );
  }

  #views(project: ProjectRecord): Role[] {
    return projectRoles(this.#deps.store, project.id).map(r =>
      roleView(r, project.slug),
    );
  }
}

function applyRolePatch(
  role: ProjectRoleRecord,
  change: z.infer<typeof patchRolesInputSchema>[number],
  slug: string,
): void {
  if (change.name !== undefined) role.name = change.name;
  if (change.permissions !== undefined && change.permissions !== null) {
    role.permissions = parsePerms(change.permissions);
  }
  if (change.position !== undefined) role.position = change.position;
  if (change.oidcGroup !== undefined)
    role.oidcGroup = `/${slug}${change.oidcGroup}`;
  if (change.type !== undefined) role.type = change.type;
}

import {
  isUuid,
  resolveProjectPerms,
  type PermissionContext,
} from '@cpin/plugin-cloud-pi-native-common';
import type { Requestor } from './auth/requestor';
import { forbidden, notFound } from './errors';
import type { ConsoleStore } from './store/ConsoleStore';
import type { ProjectRecord } from './store/records';

/*
 * 403 messages of the console 9.24 guards
 * (`apps/server-nestjs/src/modules/infrastructure/permission/**`) and of the
 * legacy server's `Forbidden403`.
 */
/** A project permission (or access) the caller lacks. */
export const PROJECT_FORBIDDEN_MESSAGE =
  'Permissions insuffisantes pour ce projet';
/** A platform permission the caller lacks (`UserGuard`). */
export const ADMIN_FORBIDDEN_MESSAGE =
  'Permissions administrateur insuffisantes';
/** The legacy server's default 403 message. */
export const LEGACY_FORBIDDEN_MESSAGE = 'Forbidden';
/** `@RequireProjectLocked(false)` on a locked project. */
export const LOCK_GUARD_MESSAGE = 'État de verrouillage invalide';
/** `@RequireProjectStatus(...)` on a project in another status (archived). */
export const STATUS_GUARD_MESSAGE = 'Statut de projet invalide';
/** Message of `@RequireUserType('human')` refusing a bot. */
export const HUMAN_ONLY_MESSAGE = 'Cannot find requestor in request context';
/** Message of an unknown project. */
export const PROJECT_NOT_FOUND_MESSAGE = 'Projet introuvable';

/** A project by UUID or slug, like every `:projectId` of the console. */
export function findProject(
  store: ConsoleStore,
  idOrSlug: string,
): ProjectRecord | undefined {
  return isUuid(idOrSlug)
    ? store.projects.get(idOrSlug.toLowerCase())
    : store.projects.findUnique('slug', idOrSlug);
}

/** A project by UUID or slug, or a 404. */
export function loadProject(
  store: ConsoleStore,
  idOrSlug: string,
): ProjectRecord {
  const project = findProject(store, idOrSlug);
  if (!project) throw notFound(PROJECT_NOT_FOUND_MESSAGE);
  return project;
}

/** The caller's effective permissions in a project. */
export function permissionContext(
  store: ConsoleStore,
  requestor: Requestor,
  project: ProjectRecord,
): PermissionContext {
  const members = store.members.findGroup('project', project.id);
  const roles = store.projectRoles.findGroup('project', project.id);
  return {
    adminPermissions: requestor.adminPermissions,
    projectPermissions: resolveProjectPerms(
      {
        ownerId: project.ownerId,
        everyonePerms: project.everyonePerms.toString(),
        members,
        roles: roles.map(r => ({
          id: r.id,
          permissions: r.permissions.toString(),
        })),
      },
      requestor.user.id,
    ),
  };
}

/** Throws 403 unless the predicate holds. */
export function requirePermission(
  context: PermissionContext,
  predicate: (context: PermissionContext) => boolean,
): void {
  if (!predicate(context)) throw forbidden(PROJECT_FORBIDDEN_MESSAGE);
}

/** Mutating routes refuse archived projects. */
export function requireNotArchived(project: ProjectRecord): void {
  if (project.status === 'archived') throw forbidden(STATUS_GUARD_MESSAGE);
}

/** Mutating routes refuse locked projects. */
export function requireNotLocked(project: ProjectRecord): void {
  if (project.locked) throw forbidden(LOCK_GUARD_MESSAGE);
}

/** Routes restricted to humans refuse bots (admin tokens). */
export function requireHuman(requestor: Requestor): void {
  if (requestor.user.type !== 'human') throw forbidden(HUMAN_ONLY_MESSAGE);
}

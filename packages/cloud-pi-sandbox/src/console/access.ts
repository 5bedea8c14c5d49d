import {
  isUuid,
  resolveProjectPerms,
  type PermissionContext,
} from '@cpin/plugin-cloud-pi-native-common';
import type { Requestor } from './auth/requestor';
import { forbidden, notFound } from './errors';
import type { ConsoleStore } from './store/ConsoleStore';
import type { ProjectRecord } from './store/records';

/** Message of a refused permission check (NestJS guard default). */
export const FORBIDDEN_MESSAGE = 'Forbidden resource';
/** Message of a mutation on a locked project. */
export const LOCKED_MESSAGE = 'Le projet est verrouillé';
/** Message of a mutation on an archived project. */
export const ARCHIVED_MESSAGE = 'Le projet est archivé';
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
  message = FORBIDDEN_MESSAGE,
): void {
  if (!predicate(context)) throw forbidden(message);
}

/** Mutating routes refuse archived projects. */
export function requireNotArchived(project: ProjectRecord): void {
  if (project.status === 'archived') throw forbidden(ARCHIVED_MESSAGE);
}

/** Mutating routes refuse locked projects. */
export function requireNotLocked(project: ProjectRecord): void {
  if (project.locked) throw forbidden(LOCKED_MESSAGE);
}

/** Routes restricted to humans refuse bots (admin tokens). */
export function requireHuman(requestor: Requestor): void {
  if (requestor.user.type !== 'human') throw forbidden(HUMAN_ONLY_MESSAGE);
}

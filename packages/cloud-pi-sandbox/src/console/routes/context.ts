import type { PermissionContext } from '@cpin/plugin-cloud-pi-native-common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  loadProject,
  permissionContext,
  requireHuman,
  requireNotArchived,
  requireNotLocked,
  requirePermission,
} from '../access';
import type { Authenticator, ServerFlavour } from '../auth/authenticate';
import type { Requestor } from '../auth/requestor';
import type { EventOrigin } from '../provisioning';
import type { ConsoleServices } from '../services';
import type { ProjectRecord } from '../store/records';

/** What every route module needs. */
export interface RouteContext {
  services: ConsoleServices;
  auth: Authenticator;
}

/** Wraps an async handler so Express 4 forwards its rejections. */
export function handle(
  fn: (req: Request, res: Response) => unknown | Promise<unknown>,
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    Promise.resolve()
      .then(() => fn(req, res))
      .catch(next);
  };
}

/** The request id the console stores in its logs. */
export function originFor(req: Request, requestor: Requestor): EventOrigin {
  return {
    userId: requestor.user.id,
    requestId: req.res?.locals.requestId as string | undefined,
  };
}

/** Guards of a project-scoped route (NestJS applies them in the order of `projectScope`). */
export interface ProjectGuards {
  permission: (context: PermissionContext) => boolean;
  notArchived?: boolean;
  notLocked?: boolean;
  human?: boolean;
}

/** The caller, the project of `:projectId` and its permissions, after the guards. */
export interface ProjectScope {
  requestor: Requestor;
  project: ProjectRecord;
  permissions: PermissionContext;
}

/** Authenticates, loads `:projectId` (UUID or slug) and applies the guards. */
export async function projectScope(
  ctx: RouteContext,
  req: Request,
  flavour: ServerFlavour,
  guards: ProjectGuards,
): Promise<ProjectScope> {
  const requestor = await ctx.auth.authenticate(req, flavour);
  const { store } = ctx.services.deps;
  const project = loadProject(store, req.params.projectId);
  const permissions = permissionContext(store, requestor, project);
  // `ProjectPermissionService.validate`: user type, status, lock, then permissions.
  if (guards.human) requireHuman(requestor);
  if (guards.notArchived) requireNotArchived(project);
  if (guards.notLocked) requireNotLocked(project);
  requirePermission(permissions, guards.permission);
  return { requestor, project, permissions };
}

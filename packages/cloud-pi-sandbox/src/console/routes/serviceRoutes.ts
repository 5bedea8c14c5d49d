import {
  AdminAuthorized,
  ProjectAuthorized,
} from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { forbidden, parseRequest } from '../errors';
import { servicesQuerySchema, servicesStoreInputSchema } from '../schemas';
import { handle, projectScope, type RouteContext } from './context';

const BASE = '/api/v1/projects/:projectId/services';

/** Project services: tool URLs and plugin settings (NestJS). */
export function serviceRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { tools } = ctx.services;

  router.get(
    BASE,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListEnvironments,
      });
      const { permissionTarget } = parseRequest(
        servicesQuerySchema,
        req.query,
        'query',
      );
      if (
        permissionTarget === 'admin' &&
        !AdminAuthorized.Manage(requestor.adminPermissions)
      ) {
        throw forbidden('Vous ne pouvez pas demander les paramètres admin');
      }
      res.json(tools.list(project, permissionTarget));
    }),
  );

  router.post(
    BASE,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ManageEnvironments,
        notArchived: true,
        notLocked: true,
      });
      const values = parseRequest(servicesStoreInputSchema, req.body, 'body');
      const target = AdminAuthorized.Manage(requestor.adminPermissions)
        ? 'admin'
        : 'user';
      tools.updateStore(project, values, target);
      res.status(204).end();
    }),
  );

  return router;
}

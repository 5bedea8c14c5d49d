import {
  AdminAuthorized,
  ProjectAuthorized,
  createProjectInputSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { ADMIN_FORBIDDEN_MESSAGE, PROJECT_NOT_FOUND_MESSAGE } from '../access';
import { forbidden, notFound, parseRequest } from '../errors';
import { listProjectsQuerySchema, updateProjectInputSchema } from '../schemas';
import { projectView } from '../views';
import { handle, originFor, projectScope, type RouteContext } from './context';

/** `/api/v1/projects` (NestJS). */
export function projectRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { services } = ctx;
  const { store } = services.deps;

  router.get(
    '/api/v1/projects',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'nest');
      const query = parseRequest(listProjectsQuerySchema, req.query, 'query');
      if (
        query.filter === 'all' &&
        !AdminAuthorized.Manage(requestor.adminPermissions)
      ) {
        throw forbidden(
          "Seuls les admins avec les droits de visionnage des projets peuvent utiliser le filtre 'all'",
        );
      }
      res.json(
        services.projects
          .list(requestor, query)
          .map(p => projectView(store, p)),
      );
    }),
  );

  router.post(
    '/api/v1/projects',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'nest');
      if (!AdminAuthorized.ManageProjects(requestor.adminPermissions)) {
        throw forbidden(ADMIN_FORBIDDEN_MESSAGE);
      }
      const input = parseRequest(createProjectInputSchema, req.body, 'body');
      const { view } = await services.projects.create(
        requestor,
        input,
        originFor(req, requestor),
      );
      res.status(201).json(view);
    }),
  );

  // Declared before `/:projectId` so `data` is not taken for a slug.
  router.get(
    '/api/v1/projects/data',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'nest');
      if (!AdminAuthorized.Manage(requestor.adminPermissions)) {
        throw forbidden(ADMIN_FORBIDDEN_MESSAGE);
      }
      res.type('text/csv; charset=utf-8').send(services.projects.csv());
    }),
  );

  router.get(
    '/api/v1/projects/:projectId',
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.See,
      });
      if (project.status === 'archived')
        throw notFound(PROJECT_NOT_FOUND_MESSAGE);
      res.json(projectView(store, project));
    }),
  );

  router.put(
    '/api/v1/projects/:projectId',
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.Manage,
        notArchived: true,
      });
      const input = parseRequest(updateProjectInputSchema, req.body, 'body');
      const updated = await services.projects.update(
        requestor,
        project,
        input,
        originFor(req, requestor),
      );
      res.json(projectView(store, updated));
    }),
  );

  router.put(
    '/api/v1/projects/:projectId/hooks',
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ReplayHooks,
        notArchived: true,
        notLocked: true,
      });
      await services.projects.replay(project, originFor(req, requestor));
      res.status(204).end();
    }),
  );

  router.delete(
    '/api/v1/projects/:projectId',
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.Manage,
      });
      if (project.status === 'archived')
        throw notFound(PROJECT_NOT_FOUND_MESSAGE);
      await services.projects.archive(project, originFor(req, requestor));
      res.status(204).end();
    }),
  );

  router.get(
    '/api/v1/projects/:projectId/secrets',
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.SeeSecrets,
        notArchived: true,
      });
      res.json(await services.tools.secrets(project));
    }),
  );

  return router;
}

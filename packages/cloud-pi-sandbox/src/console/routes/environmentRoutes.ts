import {
  ProjectAuthorized,
  createEnvironmentInputSchema,
  updateEnvironmentInputSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { parseRequest, uuidParam } from '../errors';
import { environmentView } from '../views';
import { handle, originFor, projectScope, type RouteContext } from './context';

const BASE = '/api/v2/projects/:projectId/environments';

const manageGuards = {
  permission: ProjectAuthorized.ManageEnvironments,
  notArchived: true,
  notLocked: true,
};

/** `/api/v2/projects/:projectId/environments` (NestJS). */
export function environmentRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { services } = ctx;
  const { store } = services.deps;

  router.get(
    BASE,
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListEnvironments,
      });
      res.json(
        services.environments
          .list(project)
          .map(env => environmentView(env, store.stages.get(env.stageId))),
      );
    }),
  );

  router.post(
    BASE,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      const input = parseRequest(
        createEnvironmentInputSchema,
        req.body,
        'body',
      );
      const env = await services.environments.create(
        project,
        input,
        originFor(req, requestor),
      );
      res.status(201).json(environmentView(env));
    }),
  );

  router.put(
    `${BASE}/:environmentId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      // ParseUUIDPipe runs before the body pipe.
      const environmentId = uuidParam(req.params.environmentId);
      const input = parseRequest(
        updateEnvironmentInputSchema,
        req.body,
        'body',
      );
      const env = await services.environments.update(
        project,
        environmentId,
        input,
        originFor(req, requestor),
      );
      res.json(environmentView(env));
    }),
  );

  router.delete(
    `${BASE}/:environmentId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      await services.environments.delete(
        project,
        uuidParam(req.params.environmentId),
        originFor(req, requestor),
      );
      res.status(204).end();
    }),
  );

  return router;
}

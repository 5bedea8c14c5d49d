import {
  ProjectAuthorized,
  createRepositoryInputSchema,
  syncRepositoryInputSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { parseRequest, uuidParam } from '../errors';
import { updateRepositoryInputSchema } from '../schemas';
import { repositoryView } from '../views';
import { handle, originFor, projectScope, type RouteContext } from './context';

const BASE = '/api/v2/projects/:projectId/repositories';

// Every write needs a human: admin tokens (bots) get a 403.
const manageGuards = {
  permission: ProjectAuthorized.ManageRepositories,
  notArchived: true,
  notLocked: true,
  human: true,
};

/** `/api/v2/projects/:projectId/repositories` (NestJS). */
export function repositoryRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { services } = ctx;

  router.get(
    BASE,
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListRepositories,
      });
      res.json(services.repositories.list(project).map(repositoryView));
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
      const input = parseRequest(createRepositoryInputSchema, req.body, 'body');
      const repo = await services.repositories.create(
        project,
        input,
        originFor(req, requestor),
      );
      res.status(201).json(repositoryView(repo));
    }),
  );

  router.put(
    `${BASE}/:repositoryId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      // ParseUUIDPipe runs before the body pipe.
      const repositoryId = uuidParam(req.params.repositoryId);
      const input = parseRequest(updateRepositoryInputSchema, req.body, 'body');
      const repo = await services.repositories.update(
        project,
        repositoryId,
        input,
        originFor(req, requestor),
      );
      res.json(repositoryView(repo));
    }),
  );

  router.delete(
    `${BASE}/:repositoryId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      await services.repositories.delete(
        project,
        uuidParam(req.params.repositoryId),
        originFor(req, requestor),
      );
      res.status(204).end();
    }),
  );

  router.post(
    `${BASE}/:repositoryId/sync`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      // ParseUUIDPipe runs before the body pipe.
      const repositoryId = uuidParam(req.params.repositoryId);
      const input = parseRequest(syncRepositoryInputSchema, req.body, 'body');
      await services.repositories.sync(
        project,
        repositoryId,
        input,
        originFor(req, requestor),
      );
      res.status(204).end();
    }),
  );

  return router;
}

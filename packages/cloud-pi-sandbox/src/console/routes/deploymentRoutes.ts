import {
  ProjectAuthorized,
  createDeploymentInputSchema,
  updateDeploymentInputSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { parseRequest } from '../errors';
import { deploymentRowView, deploymentView } from '../views';
import { handle, originFor, projectScope, type RouteContext } from './context';

const BASE = '/api/v1/projects/:projectId/deployments';

// Deployment writes check neither the lock nor the status (console 9.24).
const manageGuards = { permission: ProjectAuthorized.ManageDeployments };

/** `/api/v1/projects/:projectId/deployments` (NestJS). */
export function deploymentRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { services } = ctx;
  const { store } = services.deps;

  router.get(
    BASE,
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListDeployments,
      });
      res.json(
        services.deployments
          .list(project)
          .map(deployment => deploymentView(store, deployment)),
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
      const input = parseRequest(createDeploymentInputSchema, req.body, 'body');
      const deployment = services.deployments.create(
        project,
        input,
        originFor(req, requestor),
      );
      res.status(201).json(deploymentRowView(deployment));
    }),
  );

  router.put(
    `${BASE}/:deploymentId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      const input = parseRequest(updateDeploymentInputSchema, req.body, 'body');
      const deployment = services.deployments.update(
        project,
        req.params.deploymentId,
        input,
        originFor(req, requestor),
      );
      res.json(deploymentRowView(deployment));
    }),
  );

  router.delete(
    `${BASE}/:deploymentId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageGuards,
      );
      services.deployments.delete(
        project,
        req.params.deploymentId,
        originFor(req, requestor),
      );
      res.status(204).end();
    }),
  );

  return router;
}

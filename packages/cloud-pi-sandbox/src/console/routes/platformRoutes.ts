import { AdminAuthorized } from '@cpin/plugin-cloud-pi-native-common';
import { Router, type Request } from 'express';
import { LEGACY_FORBIDDEN_MESSAGE } from '../access';
import type { Requestor } from '../auth/requestor';
import { forbidden, parseRequest } from '../errors';
import {
  createClusterInputSchema,
  createStageInputSchema,
  createZoneInputSchema,
  deleteClusterQuerySchema,
  updateClusterInputSchema,
  updateStageInputSchema,
  updateZoneInputSchema,
} from '../schemas';
import { clusterDetailsView, clusterView, stageView, zoneView } from '../views';
import { handle, type RouteContext } from './context';

/** Zones, stages and clusters (legacy server). */
export function platformRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { platform, deps } = ctx.services;
  const { store } = deps;

  const admin = async (
    req: Request,
    predicate: (permissions: bigint) => boolean,
  ): Promise<Requestor> => {
    const requestor = await ctx.auth.authenticate(req, 'legacy');
    if (!predicate(requestor.adminPermissions))
      throw forbidden(LEGACY_FORBIDDEN_MESSAGE);
    return requestor;
  };

  // Zone and stage lists never call `authUser`: only the Keycloak adapter runs.
  router.get(
    '/api/v1/zones',
    handle(async (req, res) => {
      await ctx.auth.keycloakAdapterOnly(req);
      res.json(store.zones.all().map(zoneView));
    }),
  );
  router.post(
    '/api/v1/zones',
    handle(async (req, res) => {
      const requestor = await admin(req, AdminAuthorized.ManageZones);
      const input = parseRequest(createZoneInputSchema, req.body, 'body');
      res.status(201).json(zoneView(platform.createZone(input, requestor)));
    }),
  );
  // The contract declares 201 for this update.
  router.put(
    '/api/v1/zones/:zoneId',
    handle(async (req, res) => {
      const requestor = await admin(req, AdminAuthorized.ManageZones);
      const input = parseRequest(updateZoneInputSchema, req.body, 'body');
      res
        .status(201)
        .json(
          zoneView(platform.updateZone(req.params.zoneId, input, requestor)),
        );
    }),
  );
  router.delete(
    '/api/v1/zones/:zoneId',
    handle(async (req, res) => {
      const requestor = await admin(req, AdminAuthorized.ManageZones);
      platform.deleteZone(req.params.zoneId, requestor);
      res.status(204).end();
    }),
  );

  router.get(
    '/api/v1/stages',
    handle(async (req, res) => {
      await ctx.auth.keycloakAdapterOnly(req);
      res.json(store.stages.all().map(s => stageView(store, s)));
    }),
  );
  router.post(
    '/api/v1/stages',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ManageStages);
      const input = parseRequest(createStageInputSchema, req.body, 'body');
      res.status(201).json(stageView(store, platform.createStage(input)));
    }),
  );
  router.get(
    '/api/v1/stages/:stageId/environments',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ListStages);
      res.json(platform.stageEnvironments(req.params.stageId));
    }),
  );
  router.put(
    '/api/v1/stages/:stageId',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ManageStages);
      const input = parseRequest(updateStageInputSchema, req.body, 'body');
      res.json(
        stageView(store, platform.updateStage(req.params.stageId, input)),
      );
    }),
  );
  router.delete(
    '/api/v1/stages/:stageId',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ManageStages);
      platform.deleteStage(req.params.stageId);
      res.status(204).end();
    }),
  );

  router.get(
    '/api/v1/clusters',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'legacy');
      const seeAll = AdminAuthorized.ListClusters(requestor.adminPermissions);
      res.json(platform.visibleClusters(requestor, seeAll).map(clusterView));
    }),
  );
  router.post(
    '/api/v1/clusters',
    handle(async (req, res) => {
      const requestor = await admin(req, AdminAuthorized.ManageClusters);
      const input = parseRequest(createClusterInputSchema, req.body, 'body');
      res
        .status(201)
        .json(clusterDetailsView(platform.createCluster(input, requestor)));
    }),
  );
  router.get(
    '/api/v1/clusters/usage/:clusterId',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ListClusters);
      res.json(platform.clusterUsage(req.params.clusterId));
    }),
  );
  router.get(
    '/api/v1/clusters/:clusterId',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ListClusters);
      res.json(clusterDetailsView(platform.cluster(req.params.clusterId)));
    }),
  );
  router.get(
    '/api/v1/clusters/:clusterId/environments',
    handle(async (req, res) => {
      await admin(req, AdminAuthorized.ListClusters);
      res.json(platform.clusterEnvironments(req.params.clusterId));
    }),
  );
  router.put(
    '/api/v1/clusters/:clusterId',
    handle(async (req, res) => {
      const requestor = await admin(req, AdminAuthorized.ManageClusters);
      const input = parseRequest(updateClusterInputSchema, req.body, 'body');
      res.json(
        clusterDetailsView(
          platform.updateCluster(req.params.clusterId, input, requestor),
        ),
      );
    }),
  );
  router.delete(
    '/api/v1/clusters/:clusterId',
    handle(async (req, res) => {
      const requestor = await admin(req, AdminAuthorized.ManageClusters);
      const { force } = parseRequest(
        deleteClusterQuerySchema,
        req.query,
        'query',
      );
      platform.deleteCluster(req.params.clusterId, force ?? false, requestor);
      res.status(204).end();
    }),
  );

  return router;
}

import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  InputError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CloudPiProjectPart,
  cloudPiCatalogRefreshPermission,
  isCloudPiProjectPart,
  isUuid,
} from '@cpin/plugin-cloud-pi-native-common';
import express from 'express';
import Router from 'express-promise-router';
import {
  CloudPiNativeEntityProvider,
  CloudPiNativeProjectRefreshResult,
} from '../providers';

/** Where the route is mounted, under the catalog's base URL. */
export const PROJECT_REFRESH_PATH =
  '/cloud-pi-native/projects/:projectId/refresh';

/**
 * `POST /api/catalog/cloud-pi-native/projects/:projectId/refresh`: reads one
 * project from the console now and answers with what each provider of its
 * instance wrote. For an operator, or a relay of console webhooks signed in
 * as a service. Optional JSON body: `{ instance?, parts?, created? }`, as in
 * a `cloud-pi-native.project.changed` event; every part is read when
 * `parts` is left out. Needs `cloud-pi-native.catalog.refresh`.
 */
export function createRefreshRouter(options: {
  providers: CloudPiNativeEntityProvider[];
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): express.Router {
  const { providers, httpAuth, permissions } = options;
  const router = Router();
  // The body parser on this route only: the router sits in front of the
  // catalog's own routes, whose bodies are none of its business.
  router.post(
    PROJECT_REFRESH_PATH,
    express.json({ limit: '4kb' }),
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const [decision] = await permissions.authorize(
        [{ permission: cloudPiCatalogRefreshPermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          'Refreshing a Cloud π Native project needs the cloud-pi-native.catalog.refresh permission',
        );
      }
      const { projectId } = req.params;
      const { instance, parts, created } = readBody(req.body);
      if (!isUuid(projectId)) {
        throw new InputError(
          `The project must be given by its console UUID, got "${projectId.slice(
            0,
            64,
          )}"`,
        );
      }
      const targets = providers.filter(
        provider => !instance || provider.instanceName === instance,
      );
      if (targets.length === 0) {
        throw new InputError(
          instance
            ? `No catalog provider imports the Cloud π Native instance "${instance}"`
            : 'No Cloud π Native catalog provider is configured',
        );
      }
      const results: CloudPiNativeProjectRefreshResult[] = [];
      for (const provider of targets) {
        try {
          results.push(
            await provider.refreshProject(projectId, { parts, created }),
          );
        } catch (error) {
          throw new ServiceUnavailableError(
            `${provider.getProviderName()} could not refresh project ${projectId}; the catalog keeps what it had and the next scheduled import retries`,
            error,
          );
        }
      }
      res.json({ results });
    },
  );
  return router;
}

function readBody(body: unknown) {
  const value = (body ?? {}) as Record<string, unknown>;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('The body must be a JSON object');
  }
  const { instance, parts, created } = value;
  if (instance !== undefined && typeof instance !== 'string') {
    throw new InputError(
      '"instance" must be the name of a configured instance',
    );
  }
  if (
    parts !== undefined &&
    !(Array.isArray(parts) && parts.every(isCloudPiProjectPart))
  ) {
    throw new InputError(
      '"parts" must list parts among project, environments, repositories, deployments',
    );
  }
  if (created !== undefined && typeof created !== 'boolean') {
    throw new InputError('"created" must be true or false');
  }
  return {
    instance,
    parts: parts as CloudPiProjectPart[] | undefined,
    created,
  };
}

import {
  AuditorService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CLOUD_PI_NATIVE_ROUTES,
  CloudPiEntityCardsResponse,
  CloudPiEntityDataKind,
  argoOperationSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { CardDataService } from '../data/CardDataService';
import { ArgoOperations } from '../operations/ArgoOperations';
import { ProjectOperations } from '../operations/ProjectOperations';
import { readUserToken } from '../operations/userToken';
import { PickerService } from '../pickers/PickerService';

/** Dependencies of the plugin router. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  cards: CardDataService;
  operations: ProjectOperations;
  argo: ArgoOperations;
  pickers: PickerService;
}

const ENTITY_DATA_ROUTES: ReadonlyArray<[CloudPiEntityDataKind, string]> = [
  ['overview', CLOUD_PI_NATIVE_ROUTES.overview],
  ['environments', CLOUD_PI_NATIVE_ROUTES.environments],
  ['quality-gate', CLOUD_PI_NATIVE_ROUTES.qualityGate],
  ['deployments', CLOUD_PI_NATIVE_ROUTES.deployments],
  ['observability', CLOUD_PI_NATIVE_ROUTES.observability],
  ['builds', CLOUD_PI_NATIVE_ROUTES.builds],
  ['images', CLOUD_PI_NATIVE_ROUTES.images],
  ['journey', CLOUD_PI_NATIVE_ROUTES.journey],
];

/** An entity kind, namespace or name: no `/` or `:` can reach an entity ref. */
const refSegment = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9._-]+$/);
const entityParams = z.object({
  kind: refSegment,
  namespace: refSegment,
  name: refSegment,
});
const argoOperationParams = z.object({
  application: z.string().min(1).max(253),
  operation: argoOperationSchema,
});
/** `?kinds=overview,deployments`: distinct card kinds, at least one. */
const cardsQuery = z.object({
  kinds: z
    .string()
    .transform(value => value.split(','))
    .pipe(
      z
        .array(z.enum(ENTITY_DATA_ROUTES.map(([kind]) => kind)))
        .min(1)
        .max(ENTITY_DATA_ROUTES.length),
    )
    .transform(kinds => [...new Set(kinds)]),
});

const instanceParams = z.object({ instance: z.string().min(1).max(63) });
const clustersQuery = z.object({
  stageId: z.string().min(1).max(64),
  projectId: z.string().min(1).max(64).optional(),
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(`Invalid ${what}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function entityRefOf(request: Request): string {
  const { kind, namespace, name } = parse(
    entityParams,
    request.params,
    'entity reference',
  );
  return stringifyEntityRef({ kind, namespace, name });
}

/** Builds the HTTP router of the plugin (contract: `CLOUD_PI_NATIVE_ROUTES`). */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auditor, logger, cards, operations, argo, pickers } =
    options;
  const router = Router();
  router.use(express.json());

  const userCredentials = (request: Request) =>
    httpAuth.credentials(request, { allow: ['user'] });

  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });

  for (const [kind, path] of ENTITY_DATA_ROUTES) {
    router.get(path, async (request, response) => {
      const credentials = await userCredentials(request);
      response.json(await cards.read(kind, entityRefOf(request), credentials));
    });
  }

  // The cards of one page in one request: one authorization for all.
  router.get(CLOUD_PI_NATIVE_ROUTES.cards, async (request, response) => {
    const credentials = await userCredentials(request);
    const entityRef = entityRefOf(request);
    const { kinds } = parse(cardsQuery, request.query, 'query');
    const results = await cards.readMany(kinds, entityRef, credentials);
    for (const [kind, result] of Object.entries(results)) {
      if ('error' in result && result.status >= 500) {
        logger.error(`Card ${kind} of ${entityRef} failed`, result.error);
      }
    }
    const body = { cards: results } as CloudPiEntityCardsResponse;
    response.json(body);
  });

  router.post(CLOUD_PI_NATIVE_ROUTES.reprovision, async (request, response) => {
    const credentials = await userCredentials(request);
    const entityRef = entityRefOf(request);
    const audit = await auditor.createEvent({
      eventId: 'project-reprovision',
      severityLevel: 'medium',
      request,
      meta: { entityRef },
    });
    try {
      const userToken = readUserToken(request);
      const { instance, project } = await operations.reprovision({
        entityRef,
        credentials,
        userToken,
      });
      await audit.success({
        meta: {
          instance: instance.name,
          projectSlug: project.slug,
          projectId: project.id,
        },
      });
    } catch (error) {
      await audit.fail({ error: error as Error });
      throw error;
    }
    response.status(204).end();
  });

  router.post(
    CLOUD_PI_NATIVE_ROUTES.argoOperation,
    async (request, response) => {
      const credentials = await userCredentials(request);
      const entityRef = entityRefOf(request);
      const { application, operation } = parse(
        argoOperationParams,
        request.params,
        'Argo CD operation',
      );
      response.setHeader('Cache-Control', 'no-store');
      response.json(
        await argo.run({
          entityRef,
          credentials,
          application,
          operation,
          request,
        }),
      );
    },
  );

  router.get(CLOUD_PI_NATIVE_ROUTES.secrets, async (request, response) => {
    const credentials = await userCredentials(request);
    const entityRef = entityRefOf(request);
    const audit = await auditor.createEvent({
      eventId: 'project-secrets-read',
      severityLevel: 'medium',
      request,
      meta: { entityRef },
    });
    try {
      const userToken = readUserToken(request);
      const { authorized, response: secrets } = await operations.secrets({
        entityRef,
        credentials,
        userToken,
      });
      // Names only: never a secret value in an audit event.
      await audit.success({
        meta: {
          instance: authorized.instance.name,
          projectSlug: authorized.project.slug,
          groups: secrets.groups.map(g => g.name),
        },
      });
      response.setHeader('Cache-Control', 'no-store');
      response.json(secrets);
    } catch (error) {
      await audit.fail({ error: error as Error });
      throw error;
    }
  });

  router.get(CLOUD_PI_NATIVE_ROUTES.instances, async (request, response) => {
    await userCredentials(request);
    response.json(pickers.listInstances());
  });

  router.get(CLOUD_PI_NATIVE_ROUTES.projects, async (request, response) => {
    await userCredentials(request);
    const { instance } = parse(instanceParams, request.params, 'instance');
    response.setHeader('Cache-Control', 'no-store');
    response.json(await pickers.listProjects(instance, readUserToken(request)));
  });

  router.get(CLOUD_PI_NATIVE_ROUTES.stages, async (request, response) => {
    await userCredentials(request);
    const { instance } = parse(instanceParams, request.params, 'instance');
    response.json(await pickers.listStages(instance));
  });

  router.get(CLOUD_PI_NATIVE_ROUTES.clusters, async (request, response) => {
    const credentials = await userCredentials(request);
    const { instance } = parse(instanceParams, request.params, 'instance');
    const query = parse(clustersQuery, request.query, 'query');
    response.json(await pickers.listClusters(instance, query, credentials));
  });

  return router;
}

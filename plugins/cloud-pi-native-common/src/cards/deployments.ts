import { z } from 'zod';
import {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  stageKindSchema,
  zoneRefSchema,
} from './common';

/** Argo CD sync status of an application. @public */
export const argoSyncStatusSchema = z.enum(['Synced', 'OutOfSync', 'Unknown']);

/** Argo CD sync status of an application. @public */
export type ArgoSyncStatus = z.infer<typeof argoSyncStatusSchema>;

/** Argo CD health status of an application. @public */
export const argoHealthStatusSchema = z.enum([
  'Healthy',
  'Progressing',
  'Degraded',
  'Suspended',
  'Missing',
  'Unknown',
]);

/** Argo CD health status of an application. @public */
export type ArgoHealthStatus = z.infer<typeof argoHealthStatusSchema>;

/** An Argo CD application deployed into an environment. @public */
export const argoApplicationSummarySchema = z.object({
  name: z.string(),
  syncStatus: argoSyncStatusSchema,
  healthStatus: argoHealthStatusSchema,
  /** Synced git revision (commit SHA or tag). */
  revision: z.string().nullable(),
  /** Health or last operation message. */
  message: z.string().nullable(),
  lastSyncedAt: isoDateTimeSchema.nullable(),
  outOfSyncResources: z.number().int().nonnegative(),
  /** The application in the zone's Argo CD. */
  url: httpUrlSchema,
  /** Argo CD syncs it automatically (the environment's `autosync`). */
  autoSync: z.boolean().optional(),
  /** The revision deployed before the current one, the target of a rollback. */
  previousRevision: z.string().nullable().optional(),
  /** The repository whose sources it deploys (its `dso/repository` label), if any. */
  repository: z.string().nullable().optional(),
  /** The console Deployments it is rendered from; empty when the infra repositories render it. */
  deployments: z.array(z.string()).optional(),
});

/** An Argo CD application deployed into an environment. @public */
export type ArgoApplicationSummary = z.infer<
  typeof argoApplicationSummarySchema
>;

/**
 * The Argo CD operations the caller may run on the applications of an
 * entity (checked again by the operation routes).
 *
 * @public
 */
export const argoOperationPermissionsSchema = z.object({
  refresh: z.boolean(),
  sync: z.boolean(),
  rollback: z.boolean(),
});

/** The Argo CD operations the caller may run. @public */
export type ArgoOperationPermissions = z.infer<
  typeof argoOperationPermissionsSchema
>;

/** Hard limit and current use of one quota resource. @public */
export const quotaLineSchema = z.object({
  hard: z.number().nonnegative(),
  used: z.number().nonnegative(),
});

/** Hard limit and current use of one quota resource. @public */
export type QuotaLine = z.infer<typeof quotaLineSchema>;

/** Usage of the namespace `ResourceQuota` `dso-quota` (CPU cores, GPU count, memory GiB). @public */
export const namespaceQuotaUsageSchema = z.object({
  cpu: quotaLineSchema,
  memory: quotaLineSchema,
  gpu: quotaLineSchema,
});

/** Usage of the namespace `ResourceQuota`. @public */
export type NamespaceQuotaUsage = z.infer<typeof namespaceQuotaUsageSchema>;

/**
 * The deployments of one environment. With `error`, Argo CD could not be read
 * for this environment (`applications` is then empty); `quota` is `null` when
 * the cluster is not reachable from the portal.
 *
 * @public
 */
export const environmentDeploymentsSchema = z.object({
  name: z.string(),
  stage: z.string(),
  stageKind: stageKindSchema,
  zone: zoneRefSchema,
  cluster: z.object({ label: z.string() }),
  namespace: z.string(),
  applications: z.array(argoApplicationSummarySchema),
  quota: namespaceQuotaUsageSchema.nullable(),
  error: cardPartErrorSchema.optional(),
});

/** The deployments of one environment. @public */
export type EnvironmentDeployments = z.infer<
  typeof environmentDeploymentsSchema
>;

/**
 * `GET /entities/:kind/:namespace/:name/deployments`: per environment, in stage
 * order (dev → staging → prod). A repository entity gets the applications
 * deploying it: its own (a Deployment source or an infra repository) and
 * those whose workloads carry `dso/repository=<it>`; an environment entity
 * only its environment.
 *
 * @public
 */
export const deploymentsResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  environments: z.array(environmentDeploymentsSchema),
  /** The Argo CD operations the caller may run on these applications. */
  operations: argoOperationPermissionsSchema.optional(),
});

/** Argo CD deployments of the entity, per environment. @public */
export type DeploymentsResponse = z.infer<typeof deploymentsResponseSchema>;

import { z } from 'zod';
import { argoHealthStatusSchema, argoSyncStatusSchema } from './deployments';
import { isoDateTimeSchema } from './common';

/**
 * What an operator can do on an Argo CD application from the deployments
 * card: reconcile it now (`refresh`), apply its target state (`sync`), or
 * go back to the previously deployed revision (`rollback`).
 *
 * @public
 */
export const argoOperationSchema = z.enum(['refresh', 'sync', 'rollback']);

/** An Argo CD operation. @public */
export type ArgoOperation = z.infer<typeof argoOperationSchema>;

/** The Argo CD application name rules (a DNS-1123 subdomain). @public */
export const argoApplicationNameSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
    message: 'not an Argo CD application name',
  });

/**
 * `POST /entities/:kind/:namespace/:name/argocd/applications/:application/:operation`:
 * the application as Argo CD answered the operation.
 *
 * @public
 */
export const argoOperationResultSchema = z.object({
  operation: argoOperationSchema,
  application: z.string(),
  environment: z.string(),
  zone: z.string(),
  syncStatus: argoSyncStatusSchema,
  healthStatus: argoHealthStatusSchema,
  /** The revision Argo CD reports as synced after the operation. */
  revision: z.string().nullable(),
  /** For a rollback, the revision it went back to. */
  targetRevision: z.string().nullable(),
  /** Phase and message of the operation Argo CD recorded, if any. */
  phase: z.string().nullable(),
  message: z.string().nullable(),
  at: isoDateTimeSchema,
});

/** The result of an Argo CD operation. @public */
export type ArgoOperationResult = z.infer<typeof argoOperationResultSchema>;

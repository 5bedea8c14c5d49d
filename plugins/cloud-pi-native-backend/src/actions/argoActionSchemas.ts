import type { z as zod } from 'zod/v3';

/**
 * Schemas of the Argo CD operation actions, in the zod v3 flavour the
 * actions registry hands to `schema.*` callbacks; the output mirrors
 * `ArgoOperationResult` of `@cpin/plugin-cloud-pi-native-common`.
 */

type Z = typeof zod;

/** Input of the three operations: the entity and one of its applications. */
export const argoOperationInputSchema = (z: Z) =>
  z.object({
    entityRef: z
      .string()
      .min(1)
      .describe(
        'Catalog entity reference of a Cloud π Native project, repository or environment, e.g. "resource:default/portail-prod"',
      ),
    application: z
      .string()
      .min(1)
      .describe(
        "Name of one of the entity's Argo CD applications, as the deployments card lists it",
      ),
  });

/** Output of the three operations (`ArgoOperationResult`). */
export const argoOperationOutputSchema = (z: Z) =>
  z.object({
    operation: z.enum(['refresh', 'sync', 'rollback']),
    application: z.string(),
    environment: z.string(),
    zone: z.string().describe('Zone whose Argo CD runs the application'),
    syncStatus: z.enum(['Synced', 'OutOfSync', 'Unknown']),
    healthStatus: z.enum([
      'Healthy',
      'Progressing',
      'Degraded',
      'Suspended',
      'Missing',
      'Unknown',
    ]),
    revision: z
      .string()
      .nullable()
      .describe('Revision synced after the operation'),
    targetRevision: z
      .string()
      .nullable()
      .describe('For a rollback, the revision it went back to'),
    phase: z.string().nullable().describe('Phase of the Argo CD operation'),
    message: z.string().nullable(),
    at: z.string().describe('When the operation ended (ISO 8601)'),
  });

import { z } from 'zod';

/**
 * The parts of an Argo CD `Application` the suite reads. Objects stay loose:
 * the full resource is passed through for callers needing more.
 */

const sourceSchema = z.looseObject({
  repoURL: z.string(),
  path: z.string().optional(),
  targetRevision: z.string().optional(),
  chart: z.string().optional(),
});

/** An Argo CD `Application` (from the API or the `applications.argoproj.io` CRD). @public */
export const argoCdApplicationSchema = z.looseObject({
  metadata: z.looseObject({
    name: z.string(),
    namespace: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
    creationTimestamp: z.string().optional(),
  }),
  spec: z.looseObject({
    project: z.string(),
    source: sourceSchema.optional(),
    sources: z.array(sourceSchema).optional(),
    destination: z.looseObject({
      name: z.string().optional(),
      server: z.string().optional(),
      namespace: z.string().optional(),
    }),
    syncPolicy: z
      .looseObject({ automated: z.looseObject({}).nullish() })
      .nullish(),
  }),
  status: z
    .looseObject({
      sync: z
        .looseObject({
          status: z.string(),
          revision: z.string().optional(),
          revisions: z.array(z.string()).optional(),
        })
        .optional(),
      health: z
        .looseObject({ status: z.string(), message: z.string().optional() })
        .optional(),
      operationState: z
        .looseObject({
          phase: z.string(),
          message: z.string().optional(),
          startedAt: z.string().optional(),
          finishedAt: z.string().optional(),
        })
        .optional(),
      reconciledAt: z.string().optional(),
      /** Past deployments, oldest first; `id` is what a rollback names. */
      history: z
        .array(
          z.looseObject({
            // int64: a number, or a string through grpc-gateway.
            id: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
            revision: z.string().optional(),
            deployedAt: z.string().optional(),
          }),
        )
        .nullish(),
      summary: z
        .looseObject({ images: z.array(z.string()).optional() })
        .optional(),
    })
    .optional(),
});

/** An Argo CD `Application`. @public */
export type ArgoCdApplication = z.infer<typeof argoCdApplicationSchema>;

/** `GET /api/v1/applications`: Go serialises an empty list as `null`. */
export const applicationListSchema = z.object({
  items: z
    .array(argoCdApplicationSchema)
    .nullish()
    .transform(items => items ?? []),
});

/** `POST /api/v1/session`. */
export const sessionSchema = z.object({ token: z.string().min(1) });

/** Argo CD's grpc-gateway error body: `{ error, code, message }`. */
export function argoCdErrorMessage(body: unknown): string | undefined {
  const { message, error } = (body ?? {}) as {
    message?: unknown;
    error?: unknown;
  };
  if (typeof message === 'string' && message !== '') return message;
  return typeof error === 'string' && error !== '' ? error : undefined;
}

import { z } from 'zod';

/*
 * Console Deployments (console 9.24, `@cpn-console/shared`
 * `schemas/deployment.ts`): a Deployment binds repositories of a project to
 * one of its environments. The console's own French messages are kept
 * verbatim; where it only has zod's defaults (the name) the wording is ours.
 */

/** Longest deployment name the console accepts (`longestDeploymentName`, `varchar(11)`). @public */
export const DEPLOYMENT_NAME_MAX_LENGTH = 11;

/** The console's messages on deployment bodies. @public */
export const DEPLOYMENT_MESSAGES = {
  sourceRequired: 'Au moins une source de déploiement est requise',
  externalRefRequired:
    'Une source de valeurs externe doit avoir un nom de référence',
  externalRepositoryRequired:
    'Une source de valeurs externe doit référencer un dépôt',
  singleExternal:
    'Une seule source de valeurs externe est autorisée par source de déploiement',
} as const;

/** Deployment name: `^[a-z0-9]+$`, 2 to 11 characters. @public */
export const deploymentNameSchema = z
  .string({ error: 'Le nom du déploiement est obligatoire.' })
  .regex(/^[a-z0-9]+$/, {
    error:
      'Le nom du déploiement ne doit contenir que des lettres minuscules et des chiffres.',
  })
  .min(2, {
    error: 'Le nom du déploiement doit contenir au moins 2 caractères.',
  })
  .max(DEPLOYMENT_NAME_MAX_LENGTH, {
    error: `Le nom du déploiement ne doit pas dépasser ${DEPLOYMENT_NAME_MAX_LENGTH} caractères.`,
  });

/** Where a deployment source comes from. @public */
export const deploymentSourceTypeSchema = z.enum(['git', 'oci']);

/** Kind of a deployment source. @public */
export type DeploymentSourceType = z.infer<typeof deploymentSourceTypeSchema>;

const internalValueSourceFields = { path: z.string() };

const externalValueSourceFields = {
  path: z.string(),
  ref: z.string().min(1, { error: DEPLOYMENT_MESSAGES.externalRefRequired }),
  targetRevision: z.string().default(''),
  repositoryId: z.uuid({
    error: DEPLOYMENT_MESSAGES.externalRepositoryRequired,
  }),
};

/**
 * At most one external value source per deployment source: a zod refinement
 * of a list of value sources.
 *
 * @public
 */
export function singleExternalValueSource(
  valueSources: Array<{ type: 'internal' | 'external' }>,
  ctx: z.RefinementCtx,
) {
  if (valueSources.filter(v => v.type === 'external').length > 1) {
    ctx.addIssue({
      code: 'custom',
      message: DEPLOYMENT_MESSAGES.singleExternal,
    });
  }
}

const createValueSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('internal'), ...internalValueSourceFields }),
  z.object({ type: z.literal('external'), ...externalValueSourceFields }),
]);

const updateValueSourceSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('internal'),
    id: z.uuid().optional(),
    ...internalValueSourceFields,
  }),
  z.object({
    type: z.literal('external'),
    id: z.uuid().optional(),
    ...externalValueSourceFields,
  }),
]);

const sourceFields = {
  type: deploymentSourceTypeSchema,
  repositoryId: z.uuid(),
  targetRevision: z.string().optional(),
  path: z.string().optional(),
  helmValuesFiles: z.string().optional(),
};

/** A source of a new deployment: a repository, its revision, path and values. @public */
export const createDeploymentSourceInputSchema = z.object({
  ...sourceFields,
  valueSources: z
    .array(createValueSourceSchema)
    .superRefine(singleExternalValueSource)
    .default([]),
});

/** A source in an update; with `id` it updates that source, without it adds one. @public */
export const updateDeploymentSourceInputSchema = z.object({
  ...sourceFields,
  id: z.uuid().optional(),
  valueSources: z
    .array(updateValueSourceSchema)
    .superRefine(singleExternalValueSource)
    .default([]),
});

const deploymentFields = {
  name: deploymentNameSchema,
  /** Required by the contract although the route's project wins. */
  projectId: z.uuid(),
  environmentId: z.uuid(),
  autosync: z.boolean(),
};

/** Body of `POST /api/v1/projects/:id/deployments`. @public */
export const createDeploymentInputSchema = z.object({
  ...deploymentFields,
  deploymentSources: z
    .array(createDeploymentSourceInputSchema)
    .min(1, { error: DEPLOYMENT_MESSAGES.sourceRequired }),
});

/** Validated body of a deployment creation. @public */
export type CreateDeploymentInput = z.output<
  typeof createDeploymentInputSchema
>;

/**
 * Body of `PUT /api/v1/projects/:id/deployments/:deploymentId`: the whole
 * deployment again; sources missing from the list are deleted.
 *
 * @public
 */
export const updateDeploymentInputSchema = z.object({
  ...deploymentFields,
  deploymentSources: z
    .array(updateDeploymentSourceInputSchema)
    .min(1, { error: DEPLOYMENT_MESSAGES.sourceRequired }),
});

/** Validated body of a deployment update. @public */
export type UpdateDeploymentInput = z.output<
  typeof updateDeploymentInputSchema
>;

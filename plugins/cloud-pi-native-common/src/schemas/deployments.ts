import { z } from 'zod';
import { environmentSchema, repositorySchema } from './resources';

/*
 * Deployments as the console returns them (console 9.24). The list embeds
 * the environment and each source's repository and value sources; create
 * and update answer the bare row, hence the optional relations.
 */

/** A values file of a deployment source, in the order it is given to Helm. @public */
export const deploymentValueSourceSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('internal'),
    id: z.string(),
    order: z.number(),
    path: z.string(),
  }),
  z.object({
    type: z.literal('external'),
    id: z.string(),
    order: z.number(),
    path: z.string(),
    ref: z.string(),
    targetRevision: z.string(),
    repositoryId: z.string(),
  }),
]);

/** A values file of a deployment source. @public */
export type DeploymentValueSource = z.infer<typeof deploymentValueSourceSchema>;

/** A repository a deployment deploys, with its revision, path and values. @public */
export const deploymentSourceSchema = z.object({
  id: z.string(),
  deploymentId: z.string(),
  repositoryId: z.string(),
  type: z.enum(['git', 'oci']).or(z.string()),
  repository: repositorySchema.optional(),
  targetRevision: z.string().optional(),
  path: z.string().optional(),
  helmValuesFiles: z.string().optional(),
  valueSources: z.array(deploymentValueSourceSchema).default([]),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});

/** A repository a deployment deploys. @public */
export type DeploymentSource = z.infer<typeof deploymentSourceSchema>;

/** A console Deployment: repositories bound to one environment. @public */
export const deploymentSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string(),
  environmentId: z.string(),
  autosync: z.boolean(),
  environment: environmentSchema.optional(),
  deploymentSources: z.array(deploymentSourceSchema).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A console Deployment. @public */
export type Deployment = z.infer<typeof deploymentSchema>;

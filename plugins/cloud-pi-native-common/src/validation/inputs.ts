import { z } from 'zod';
import {
  descriptionSchema,
  environmentNameSchema,
  externalRepoUrlSchema,
  projectNameSchema,
  repositoryNameSchema,
  resourceAmountSchema,
} from './rules';

/** Body of `POST /api/v1/projects`: all six budget numbers are required. @public */
export const createProjectInputSchema = z.object({
  name: projectNameSchema,
  description: descriptionSchema.optional(),
  limitless: z.boolean(),
  hprodCpu: resourceAmountSchema('Le CPU hors production'),
  hprodGpu: resourceAmountSchema('Le GPU hors production'),
  hprodMemory: resourceAmountSchema('La mémoire hors production'),
  prodCpu: resourceAmountSchema('Le CPU de production'),
  prodGpu: resourceAmountSchema('Le GPU de production'),
  prodMemory: resourceAmountSchema('La mémoire de production'),
});

/** Validated body of a project creation. @public */
export type CreateProjectInput = z.infer<typeof createProjectInputSchema>;

/** Body of `POST /api/v2/projects/:id/environments`. @public */
export const createEnvironmentInputSchema = z.object({
  name: environmentNameSchema,
  stageId: z.uuid({ error: "Type d'environnement invalide." }),
  clusterId: z.uuid({ error: 'Cluster invalide.' }),
  cpu: resourceAmountSchema('Le CPU'),
  gpu: resourceAmountSchema('Le GPU'),
  memory: resourceAmountSchema('La mémoire'),
  autosync: z.boolean(),
});

/** Validated body of an environment creation. @public */
export type CreateEnvironmentInput = z.infer<
  typeof createEnvironmentInputSchema
>;

/** Body of `PUT /api/v2/projects/:id/environments/:envId` (all required). @public */
export const updateEnvironmentInputSchema = createEnvironmentInputSchema.pick({
  cpu: true,
  gpu: true,
  memory: true,
  autosync: true,
});

/** Validated body of an environment update. @public */
export type UpdateEnvironmentInput = z.infer<
  typeof updateEnvironmentInputSchema
>;

const repositoryCommon = {
  internalRepoName: repositoryNameSchema,
  externalRepoUrl: externalRepoUrlSchema.optional(),
  isInfra: z.boolean(),
  deployRevision: z.string().optional(),
  deployPath: z.string().optional(),
  helmValuesFiles: z.string().optional(),
};

/** Message the console gives a private repository without credentials (`missingCredentials`). @public */
export const PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE =
  "Si le dépôt est privé, vous devez renseigner au moins le nom d'utilisateur ou le token";

/** Body of `POST /api/v2/projects/:id/repositories` (union on `isPrivate`). @public */
export const createRepositoryInputSchema = z.discriminatedUnion('isPrivate', [
  z.object({ ...repositoryCommon, isPrivate: z.literal(false) }),
  z
    .object({
      ...repositoryCommon,
      isPrivate: z.literal(true),
      externalUserName: z.string().optional(),
      externalToken: z.string().optional(),
    })
    .refine(r => Boolean(r.externalUserName || r.externalToken), {
      error: PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
      path: ['externalUserName'],
    }),
]);

/** Validated body of a repository creation. @public */
export type CreateRepositoryInput = z.infer<typeof createRepositoryInputSchema>;

/** Body of `POST …/repositories/:id/sync`. @public */
export const syncRepositoryInputSchema = z.discriminatedUnion(
  'syncAllBranches',
  [
    z.object({ syncAllBranches: z.literal(true) }),
    z.object({
      syncAllBranches: z.literal(false),
      branchName: z.string().min(1, {
        error: 'branchName est requis lorsque syncAllBranches vaut false',
      }),
    }),
  ],
);

/** Validated body of a repository sync. @public */
export type SyncRepositoryInput = z.infer<typeof syncRepositoryInputSchema>;

/**
 * Joins the messages of a failed validation the way the console joins its
 * business errors (one per line), so users see every problem at once.
 *
 * @public
 */
export function formatValidationError(error: z.ZodError): string {
  return error.issues
    .map(issue =>
      issue.path.length > 0 && issue.code === 'invalid_type'
        ? `${issue.path.join('.')} : ${issue.message}`
        : issue.message,
    )
    .join('\n');
}

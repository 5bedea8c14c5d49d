import { z } from 'zod';
import {
  booleanFieldSchema,
  boundedExternalRepoUrlSchema,
  boundedResourceAmountSchema,
  deployPathSchema,
  deployRevisionSchema,
  externalTokenSchema,
  externalUserNameSchema,
  helmValuesFilesSchema,
} from './bounds';
import { gitBranchNameSchema } from './gitRefName';
import {
  createEnvironmentInputSchema,
  createProjectInputSchema,
  createRepositoryInputSchema,
  syncRepositoryInputSchema,
} from './inputs';
import { descriptionSchema } from './rules';

/*
 * The bodies Backstage sends to the console: the console's own schemas
 * (inputs.ts), tightened with the portal's bounds (bounds.ts). Scaffolder
 * actions parse their input with these before any request; frontend fields
 * can use them to validate the same way before submission.
 */

/** What Backstage sends to create a project. @public */
export const createProjectRequestSchema = createProjectInputSchema.extend({
  description: z
    .string({ error: 'La description doit être un texte.' })
    .pipe(descriptionSchema)
    // PostgreSQL text columns cannot hold a NUL character.
    .refine(description => !description.includes('\u0000'), {
      error: 'La description ne doit pas contenir de caractère NUL.',
    })
    .optional(),
  limitless: booleanFieldSchema('« limitless »'),
  hprodCpu: boundedResourceAmountSchema('Le CPU hors production', 'cpu'),
  hprodGpu: boundedResourceAmountSchema('Le GPU hors production', 'gpu'),
  hprodMemory: boundedResourceAmountSchema(
    'La mémoire hors production',
    'memory',
  ),
  prodCpu: boundedResourceAmountSchema('Le CPU de production', 'cpu'),
  prodGpu: boundedResourceAmountSchema('Le GPU de production', 'gpu'),
  prodMemory: boundedResourceAmountSchema('La mémoire de production', 'memory'),
});

/** What Backstage sends to create an environment. @public */
export const createEnvironmentRequestSchema =
  createEnvironmentInputSchema.extend({
    cpu: boundedResourceAmountSchema('Le CPU', 'cpu'),
    gpu: boundedResourceAmountSchema('Le GPU', 'gpu'),
    memory: boundedResourceAmountSchema('La mémoire', 'memory'),
    autosync: booleanFieldSchema('« autosync »'),
  });

/** What Backstage sends to update an environment. @public */
export const updateEnvironmentRequestSchema =
  createEnvironmentRequestSchema.pick({
    cpu: true,
    gpu: true,
    memory: true,
    autosync: true,
  });

/** What Backstage sends to create a repository. @public */
export const createRepositoryRequestSchema = z
  .looseObject({
    externalRepoUrl: boundedExternalRepoUrlSchema.optional(),
    isPrivate: booleanFieldSchema('« isPrivate »'),
    isInfra: booleanFieldSchema('« isInfra »'),
    deployRevision: deployRevisionSchema.optional(),
    deployPath: deployPathSchema.optional(),
    helmValuesFiles: helmValuesFilesSchema.optional(),
    externalUserName: externalUserNameSchema.optional(),
    externalToken: externalTokenSchema.optional(),
  })
  .pipe(createRepositoryInputSchema);

/** What Backstage sends to synchronise a repository. @public */
export const syncRepositoryRequestSchema = z
  .looseObject({
    syncAllBranches: booleanFieldSchema('« syncAllBranches »'),
    branchName: gitBranchNameSchema.optional(),
  })
  .pipe(syncRepositoryInputSchema);

/**
 * The messages of every problem of a value, in French (empty when valid):
 * what a form field shows before submission.
 *
 * @public
 */
export function validationMessages(
  schema: z.ZodType,
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(issue => issue.message);
}

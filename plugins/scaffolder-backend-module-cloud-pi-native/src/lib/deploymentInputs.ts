import {
  DEPLOYMENT_MESSAGES,
  deployPathSchema,
  deployRevisionSchema,
  deploymentSourceTypeSchema,
  environmentNameSchema,
  helmValuesFilesSchema,
  isUuid,
  repositoryRefSchema,
  singleExternalValueSource,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { trimmed } from './validation';

/*
 * The sources of `cpin:deployment:create` as templates write them:
 * repositories by name (or UUID), checked with the platform's bounds before
 * any request. The console's own rules (at least one source, one external
 * value source at most…) are applied again on the resolved body
 * (`createDeploymentInputSchema` of -common).
 */

/** Most sources one deployment takes from a template (the console sets no limit). */
export const DEPLOYMENT_SOURCES_MAX = 20;
/** Most values files one source takes from a template. */
export const VALUE_SOURCES_MAX = 20;
/** Longest Argo CD `ref` name of an external value source. */
const VALUE_SOURCE_REF_MAX_LENGTH = 63;

/** An environment of the project by name or UUID. */
export const environmentRefSchema = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string' && isUuid(value)) return;
  if (value === undefined || value === null || value === '') {
    ctx.addIssue({
      code: 'custom',
      message: "L'environnement est obligatoire.",
    });
    return;
  }
  for (const issue of environmentNameSchema.safeParse(value).error?.issues ??
    []) {
    ctx.addIssue({ code: 'custom', message: issue.message });
  }
}) as unknown as z.ZodType<string>;

const repositoryField = z.preprocess(trimmed, repositoryRefSchema);

/** A values file path, relative to its repository (`<env>` allowed). */
const valueFilePathSchema = deployPathSchema.refine(path => path !== '', {
  error: 'Le chemin du fichier de valeurs est obligatoire.',
});

const valueSourceSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('internal'), path: valueFilePathSchema }),
    z.object({
      type: z.literal('external'),
      path: valueFilePathSchema,
      ref: z
        .string({ error: DEPLOYMENT_MESSAGES.externalRefRequired })
        .min(1, { error: DEPLOYMENT_MESSAGES.externalRefRequired, abort: true })
        .max(VALUE_SOURCE_REF_MAX_LENGTH, {
          error: `Le nom de référence d'une source de valeurs ne doit pas dépasser ${VALUE_SOURCE_REF_MAX_LENGTH} caractères.`,
          abort: true,
        })
        .regex(/^[A-Za-z0-9_-]+$/, {
          error:
            "Le nom de référence d'une source de valeurs ne doit contenir que des lettres, des chiffres, des tirets et des soulignés.",
        }),
      repository: repositoryField,
      targetRevision: deployRevisionSchema.optional(),
    }),
  ],
  {
    error:
      'Chaque source de valeurs doit être un objet { type: "internal" | "external", path, … }.',
  },
);

const sourceSchema = z.object(
  {
    repository: repositoryField,
    type: deploymentSourceTypeSchema.optional(),
    targetRevision: deployRevisionSchema.optional(),
    path: deployPathSchema.optional(),
    helmValuesFiles: helmValuesFilesSchema.optional(),
    valueSources: z
      .array(valueSourceSchema, {
        error: 'Les sources de valeurs doivent être une liste.',
      })
      .max(VALUE_SOURCES_MAX, {
        error: `Pas plus de ${VALUE_SOURCES_MAX} sources de valeurs par source de déploiement.`,
        abort: true,
      })
      .superRefine(singleExternalValueSource)
      .optional(),
  },
  {
    error:
      'Chaque source de déploiement doit être un objet { repository, … } désignant un dépôt du projet.',
  },
);

/** The `sources` input: repositories of the project to deploy, with their values files. */
export const deploymentSourcesSchema = z
  .array(sourceSchema, {
    error: 'Les sources de déploiement doivent être une liste.',
  })
  .min(1, { error: DEPLOYMENT_MESSAGES.sourceRequired, abort: true })
  .max(DEPLOYMENT_SOURCES_MAX, {
    error: `Pas plus de ${DEPLOYMENT_SOURCES_MAX} sources par déploiement.`,
    abort: true,
  });

/** A source of the `sources` input, validated. */
export type DeploymentSourceInput = z.output<
  typeof deploymentSourcesSchema
>[number];

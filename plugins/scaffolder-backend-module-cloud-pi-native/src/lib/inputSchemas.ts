import {
  CI_VARIABLES_MAX,
  GITLAB_PUSH_LIMITS,
  VAULT_KEYS_MAX,
  booleanFieldSchema,
  ciVariableKeySchema,
  ciVariableScopeSchema,
  ciVariableValueSchema,
  hasControlCharacter,
  vaultKeySchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { optionalTrimmed, secretNameSchema, trimmed } from './validation';

/*
 * Input schemas of the actions that refer to task secrets and to the task
 * workspace: scaffolder notions, on top of the platform rules of -common.
 */

/** The CI/CD variables to set, each with a value or a task secret. */
export const variablesSchema = z
  .array(
    z.object(
      {
        key: z.preprocess(trimmed, ciVariableKeySchema),
        value: ciVariableValueSchema.optional(),
        secret: secretNameSchema.optional(),
        masked: booleanFieldSchema('« masked »').optional(),
        protected: booleanFieldSchema('« protected »').optional(),
        raw: booleanFieldSchema('« raw »').optional(),
        environmentScope: z.preprocess(
          optionalTrimmed,
          ciVariableScopeSchema.optional(),
        ),
      },
      {
        error:
          'Chaque variable CI/CD doit être un objet { key, value | secret }.',
      },
    ),
    { error: 'Les variables CI/CD doivent être une liste.' },
  )
  .max(CI_VARIABLES_MAX, {
    error: `Pas plus de ${CI_VARIABLES_MAX} variables CI/CD à la fois.`,
  });

export type VariableInput = z.output<typeof variablesSchema>[number];

/** The folder of the workspace to push: relative, inside the workspace. */
export const sourcePathSchema = z
  .string({ error: 'Le dossier à pousser (sourcePath) doit être un texte.' })
  .max(GITLAB_PUSH_LIMITS.pathLength, {
    error: `Le dossier à pousser (sourcePath) ne doit pas dépasser ${GITLAB_PUSH_LIMITS.pathLength} caractères.`,
    abort: true,
  })
  .refine(path => !hasControlCharacter(path), {
    error:
      'Le dossier à pousser (sourcePath) ne doit pas contenir de caractère de contrôle.',
  });

/** Vault keys mapped to the names of the task secrets holding their values. */
export const secretMappingSchema = z
  .record(z.string(), secretNameSchema, {
    error:
      'Les secrets à écrire doivent être un objet qui associe chaque clé Vault au nom d’un secret de la tâche.',
  })
  .superRefine((mapping, ctx) => {
    const keys = Object.keys(mapping);
    if (keys.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'Donnez au moins une clé à écrire (secrets).',
      });
    } else if (keys.length > VAULT_KEYS_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `Un secret ne peut pas recevoir plus de ${VAULT_KEYS_MAX} clés à la fois.`,
      });
    }
    for (const issue of keys.flatMap(
      key => vaultKeySchema.safeParse(key).error?.issues ?? [],
    )) {
      ctx.addIssue({ code: 'custom', message: issue.message });
    }
  });

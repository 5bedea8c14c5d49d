import { z } from 'zod';

/** Longest project name the console accepts. @public */
export const PROJECT_NAME_MAX_LENGTH = 20;
/** Longest description the console accepts. @public */
export const DESCRIPTION_MAX_LENGTH = 280;
/** Longest environment name the console accepts (`varchar(11)`). @public */
export const ENVIRONMENT_NAME_MAX_LENGTH = 11;
/** Longest internal repository name the console accepts. @public */
export const REPOSITORY_NAME_MAX_LENGTH = 20;
/** Repository names the console keeps for its own plumbing. @public */
export const RESERVED_REPOSITORY_NAMES = [
  'mirror',
  'infra-apps',
  'infra-observability',
] as const;

/** Project name: `^[a-z0-9]+$`, 2 to 20 characters. @public */
export const projectNameSchema = z
  .string({ error: 'Le nom du projet est obligatoire.' })
  .min(2, { error: 'Le nom du projet doit contenir au moins 2 caractères.' })
  .max(PROJECT_NAME_MAX_LENGTH, {
    error: `Le nom du projet ne doit pas dépasser ${PROJECT_NAME_MAX_LENGTH} caractères.`,
  })
  .regex(/^[a-z0-9]+$/, {
    error:
      'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
  });

/** Project description: at most 280 characters. @public */
export const descriptionSchema = z.string().max(DESCRIPTION_MAX_LENGTH, {
  error: `La description ne doit pas dépasser ${DESCRIPTION_MAX_LENGTH} caractères.`,
});

/** Environment name: `^[a-z0-9]+$`, 2 to 11 characters. @public */
export const environmentNameSchema = z
  .string({ error: "Le nom de l'environnement est obligatoire." })
  .min(2, {
    error: "Le nom de l'environnement doit contenir au moins 2 caractères.",
  })
  .max(ENVIRONMENT_NAME_MAX_LENGTH, {
    error: `Le nom de l'environnement ne doit pas dépasser ${ENVIRONMENT_NAME_MAX_LENGTH} caractères.`,
  })
  .regex(/^[a-z0-9]+$/, {
    error:
      "Le nom de l'environnement ne doit contenir que des lettres minuscules et des chiffres.",
  });

/** The console's messages on repository fields (`@cpn-console/shared` 9.24, `utils/const.ts`, `schemas/repository.ts`). */
const REPOSITORY_MESSAGES = {
  minLength: 'Longueur minimum 2 caractères',
  maxLength: `Longueur maximum ${REPOSITORY_NAME_MAX_LENGTH} caractères`,
  invalidName:
    "Le nom du dépôt ne doit contenir ni majuscules, ni espaces, ni caractères spéciaux hormis le trait d'union, et doit commencer et se terminer par un caractère alphanumérique",
  reservedName: `Le nom du dépôt choisi est inclus dans la liste d'exclusion: ${RESERVED_REPOSITORY_NAMES.join(
    ', ',
  )}`,
  invalidGitUrl: "L'adresse doit commencer par https et se terminer par .git",
  invalidUrl: 'Url invalide',
} as const;

/** Internal repository name: `^[a-z0-9][a-z0-9-]*[a-z0-9]$`, 2 to 20, not reserved. @public */
export const repositoryNameSchema = z
  .string({ error: 'Le nom du dépôt interne est obligatoire.' })
  .min(2, { error: REPOSITORY_MESSAGES.minLength })
  .max(REPOSITORY_NAME_MAX_LENGTH, { error: REPOSITORY_MESSAGES.maxLength })
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, {
    error: REPOSITORY_MESSAGES.invalidName,
  })
  .refine(
    name =>
      !(RESERVED_REPOSITORY_NAMES as readonly string[]).includes(
        name.toLowerCase(),
      ),
    { error: REPOSITORY_MESSAGES.reservedName },
  );

/**
 * External repository URL: empty (standalone) or an https URL ending in
 * `.git`. Both console checks run, so a value can get both messages.
 *
 * @public
 */
export const externalRepoUrlSchema = z
  .string()
  .refine(url => url === '' || /^https:\/\/.*\.git$/.test(url), {
    error: REPOSITORY_MESSAGES.invalidGitUrl,
  })
  .refine(url => url === '' || isValidUrl(url), {
    error: REPOSITORY_MESSAGES.invalidUrl,
  });

/** A CPU, GPU or memory amount: a finite number ≥ 0. @public */
export function resourceAmountSchema(label: string) {
  return z
    .number({ error: `${label} doit être un nombre.` })
    .finite({ error: `${label} doit être un nombre.` })
    .min(0, { error: `${label} doit être positif ou nul.` });
}

/** Token name: `^[a-z0-9][a-z0-9-]*[a-z0-9]$`, 2 to 32 characters (console wording). @public */
export const tokenNameSchema = z
  .string()
  .max(32, { error: 'Ne peut dépasser 32 caractères' })
  .min(2, { error: 'Ne peut faire moins de 2 caractères' })
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, {
    error:
      'Le nom ne peut être constitué que de caractères minuscules, de chiffres et de tirets (-)',
  });

/** Role name: at most 30 characters. @public */
export const roleNameSchema = z
  .string()
  .min(1, { error: 'Le nom du rôle est obligatoire.' })
  .max(30, { error: 'Le nom du rôle ne doit pas dépasser 30 caractères.' });

/** Zone slug: `^[a-z0-9-]+$`, 1 to 10 characters. @public */
export const zoneSlugSchema = z
  .string()
  .min(1)
  .max(10)
  .regex(/^[a-z0-9-]+$/, { error: 'Le slug de la zone est invalide.' });

/** Cluster label: `^[a-zA-Z0-9-]+$`, at most 50 characters. @public */
export const clusterLabelSchema = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[a-zA-Z0-9-]+$/, { error: 'Le nom du cluster est invalide.' });

/** Stage name: `^[a-zA-Z0-9]+$`, 2 to 20 characters. @public */
export const stageNameSchema = z
  .string()
  .min(2)
  .max(20)
  .regex(/^[a-zA-Z0-9]+$/, {
    error: "Le nom du type d'environnement est invalide.",
  });

/** E-mail address of a user to add to a project. @public */
export const emailSchema = z.email({ error: "L'adresse e-mail est invalide." });

function isValidUrl(value: string): boolean {
  try {
    return Boolean(new URL(value));
  } catch {
    return false;
  }
}

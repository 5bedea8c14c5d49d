import { z } from 'zod';
import { hasControlCharacter } from './bounds';
import { utf8Length } from './gitRefName';

/*
 * Bounds of what the portal pushes to GitLab. A commit message and every
 * CI/CD variable reach each pipeline job as environment variables
 * (`CI_COMMIT_MESSAGE`…), and Linux limits one environment variable to
 * 128 KiB (MAX_ARG_STRLEN); GitLab.com caps a variable value at 120 KiB.
 */

/** Largest commit message, in UTF-8 bytes. @public */
export const COMMIT_MESSAGE_MAX_BYTES = 64 * 1024;
/** Largest CI/CD variable value, in UTF-8 bytes (GitLab.com's plan limit). @public */
export const CI_VARIABLE_VALUE_MAX_BYTES = 120 * 1024;
/** Longest CI/CD variable name (GitLab's limit). @public */
export const CI_VARIABLE_KEY_MAX_LENGTH = 255;
/** Longest environment scope of a CI/CD variable (GitLab's limit). @public */
export const CI_VARIABLE_SCOPE_MAX_LENGTH = 255;
/** Most CI/CD variables set at once. @public */
export const CI_VARIABLES_MAX = 100;

/**
 * Limits of one push through GitLab's commits API, which carries every file
 * in a single JSON request (base64 adds a third to binary files).
 *
 * @public
 */
export const GITLAB_PUSH_LIMITS = {
  /** Largest file, in bytes. */
  fileBytes: 10 * 1024 * 1024,
  /** Largest commit, in bytes of file contents. */
  totalBytes: 50 * 1024 * 1024,
  /** Most files in one commit. */
  files: 2000,
  /** Longest file path. */
  pathLength: 1024,
} as const;

/** A commit message: not blank, no NUL byte, at most {@link COMMIT_MESSAGE_MAX_BYTES}. @public */
export const commitMessageSchema = z
  .string({ error: 'Le message de commit doit être un texte.' })
  .refine(message => utf8Length(message) <= COMMIT_MESSAGE_MAX_BYTES, {
    error: `Le message de commit ne doit pas dépasser ${
      COMMIT_MESSAGE_MAX_BYTES / 1024
    } Kio.`,
    abort: true,
  })
  .refine(message => message.trim() !== '', {
    error: 'Le message de commit est obligatoire.',
  })
  .refine(message => !message.includes('\u0000'), {
    error: 'Le message de commit ne doit pas contenir de caractère NUL.',
  });

/** The name of a CI/CD variable: letters, digits and `_`, at most 255. @public */
export const ciVariableKeySchema = z
  .string({ error: 'Le nom de la variable CI/CD doit être un texte.' })
  .min(1, {
    error: 'Le nom de la variable CI/CD est obligatoire.',
    abort: true,
  })
  .max(CI_VARIABLE_KEY_MAX_LENGTH, {
    error: `Le nom d'une variable CI/CD ne doit pas dépasser ${CI_VARIABLE_KEY_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .regex(/^[A-Za-z0-9_]+$/, {
    error:
      "Le nom d'une variable CI/CD ne doit contenir que des lettres, des chiffres et « _ ».",
  });

/** The value of a CI/CD variable: at most {@link CI_VARIABLE_VALUE_MAX_BYTES}. @public */
export const ciVariableValueSchema = z
  .string({ error: 'La valeur de la variable CI/CD doit être un texte.' })
  .refine(value => utf8Length(value) <= CI_VARIABLE_VALUE_MAX_BYTES, {
    error: `La valeur d'une variable CI/CD ne doit pas dépasser ${
      CI_VARIABLE_VALUE_MAX_BYTES / 1024
    } Kio.`,
  });

/** The environment scope of a CI/CD variable, e.g. `*` or `production`. @public */
export const ciVariableScopeSchema = z
  .string({ error: "La portée d'environnement doit être un texte." })
  .min(1, { error: "La portée d'environnement est obligatoire.", abort: true })
  .max(CI_VARIABLE_SCOPE_MAX_LENGTH, {
    error: `La portée d'environnement ne doit pas dépasser ${CI_VARIABLE_SCOPE_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .refine(scope => !hasControlCharacter(scope), {
    error:
      "La portée d'environnement ne doit pas contenir de caractère de contrôle.",
  });

/**
 * Why a set of files cannot be pushed in one commit, or `undefined` (see
 * {@link GITLAB_PUSH_LIMITS}). Sizes are the bytes of each file.
 *
 * @public
 */
export function pushFilesProblem(
  files: ReadonlyArray<{ path: string; bytes: number }>,
): string | undefined {
  const limits = GITLAB_PUSH_LIMITS;
  const mib = (bytes: number) => `${bytes / 1024 / 1024} Mio`;
  if (files.length > limits.files) {
    return `Un commit ne peut pas contenir plus de ${limits.files} fichiers (${files.length} à pousser).`;
  }
  const longPath = files.find(file => file.path.length > limits.pathLength);
  if (longPath) {
    return `Le chemin d'un fichier ne doit pas dépasser ${limits.pathLength} caractères.`;
  }
  const large = files.find(file => file.bytes > limits.fileBytes);
  if (large) {
    return `Le fichier ${large.path} dépasse ${mib(
      limits.fileBytes,
    )} : poussez-le avec Git LFS plutôt que par l'API.`;
  }
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  return total > limits.totalBytes
    ? `Les fichiers à pousser dépassent ${mib(limits.totalBytes)} au total.`
    : undefined;
}

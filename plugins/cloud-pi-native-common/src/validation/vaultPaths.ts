import { z } from 'zod';
import { utf8Length } from './gitRefName';

/*
 * Bounds of what the portal writes into a project's Vault KV v2 mount. The
 * namespace's Vault Secrets Operator copies each secret into a Kubernetes
 * Secret, so keys and sizes follow the Kubernetes rules.
 */

/** Longest path of a secret under its environment, e.g. `db/credentials`. @public */
export const VAULT_SECRET_PATH_MAX_LENGTH = 256;
/** Longest key of a secret (a Kubernetes Secret data key). @public */
export const VAULT_KEY_MAX_LENGTH = 253;
/** Most keys written at once. @public */
export const VAULT_KEYS_MAX = 100;
/** Largest secret, in UTF-8 bytes of its values: a Kubernetes Secret holds at most 1 MiB. @public */
export const VAULT_SECRET_MAX_BYTES = 1024 * 1024;

const SEGMENT = /^[A-Za-z0-9._-]+$/;
const KEY = /^[A-Za-z0-9._-]+$/;

/**
 * Why a secret path is refused, or `undefined`: segments of letters, digits,
 * `.`, `_` and `-` separated by `/`, no empty segment, no `.` or `..`
 * (which would leave the environment's folder), at most
 * {@link VAULT_SECRET_PATH_MAX_LENGTH} characters.
 *
 * @public
 */
export function vaultSecretPathProblem(path: string): string | undefined {
  if (path.length > VAULT_SECRET_PATH_MAX_LENGTH) {
    return `Le chemin du secret ne doit pas dépasser ${VAULT_SECRET_PATH_MAX_LENGTH} caractères.`;
  }
  const segments = path.split('/');
  if (segments.some(segment => segment === '')) {
    return 'Le chemin du secret ne doit pas contenir de segment vide (« / » en tête, en fin ou doublé).';
  }
  if (segments.some(segment => segment === '.' || segment === '..')) {
    return 'Le chemin du secret ne doit pas contenir de segment « . » ou « .. ».';
  }
  if (!segments.every(segment => SEGMENT.test(segment))) {
    return 'Le chemin du secret ne doit contenir que des lettres, des chiffres, « . », « _ » et « - », en segments séparés par « / ».';
  }
  return undefined;
}

/** A secret path under its environment (see {@link vaultSecretPathProblem}). @public */
export const vaultSecretPathSchema = z
  .string({ error: 'Le chemin du secret doit être un texte.' })
  .superRefine((path, ctx) => {
    const problem = vaultSecretPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A key of a secret, as Kubernetes accepts it in a Secret. @public */
export const vaultKeySchema = z
  .string({ error: 'La clé du secret doit être un texte.' })
  .min(1, { error: 'La clé du secret est obligatoire.', abort: true })
  .max(VAULT_KEY_MAX_LENGTH, {
    error: `La clé du secret ne doit pas dépasser ${VAULT_KEY_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .refine(key => KEY.test(key) && key !== '.' && !key.startsWith('..'), {
    error:
      'La clé du secret ne doit contenir que des lettres, des chiffres, « . », « _ » et « - » (ni « . » seul, ni « .. » en tête).',
  });

/**
 * Why the values of a secret are refused, or `undefined`: at most
 * {@link VAULT_KEYS_MAX} keys and {@link VAULT_SECRET_MAX_BYTES} in all.
 *
 * @public
 */
export function vaultSecretDataProblem(
  data: Record<string, string>,
): string | undefined {
  const keys = Object.keys(data);
  if (keys.length > VAULT_KEYS_MAX) {
    return `Un secret ne peut pas recevoir plus de ${VAULT_KEYS_MAX} clés à la fois.`;
  }
  const size = keys.reduce(
    (total, key) => total + utf8Length(key) + utf8Length(data[key]),
    0,
  );
  return size > VAULT_SECRET_MAX_BYTES
    ? `Le secret ne doit pas dépasser ${
        VAULT_SECRET_MAX_BYTES / 1024 / 1024
      } Mio (limite d'un Secret Kubernetes).`
    : undefined;
}

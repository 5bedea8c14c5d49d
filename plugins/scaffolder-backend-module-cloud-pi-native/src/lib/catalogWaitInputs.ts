import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/** Default and longest wait of `cpin:catalog:wait`, in seconds. */
export const CATALOG_WAIT_DEFAULT_SECONDS = 30;
export const CATALOG_WAIT_MAX_SECONDS = 120;

// Kind, namespace and name are at most 63 characters each.
const ENTITY_REF_MAX_LENGTH = 200;

/** An entity reference, normalised as the catalog compares them. */
export const entityRefSchema = z
  .string({ error: "L'entité attendue doit être un texte." })
  .min(1, { error: "L'entité attendue est obligatoire." })
  .max(ENTITY_REF_MAX_LENGTH, {
    error: `L'entité attendue ne doit pas dépasser ${ENTITY_REF_MAX_LENGTH} caractères.`,
  })
  .transform((ref, ctx) => {
    try {
      return stringifyEntityRef(parseEntityRef(ref)).toLocaleLowerCase('en-US');
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `L'entité attendue doit être une référence comme "system:cpin/portail" (type obligatoire).`,
      });
      return z.NEVER;
    }
  });

/** The wait of `cpin:catalog:wait`, in whole seconds. */
export const catalogWaitTimeoutSchema = z
  .number({ error: "Le délai d'attente doit être un nombre de secondes." })
  .int({ error: "Le délai d'attente doit être un nombre entier de secondes." })
  .min(1, { error: "Le délai d'attente doit être d'au moins 1 seconde." })
  .max(CATALOG_WAIT_MAX_SECONDS, {
    error: `Le délai d'attente ne doit pas dépasser ${CATALOG_WAIT_MAX_SECONDS} secondes.`,
  })
  .default(CATALOG_WAIT_DEFAULT_SECONDS);

import { z } from 'zod';

/**
 * Building blocks shared by every response of the card contract.
 *
 * Conventions of the whole contract:
 * - timestamps are ISO 8601 strings with `Z` or a `±hh:mm` offset;
 * - every link is an absolute `http(s)` URL (anything else is rejected, so a
 *   `javascript:` URL can never reach an `href`);
 * - a part of a response that could not be read carries `error` and its data
 *   fields are empty (`[]` or `null`): the rest of the response stays usable.
 */

/** An ISO 8601 timestamp with `Z` or a `±hh:mm` offset. @public */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** An absolute `http:` or `https:` URL. @public */
export const httpUrlSchema = z.url({ protocol: /^https?$/ });

/** Why one part of a response is missing; the shape of Backstage's serialized errors. @public */
export const cardPartErrorSchema = z.object({
  /** Error class name, e.g. `NotAllowedError`, `ServiceUnavailableError`. */
  name: z.string(),
  /** Human-readable message, safe to display (never contains a token). */
  message: z.string(),
});

/** Why one part of a response is missing. @public */
export type CardPartError = z.infer<typeof cardPartErrorSchema>;

/** Whether an environment counts as production: only the stage named `prod` does. @public */
export const stageKindSchema = z.enum(['hprod', 'prod']);

/** A zone (datacentre or security perimeter). @public */
export const zoneRefSchema = z.object({
  slug: z.string(),
  label: z.string(),
});

/** A zone (datacentre or security perimeter). @public */
export type ZoneRef = z.infer<typeof zoneRefSchema>;

/** CPU (cores), GPU (count) and memory (GiB). @public */
export const resourceAmountsSchema = z.object({
  cpu: z.number().nonnegative(),
  gpu: z.number().nonnegative(),
  memory: z.number().nonnegative(),
});

/** CPU (cores), GPU (count) and memory (GiB). @public */
export type ResourceAmounts = z.infer<typeof resourceAmountsSchema>;

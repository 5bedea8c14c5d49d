import { z } from 'zod';
import { isoDateTimeSchema } from './common';

/**
 * `GET /entities/:kind/:namespace/:name/secrets` (with the user token header):
 * the project secrets as the console returns them to the caller, grouped by
 * tool (`GITLAB`, `NEXUS`, `REGISTRY`, `VAULT`). Read as the user, never
 * cached, answered with `Cache-Control: no-store`. 403 without `SEE_SECRETS`.
 *
 * @public
 */
export const projectSecretsResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  groups: z.array(
    z.object({
      name: z.string(),
      entries: z.array(z.object({ key: z.string(), value: z.string() })),
    }),
  ),
});

/** The secrets of a project, as the caller may see them. @public */
export type ProjectSecretsResponse = z.infer<
  typeof projectSecretsResponseSchema
>;

import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  CATALOG_WAIT_DEFAULT_SECONDS,
  CATALOG_WAIT_MAX_SECONDS,
  catalogWaitTimeoutSchema,
  entityRefSchema,
} from '../lib/catalogWaitInputs';
import { sleep } from '../lib/sleep';
import { parseFields, trimmed } from '../lib/validation';
import { examples } from './catalogWait.examples';

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5_000;

/** Dependencies of {@link createCatalogWaitAction}. @public */
export interface CloudPiCatalogWaitOptions {
  /** The catalog, read with the credentials of the task's initiator. */
  catalog: Pick<CatalogService, 'getEntityByRef'>;
}

/**
 * Waits until an entity is readable in the catalog, so that the links a
 * template ends with open an entity page instead of "not found". The
 * catalog refreshes a project as soon as a `cpin:*` action changed it; this
 * covers the few seconds its processing takes.
 *
 * @public
 */
export function createCatalogWaitAction(options: CloudPiCatalogWaitOptions) {
  return createTemplateAction({
    id: 'cpin:catalog:wait',
    description:
      'Waits until an entity (e.g. the System of a Cloud π project just created) is readable in the catalog by the requesting user, polling with backoff, and fails after a bounded timeout. Use it before output links to catalog entities.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .min(1)
            .describe(
              'Reference of the entity to wait for, e.g. "system:cpin/portail" (kind required; namespace "default" when left out).',
            ),
        timeoutSeconds: z =>
          z
            .number()
            .int()
            .min(1)
            .max(CATALOG_WAIT_MAX_SECONDS)
            .optional()
            .describe(
              `How long to wait, in seconds (default ${CATALOG_WAIT_DEFAULT_SECONDS}, at most ${CATALOG_WAIT_MAX_SECONDS}).`,
            ),
      },
      output: {
        entityRef: z =>
          z.string().describe('Full reference of the entity, lower-cased.'),
      },
    },
    async handler(ctx) {
      const { entityRef, timeoutSeconds } = parseFields({
        entityRef: [entityRefSchema, trimmed(ctx.input.entityRef)],
        timeoutSeconds: [catalogWaitTimeoutSchema, ctx.input.timeoutSeconds],
      });
      ctx.output('entityRef', entityRef);
      // A dry run created nothing the catalog could show.
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would wait for ${entityRef} in the catalog`);
        return;
      }
      const deadline = Date.now() + timeoutSeconds * 1000;
      const credentials = await ctx.getInitiatorCredentials();
      for (
        let delay = FIRST_DELAY_MS;
        ;
        delay = Math.min(delay * 2, MAX_DELAY_MS)
      ) {
        const entity = await options.catalog.getEntityByRef(entityRef, {
          credentials,
        });
        if (entity) {
          ctx.logger.info(`${entityRef} is in the catalog`);
          return;
        }
        const left = deadline - Date.now();
        if (left <= 0) break;
        await sleep(Math.min(delay, left), ctx.signal);
      }
      throw new NotFoundError(
        `${entityRef} did not appear in the catalog within ${timeoutSeconds} s. The change is done; the catalog shows it at its next Cloud π Native import (a few minutes at most). Open the catalog later, or ask an administrator to check the catalog's logs if it never appears.`,
      );
    },
  });
}

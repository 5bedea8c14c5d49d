import type { Entity } from '@backstage/catalog-model';
import { z } from 'zod';
import { isCloudPiEnvironment, isCloudPiProject } from '../annotations';
import {
  CloudPiNativePermission,
  cloudPiBuildsReadPermission,
  cloudPiDeploymentsReadPermission,
  cloudPiImagesReadPermission,
  cloudPiJourneyReadPermission,
  cloudPiEnvironmentsReadPermission,
  cloudPiObservabilityReadPermission,
  cloudPiOverviewReadPermission,
  cloudPiQualityGateReadPermission,
} from '../permissions/backstagePermissions';
import { buildsResponseSchema } from './builds';
import { CardPartError, cardPartErrorSchema } from './common';
import { deploymentsResponseSchema } from './deployments';
import { imagesResponseSchema } from './images';
import { journeyResponseSchema } from './journey';
import { environmentsResponseSchema } from './environments';
import { observabilityResponseSchema } from './observability';
import { projectOverviewResponseSchema } from './overview';
import { qualityGateResponseSchema } from './qualityGate';
import type { CloudPiEntityDataKind } from './routes';

/** The response schema of each entity data route, to validate responses by kind. @public */
export const cloudPiEntityDataSchemas = {
  overview: projectOverviewResponseSchema,
  environments: environmentsResponseSchema,
  'quality-gate': qualityGateResponseSchema,
  deployments: deploymentsResponseSchema,
  observability: observabilityResponseSchema,
  builds: buildsResponseSchema,
  images: imagesResponseSchema,
  journey: journeyResponseSchema,
} as const;

/** The Backstage permission guarding each entity data route (checked against the entity). @public */
export const cloudPiEntityDataPermissions: Record<
  CloudPiEntityDataKind,
  CloudPiNativePermission
> = {
  overview: cloudPiOverviewReadPermission,
  environments: cloudPiEnvironmentsReadPermission,
  'quality-gate': cloudPiQualityGateReadPermission,
  deployments: cloudPiDeploymentsReadPermission,
  observability: cloudPiObservabilityReadPermission,
  builds: cloudPiBuildsReadPermission,
  images: cloudPiImagesReadPermission,
  journey: cloudPiJourneyReadPermission,
};

/** The response type of each entity data route. @public */
export type CloudPiEntityData = {
  [K in CloudPiEntityDataKind]: z.infer<(typeof cloudPiEntityDataSchemas)[K]>;
};

/** Whether the environments route serves the entity (a project or an environment). @public */
export function isEnvironmentsAvailable(entity: Entity): boolean {
  return isCloudPiProject(entity) || isCloudPiEnvironment(entity);
}

/** One card of a batched read: its data, or why it failed (`status` ≥ 400). @public */
export type CloudPiCardResult<T> =
  | { status: 200; data: T }
  | { status: number; error: CardPartError };

/**
 * Response of the batched cards route: the cards asked for, each with its
 * own outcome, so that one failing card never fails the others.
 *
 * @public
 */
export interface CloudPiEntityCardsResponse {
  cards: {
    [K in CloudPiEntityDataKind]?: CloudPiCardResult<CloudPiEntityData[K]>;
  };
}

/**
 * Envelope of the batched cards route; each card's `data` is then
 * validated with its own schema of {@link cloudPiEntityDataSchemas}.
 *
 * @public
 */
export const cloudPiEntityCardsResponseSchema = z.object({
  cards: z.partialRecord(
    z.enum(Object.keys(cloudPiEntityDataSchemas) as [CloudPiEntityDataKind]),
    z.union([
      z.object({ status: z.literal(200), data: z.unknown() }),
      z.object({
        status: z.number().int().min(400).max(599),
        error: cardPartErrorSchema,
      }),
    ]),
  ),
});

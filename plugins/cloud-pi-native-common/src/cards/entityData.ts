import type { Entity } from '@backstage/catalog-model';
import type { z } from 'zod';
import { isCloudPiEnvironment, isCloudPiProject } from '../annotations';
import {
  CloudPiNativePermission,
  cloudPiDeploymentsReadPermission,
  cloudPiEnvironmentsReadPermission,
  cloudPiObservabilityReadPermission,
  cloudPiOverviewReadPermission,
  cloudPiQualityGateReadPermission,
} from '../permissions/backstagePermissions';
import { deploymentsResponseSchema } from './deployments';
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
};

/** The response type of each entity data route. @public */
export type CloudPiEntityData = {
  [K in CloudPiEntityDataKind]: z.infer<(typeof cloudPiEntityDataSchemas)[K]>;
};

/** Whether the environments route serves the entity (a project or an environment). @public */
export function isEnvironmentsAvailable(entity: Entity): boolean {
  return isCloudPiProject(entity) || isCloudPiEnvironment(entity);
}

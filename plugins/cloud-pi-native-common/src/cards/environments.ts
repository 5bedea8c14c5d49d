import { z } from 'zod';
import {
  cardPartErrorSchema,
  isoDateTimeSchema,
  resourceAmountsSchema,
  stageKindSchema,
  zoneRefSchema,
} from './common';

/** One environment of a project. @public */
export const environmentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  stage: z.string(),
  stageKind: stageKindSchema,
  zone: zoneRefSchema,
  cluster: z.object({ label: z.string() }),
  /** Allocation (CPU cores, GPU count, memory GiB) = the namespace `ResourceQuota`. */
  resources: resourceAmountsSchema,
  autosync: z.boolean(),
  namespace: z.string(),
});

/** One environment of a project. @public */
export type EnvironmentSummary = z.infer<typeof environmentSummarySchema>;

/** Budget of one resource: project limit and sum of the environments' allocations. @public */
export const budgetLineSchema = z.object({
  limit: z.number().nonnegative(),
  allocated: z.number().nonnegative(),
});

/** Budget of one resource. @public */
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** Budget of one environment kind (hprod or prod). @public */
export const stageBudgetSchema = z.object({
  cpu: budgetLineSchema,
  gpu: budgetLineSchema,
  memory: budgetLineSchema,
});

/** Budget of one environment kind. @public */
export type StageBudget = z.infer<typeof stageBudgetSchema>;

/**
 * `GET /entities/:kind/:namespace/:name/environments`: the environments of the
 * entity's project (only its own environment for an environment entity) and
 * the project budget. `limitless` projects have no budget check.
 *
 * @public
 */
export const environmentsResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  environments: z.array(environmentSummarySchema),
  budget: z.object({
    limitless: z.boolean().nullable(),
    hprod: stageBudgetSchema.nullable(),
    prod: stageBudgetSchema.nullable(),
    error: cardPartErrorSchema.optional(),
  }),
});

/** The environments of a project and its budget. @public */
export type EnvironmentsResponse = z.infer<typeof environmentsResponseSchema>;

import { z } from 'zod';
import {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
} from './common';

/** SonarQube quality gate status (`alert_status`); `NONE` = no gate computed. @public */
export const qualityGateStatusSchema = z.enum(['OK', 'WARN', 'ERROR', 'NONE']);

/** SonarQube quality gate status. @public */
export type QualityGateStatus = z.infer<typeof qualityGateStatusSchema>;

/** SonarQube A–E rating. @public */
export const sonarRatingSchema = z.enum(['A', 'B', 'C', 'D', 'E']);

/** SonarQube A–E rating. @public */
export type SonarRating = z.infer<typeof sonarRatingSchema>;

/** A quality gate condition that is not met. @public */
export const qualityGateConditionSchema = z.object({
  /** SonarQube metric key, e.g. `new_coverage`. */
  metric: z.string(),
  comparator: z.enum(['GT', 'LT', 'EQ', 'NE']),
  threshold: z.string(),
  actual: z.string().nullable(),
});

/** A quality gate condition that is not met. @public */
export type QualityGateCondition = z.infer<typeof qualityGateConditionSchema>;

/** Measures of one scope (overall code or new code); `null` = not computed. @public */
export const sonarMeasuresSchema = z.object({
  bugs: z.number().int().nonnegative().nullable(),
  vulnerabilities: z.number().int().nonnegative().nullable(),
  securityHotspots: z.number().int().nonnegative().nullable(),
  codeSmells: z.number().int().nonnegative().nullable(),
  /** Percentage, 0–100. */
  coverage: z.number().min(0).max(100).nullable(),
  /** Percentage of duplicated lines, 0–100. */
  duplications: z.number().min(0).max(100).nullable(),
  reliabilityRating: sonarRatingSchema.nullable(),
  securityRating: sonarRatingSchema.nullable(),
  maintainabilityRating: sonarRatingSchema.nullable(),
});

/** Measures of one scope. @public */
export type SonarMeasures = z.infer<typeof sonarMeasuresSchema>;

/** The latest analysis of a SonarQube project. @public */
export const qualityGateAnalysisSchema = z.object({
  status: qualityGateStatusSchema,
  failedConditions: z.array(qualityGateConditionSchema),
  overall: sonarMeasuresSchema,
  newCode: sonarMeasuresSchema,
  analysedAt: isoDateTimeSchema.nullable(),
});

/** The latest analysis of a SonarQube project. @public */
export type QualityGateAnalysis = z.infer<typeof qualityGateAnalysisSchema>;

/**
 * One repository of the project. `analysis` is `null` with no `error` when the
 * repository was never analysed; with `error` when SonarQube could not be read.
 *
 * @public
 */
export const qualityGateRepositorySchema = z.object({
  repositoryName: z.string(),
  /** `<slug>-<repo>-<h4(repo)>`. */
  projectKey: z.string(),
  /** The SonarQube project dashboard. */
  url: httpUrlSchema.nullable(),
  analysis: qualityGateAnalysisSchema.nullable(),
  error: cardPartErrorSchema.optional(),
});

/** One repository of the project. @public */
export type QualityGateRepository = z.infer<typeof qualityGateRepositorySchema>;

/**
 * `GET /entities/:kind/:namespace/:name/quality-gate`: one row per repository
 * (a single row for a repository entity).
 *
 * @public
 */
export const qualityGateResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  repositories: z.array(qualityGateRepositorySchema),
});

/** SonarQube quality gates of the entity's repositories. @public */
export type QualityGateResponse = z.infer<typeof qualityGateResponseSchema>;

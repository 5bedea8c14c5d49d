import { z } from 'zod';

/**
 * Shapes of the SonarQube Web API answers the client reads, checked against
 * SonarQube's own response examples. Unknown fields are dropped.
 */

/** The new-code reference of a project ("since previous version"…). @public */
export interface SonarQubeNewCodePeriod {
  mode: string;
  date?: string;
  parameter?: string;
}

const periodSchema: z.ZodType<SonarQubeNewCodePeriod> = z.object({
  mode: z.string(),
  date: z.string().optional(),
  parameter: z.string().optional(),
});

/** One quality gate condition and whether it passes. @public */
export interface SonarQubeCondition {
  status: string;
  metricKey: string;
  comparator?: string;
  errorThreshold?: string;
  actualValue?: string;
}

const conditionSchema: z.ZodType<SonarQubeCondition> = z.object({
  status: z.string(),
  metricKey: z.string(),
  comparator: z.string().optional(),
  errorThreshold: z.string().optional(),
  actualValue: z.string().optional(),
});

/** `GET api/qualitygates/project_status`. */
export const projectStatusResponseSchema = z.object({
  projectStatus: z.object({
    status: z.enum(['OK', 'WARN', 'ERROR', 'NONE']),
    conditions: z.array(conditionSchema).default([]),
    period: periodSchema.optional(),
    periods: z.array(periodSchema).optional(),
  }),
});

const measurePeriodSchema = z.object({
  value: z.string().optional(),
  bestValue: z.boolean().optional(),
});

/** `GET api/measures/component`. */
export const measuresResponseSchema = z.object({
  component: z.object({
    key: z.string(),
    measures: z
      .array(
        z.object({
          metric: z.string(),
          value: z.string().optional(),
          bestValue: z.boolean().optional(),
          period: measurePeriodSchema.optional(),
          // SonarQube before 8.1 returned a list of periods.
          periods: z.array(measurePeriodSchema).optional(),
        }),
      )
      .default([]),
  }),
  period: periodSchema.optional(),
  periods: z.array(periodSchema).optional(),
});

/** One analysis of a project, with its events (quality gate changes, versions…). @public */
export interface SonarQubeAnalysis {
  key: string;
  date: string;
  projectVersion?: string;
  revision?: string;
  events: Array<{
    key: string;
    category: string;
    name: string;
    description?: string;
  }>;
}

const analysisSchema: z.ZodType<SonarQubeAnalysis> = z.object({
  key: z.string(),
  date: z.string(),
  projectVersion: z.string().optional(),
  revision: z.string().optional(),
  events: z
    .array(
      z.object({
        key: z.string(),
        category: z.string(),
        name: z.string(),
        description: z.string().optional(),
      }),
    )
    .default([]),
});

/** `GET api/project_analyses/search`. */
export const analysesResponseSchema = z.object({
  analyses: z.array(analysisSchema),
});

/** SonarQube's error body: `{ errors: [{ msg }] }`. */
export function sonarQubeErrorMessage(body: unknown): string | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return undefined;
  const messages = errors
    .map(error => (error as { msg?: unknown })?.msg)
    .filter((msg): msg is string => typeof msg === 'string' && msg !== '');
  return messages.length > 0 ? messages.join('\n') : undefined;
}

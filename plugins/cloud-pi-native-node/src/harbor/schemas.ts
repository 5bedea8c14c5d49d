import { z } from 'zod';

/**
 * The parts of Harbor v2.0 API objects the suite reads (`Project`,
 * `Repository`, `Artifact`, `Tag`, `Accessory`, `NativeReportSummary` of the
 * Harbor swagger). Objects stay loose; Go serialises empty lists as `null`.
 */

const list = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform(items => items ?? []);

/** A Harbor project. @public */
export const harborProjectSchema = z.looseObject({
  project_id: z.number().int(),
  name: z.string(),
  repo_count: z.number().int().optional(),
});

/** A Harbor project. @public */
export type HarborProject = z.infer<typeof harborProjectSchema>;

/** A repository of a Harbor project; `name` is `<project>/<image>`. @public */
export const harborRepositorySchema = z.looseObject({
  id: z.number().int(),
  project_id: z.number().int(),
  name: z.string(),
  artifact_count: z.number().int().optional(),
  pull_count: z.number().int().optional(),
  update_time: z.string().optional(),
});

/** A repository of a Harbor project. @public */
export type HarborRepository = z.infer<typeof harborRepositorySchema>;

const tagSchema = z.looseObject({
  id: z.number().int().optional(),
  name: z.string(),
  push_time: z.string().optional(),
});

const accessorySchema = z.looseObject({
  id: z.number().int().optional(),
  /** `signature.cosign`, `signature.notation`, `sbom.harbor`… */
  type: z.string(),
  digest: z.string().optional(),
  subject_artifact_digest: z.string().optional(),
});

/** `VulnerabilitySummary`: totals, and counts keyed by severity (`Critical`, `High`…). */
const vulnerabilitySummarySchema = z.looseObject({
  total: z.number().int().optional(),
  fixable: z.number().int().optional(),
  summary: z.record(z.string(), z.number().int()).nullish(),
});

/** `NativeReportSummary` of one report MIME type. */
const reportSummarySchema = z.looseObject({
  report_id: z.string().optional(),
  scan_status: z.string().optional(),
  severity: z.string().optional(),
  summary: vulnerabilitySummarySchema.nullish(),
  start_time: z.string().optional(),
  end_time: z.string().optional(),
  complete_percent: z.number().optional(),
});

/** An artifact (image) with its tags, accessories and scan overview. @public */
export const harborArtifactSchema = z.looseObject({
  id: z.number().int(),
  project_id: z.number().int().optional(),
  repository_id: z.number().int().optional(),
  digest: z.string(),
  type: z.string().optional(),
  push_time: z.string().optional(),
  tags: list(tagSchema),
  accessories: list(accessorySchema),
  /** Keyed by report MIME type. */
  scan_overview: z.record(z.string(), reportSummarySchema).nullish(),
});

/** An artifact (image) of a Harbor repository. @public */
export type HarborArtifact = z.infer<typeof harborArtifactSchema>;

/** Harbor's error body: `{ errors: [{ code, message }] }`. */
export function harborErrorMessage(body: unknown): string | undefined {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return undefined;
  const messages = errors
    .map(e => (e as { message?: unknown } | null)?.message)
    .filter((m): m is string => typeof m === 'string' && m !== '');
  return messages.length ? messages.join('; ') : undefined;
}

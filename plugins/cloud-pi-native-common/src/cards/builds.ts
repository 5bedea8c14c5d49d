import { z } from 'zod';
import {
  cardPartErrorSchema,
  httpUrlSchema,
  isoDateTimeSchema,
} from './common';

/**
 * GitLab CI pipeline status (GitLab v4 `status`); any status GitLab adds
 * later is reported as `unknown`.
 *
 * @public
 */
export const pipelineStatusSchema = z.enum([
  'created',
  'waiting_for_resource',
  'preparing',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled',
  'unknown',
]);

/** GitLab CI pipeline status. @public */
export type PipelineStatus = z.infer<typeof pipelineStatusSchema>;

/** One pipeline of a repository of the secondary chain. @public */
export const pipelineSummarySchema = z.object({
  id: z.number().int().nonnegative(),
  /** Branch or tag the pipeline ran on. */
  ref: z.string(),
  status: pipelineStatusSchema,
  /** What started it (`push`, `web`, `trigger`, `schedule`…). */
  source: z.string().nullable(),
  sha: z.string(),
  createdAt: isoDateTimeSchema,
  finishedAt: isoDateTimeSchema.nullable(),
  /** Running time in seconds, once finished. */
  durationSeconds: z.number().nonnegative().nullable(),
  /** Names of the jobs that failed (only read for failed pipelines). */
  failedJobs: z.array(z.string()),
  /** The pipeline in GitLab. */
  url: httpUrlSchema,
});

/** One pipeline of a repository of the secondary chain. @public */
export type PipelineSummary = z.infer<typeof pipelineSummarySchema>;

/**
 * The last synchronisation of a mirrored repository: a pipeline of the
 * project's `mirror` repository (job `repo_pull_sync`) for that repository.
 *
 * @public
 */
export const mirrorSyncSchema = z.object({
  /** `unknown` when the `mirror` repository could not be read. */
  state: z.enum(['synced', 'syncing', 'failed', 'never', 'unknown']),
  /** When the last sync ended (or started, while it runs). */
  lastSyncAt: isoDateTimeSchema.nullable(),
  /** The branch synced (`GIT_BRANCH_DEPLOY`); `null` for every branch or unknown. */
  branch: z.string().nullable(),
  /** The sync pipeline in GitLab. */
  url: httpUrlSchema.nullable(),
});

/** The last synchronisation of a mirrored repository. @public */
export type MirrorSync = z.infer<typeof mirrorSyncSchema>;

/**
 * The builds of one repository in the platform GitLab. With `error`, GitLab
 * could not be read for this repository and the other fields are empty.
 *
 * @public
 */
export const repositoryBuildsSchema = z.object({
  repositoryName: z.string(),
  isInfra: z.boolean(),
  /** The repository in the platform GitLab. */
  url: httpUrlSchema.nullable(),
  defaultBranch: z.string().nullable(),
  /** The latest pipeline of the default branch. */
  latest: pipelineSummarySchema.nullable(),
  /** The latest pipeline of each recently built branch, newest first. */
  branches: z.array(pipelineSummarySchema),
  /** `null` for a repository without external source (nothing to mirror). */
  mirror: mirrorSyncSchema.nullable(),
  error: cardPartErrorSchema.optional(),
});

/** The builds of one repository. @public */
export type RepositoryBuilds = z.infer<typeof repositoryBuildsSchema>;

/**
 * `GET /entities/:kind/:namespace/:name/builds`: the GitLab CI pipelines of
 * the project's repositories in the platform GitLab (secondary chain) and
 * the state of their mirrors. A repository entity only gets its own row.
 *
 * @public
 */
export const buildsResponseSchema = z.object({
  generatedAt: isoDateTimeSchema,
  repositories: z.array(repositoryBuildsSchema),
});

/** The builds of the entity's repositories. @public */
export type BuildsResponse = z.infer<typeof buildsResponseSchema>;

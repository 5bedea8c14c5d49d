import { userJson } from './userJson';
import { basicPipelineJson, pipelineTimes } from './pipelineJson';
import {
  pipelineStatus,
  type GitlabJob,
  type GitlabPipeline,
  type GitlabProject,
} from './gitlabStore';
import type { GitlabView } from './gitlabView';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * A job's status from its pipeline's: the first stage runs while the
 * pipeline runs; once it is finished, a failed job is `failed` and every
 * later stage `skipped`.
 */
export function jobStatus(
  pipeline: GitlabPipeline,
  job: GitlabJob,
  now: Date,
): string {
  const status = pipelineStatus(pipeline, now);
  const stages = [...new Set(pipeline.jobs.map(j => j.stage))];
  const stageIndex = stages.indexOf(job.stage);
  if (status === 'created' || status === 'pending') return 'created';
  if (status === 'running') return stageIndex === 0 ? 'running' : 'created';
  if (job.failed) return 'failed';
  const failedStage = pipeline.jobs.find(j => j.failed)?.stage;
  if (failedStage !== undefined && stageIndex > stages.indexOf(failedStage)) {
    return 'skipped';
  }
  return status === 'canceled' ? 'canceled' : 'success';
}

/** The `Job` entity of GitLab v4 (`GET /projects/:id/pipelines/:pipeline_id/jobs`). */
export function jobJson(
  view: GitlabView,
  project: GitlabProject,
  pipeline: GitlabPipeline,
  job: GitlabJob,
) {
  const now = view.store.clock();
  const status = jobStatus(pipeline, job, now);
  const times = pipelineTimes(pipeline, now);
  const ran = status === 'success' || status === 'failed';
  const commit = project.repository.resolve(pipeline.sha);
  const projectUrl = `${view.baseUrl}/${view.store.projectFullPath(project)}`;
  return {
    id: job.id,
    status,
    stage: job.stage,
    name: job.name,
    ref: pipeline.ref,
    tag: false,
    coverage: null,
    allow_failure: false,
    created_at: iso(pipeline.createdAt),
    started_at: ran || status === 'running' ? iso(times.startedAt) : null,
    finished_at: ran ? iso(times.finishedAt) : null,
    erased_at: null,
    duration: ran ? times.duration : null,
    queued_duration: times.queuedDuration,
    user: userJson(view, view.store.admin),
    commit: {
      id: pipeline.sha,
      short_id: pipeline.sha.slice(0, 8),
      created_at: iso(commit?.committedDate ?? pipeline.createdAt),
      parent_ids: commit?.parentIds ?? [],
      title: commit?.message.split('\n')[0] ?? '',
      message: commit?.message ?? '',
      author_name: commit?.author.name ?? view.store.admin.name,
      author_email: commit?.author.email ?? view.store.admin.email,
      web_url: `${projectUrl}/-/commit/${pipeline.sha}`,
    },
    pipeline: basicPipelineJson(view, project, pipeline),
    web_url: `${projectUrl}/-/jobs/${job.id}`,
    project: { ci_job_token_scope_enabled: false },
    artifacts: [],
    runner: null,
    artifacts_expire_at: null,
    archived: false,
    tag_list: [],
    ...(status === 'failed' ? { failure_reason: 'script_failure' } : {}),
  };
}

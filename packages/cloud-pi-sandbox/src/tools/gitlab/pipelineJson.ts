import type { GitlabView } from './gitlabView';
import { userJson } from './userJson';
import {
  PIPELINE_TIMELINE,
  pipelineStatus,
  type GitlabPipeline,
  type GitlabProject,
} from './gitlabStore';

const iso = (date: Date) => date.toISOString();

/** `PipelineBasic` entity (list items). */
export function basicPipelineJson(
  view: GitlabView,
  project: GitlabProject,
  pipeline: GitlabPipeline,
) {
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: project.id,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: pipelineStatus(pipeline, view.store.clock()),
    source: pipeline.source,
    created_at: iso(pipeline.createdAt),
    updated_at: iso(pipelineTimes(pipeline, view.store.clock()).updatedAt),
    web_url: `${view.baseUrl}/${view.store.projectFullPath(
      project,
    )}/-/pipelines/${pipeline.id}`,
    name: null,
  };
}

/** `Pipeline` entity (single pipeline, latest, create). */
export function pipelineJson(
  view: GitlabView,
  project: GitlabProject,
  pipeline: GitlabPipeline,
) {
  const now = view.store.clock();
  const status = pipelineStatus(pipeline, now);
  const times = pipelineTimes(pipeline, now);
  const labels: Record<string, [string, string]> = {
    created: ['created', 'status_created'],
    pending: ['pending', 'status_pending'],
    running: ['running', 'status_running'],
    success: ['passed', 'status_success'],
    failed: ['failed', 'status_failed'],
    canceled: ['canceled', 'status_canceled'],
  };
  const [label, icon] = labels[status];
  return {
    ...basicPipelineJson(view, project, pipeline),
    before_sha: pipeline.beforeSha,
    tag: false,
    yaml_errors: null,
    user: userJson(view, view.store.admin),
    started_at: times.startedAt ? iso(times.startedAt) : null,
    finished_at: times.finishedAt ? iso(times.finishedAt) : null,
    committed_at: null,
    duration: times.duration,
    queued_duration: times.queuedDuration,
    coverage: null,
    detailed_status: {
      icon,
      text: label,
      label,
      group: status,
      tooltip: label,
      has_details: true,
      details_path: `/${view.store.projectFullPath(project)}/-/pipelines/${
        pipeline.id
      }`,
      illustration: null,
      favicon: `/assets/ci_favicons/favicon_${icon}.png`,
    },
  };
}

/** When a pipeline started and finished, as far as its age tells. */
export function pipelineTimes(pipeline: GitlabPipeline, now: Date) {
  const age = now.getTime() - pipeline.createdAt.getTime();
  const created = pipeline.createdAt.getTime();
  const { runningAfterMs, finishedAfterMs } = PIPELINE_TIMELINE;
  const startedAt =
    age >= runningAfterMs ? new Date(created + runningAfterMs) : null;
  const finishedAt =
    age >= finishedAfterMs ? new Date(created + finishedAfterMs) : null;
  return {
    startedAt,
    finishedAt,
    updatedAt: finishedAt ?? startedAt ?? pipeline.createdAt,
    duration: finishedAt ? (finishedAfterMs - runningAfterMs) / 1000 : null,
    queuedDuration: startedAt ? runningAfterMs / 1000 : null,
  };
}

import {
  BuildsResponse,
  MirrorSync,
  PipelineStatus,
  PipelineSummary,
  Repository,
  RepositoryBuilds,
  gitlabGroupPath,
  pipelineStatusSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiLimiter,
  GitLabClient,
  GitLabPipeline,
  GitLabProjectSummary,
} from '@cpin/plugin-cloud-pi-native-node';
import { NotFoundError } from '@backstage/errors';
import { PartResult, notConfigured, readPart, toPartError } from './parts';
import { BuiltView, ViewContext, toIsoDateTime } from './viewContext';

/** The builds of every repository of the project. */
export type BuildsView = BuildsResponse;

/** Branches shown besides the default one. */
const RECENT_BRANCHES = 3;
/** Newest pipelines read per repository to find the latest of each branch. */
const PIPELINE_PAGE = 20;
/** Newest sync pipelines of `mirror` looked at to find each repository's last sync. */
const MIRROR_PAGE = 10;

/**
 * Builds one row per console repository from the platform GitLab: the
 * latest pipeline of its default branch and of its recent branches, and
 * for a mirrored repository the last sync pipeline of the project's
 * `mirror` repository. One call lists the group's projects; a failing
 * repository only degrades its row.
 */
export async function buildBuildsView(
  context: ViewContext,
): Promise<BuiltView<BuildsView>> {
  const { instance, project, sources, limit, partTimeoutMs } = context;
  const repositories = await sources.repositories(instance, project);
  const { gitlab } = instance;
  const generatedAt = context.now().toISOString();
  const empty = (repository: Repository) => ({
    repositoryName: repository.internalRepoName,
    isInfra: repository.isInfra,
    url:
      instance.urls.gitlabProject(project.slug, repository.internalRepoName) ??
      null,
    defaultBranch: null,
    latest: null,
    branches: [],
    mirror: null,
  });
  if (!gitlab) {
    const error = notConfigured('GitLab', instance.name);
    return {
      value: {
        generatedAt,
        repositories: repositories.map(r => ({ ...empty(r), error })),
      },
      degraded: false,
    };
  }

  const group = gitlabGroupPath(instance.projectsRootDir, project.slug);
  const projects = await readPart(
    `GitLab group '${group}'`,
    partTimeoutMs,
    () => limit(() => gitlab.listGroupProjects(group)),
  );
  if (!projects.ok) {
    return {
      value: {
        generatedAt,
        repositories: repositories.map(r => ({
          ...empty(r),
          error: projects.error,
        })),
      },
      degraded: true,
    };
  }
  const byPath = new Map(projects.value.map(p => [p.path, p]));
  const mirrored = repositories
    .filter(r => r.externalRepoUrl)
    .map(r => r.internalRepoName);
  const mirrorProject = byPath.get('mirror');
  const syncs: PartResult<Map<string, MirrorSync>> =
    mirrored.length && mirrorProject
      ? await readPart(`GitLab '${group}/mirror'`, partTimeoutMs, () =>
          readMirrorSyncs(context, gitlab, mirrorProject, mirrored),
        )
      : { ok: true, value: new Map() };

  const rows = await Promise.all(
    repositories.map(async (repository): Promise<RepositoryBuilds> => {
      const base = empty(repository);
      const mirror = repository.externalRepoUrl
        ? mirrorOf(syncs, repository.internalRepoName)
        : null;
      const gitlabProject = byPath.get(repository.internalRepoName);
      if (!gitlabProject) {
        return {
          ...base,
          error: toPartError(
            new NotFoundError(
              `The repository '${repository.internalRepoName}' is not in the GitLab group '${group}' (yet): reprovision the project`,
            ),
          ),
        };
      }
      const pipelines = await readPart(
        `GitLab repository '${repository.internalRepoName}'`,
        partTimeoutMs,
        () => readPipelines(context, gitlab, gitlabProject, limit),
      );
      return pipelines.ok
        ? {
            ...base,
            defaultBranch: gitlabProject.defaultBranch ?? null,
            ...pipelines.value,
            mirror,
          }
        : { ...base, mirror, error: pipelines.error };
    }),
  );

  return {
    value: { generatedAt, repositories: rows },
    degraded: !syncs.ok || rows.some(r => r.error),
  };
}

function mirrorOf(
  syncs: PartResult<Map<string, MirrorSync>>,
  repositoryName: string,
): MirrorSync {
  if (!syncs.ok) {
    return { state: 'unknown', lastSyncAt: null, branch: null, url: null };
  }
  return (
    syncs.value.get(repositoryName) ?? {
      state: 'never',
      lastSyncAt: null,
      branch: null,
      url: null,
    }
  );
}

/** The latest pipeline of the default branch and of the most recent other branches. */
async function readPipelines(
  context: ViewContext,
  gitlab: GitLabClient,
  project: GitLabProjectSummary,
  limit: CloudPiLimiter,
): Promise<Pick<RepositoryBuilds, 'latest' | 'branches'>> {
  const recent = await limit(() =>
    gitlab.listPipelines(project.id, { perPage: PIPELINE_PAGE }),
  );
  const defaultBranch = project.defaultBranch ?? 'main';
  const latestByRef = new Map<string, GitLabPipeline>();
  for (const pipeline of recent) {
    if (!latestByRef.has(pipeline.ref)) latestByRef.set(pipeline.ref, pipeline);
  }
  let latest = latestByRef.get(defaultBranch);
  if (!latest && recent.length === PIPELINE_PAGE) {
    [latest] = await limit(() =>
      gitlab.listPipelines(project.id, { ref: defaultBranch, perPage: 1 }),
    );
  }
  const branches = [...latestByRef.values()]
    .filter(p => p.ref !== defaultBranch)
    .slice(0, RECENT_BRANCHES);
  const [summary, ...others] = await Promise.all(
    [latest, ...branches].map(pipeline =>
      pipeline ? summarise(context, gitlab, project, pipeline, limit) : null,
    ),
  );
  return { latest: summary, branches: others.filter(isDefined) };
}

/** Timing and failed jobs of one pipeline (its details, and its failed jobs if any). */
async function summarise(
  context: ViewContext,
  gitlab: GitLabClient,
  project: GitLabProjectSummary,
  pipeline: GitLabPipeline,
  limit: CloudPiLimiter,
): Promise<PipelineSummary> {
  const details = await limit(() =>
    gitlab.getPipeline(project.id, pipeline.id),
  );
  const status = toStatus(details.status);
  const failedJobs =
    status === 'failed'
      ? (
          await limit(() =>
            gitlab.listPipelineJobs(project.id, pipeline.id, {
              scope: ['failed'],
            }),
          )
        )
          .filter(job => !job.allowFailure)
          .map(job => job.name)
      : [];
  const projectUrl = context.instance.urls.gitlabProject(
    context.project.slug,
    project.path,
  );
  return {
    id: details.id,
    ref: details.ref,
    status,
    source: details.source ?? null,
    sha: details.sha,
    createdAt: toIsoDateTime(details.createdAt) ?? context.now().toISOString(),
    finishedAt: toIsoDateTime(details.finishedAt),
    durationSeconds: details.durationSeconds ?? null,
    failedJobs,
    url: projectUrl
      ? `${projectUrl}/-/pipelines/${details.id}`
      : details.webUrl,
  };
}

/**
 * The last sync of each mirrored repository: the newest pipelines of
 * `mirror`, matched on their `PROJECT_NAME` variable (read newest first,
 * until every repository is found).
 */
async function readMirrorSyncs(
  context: ViewContext,
  gitlab: GitLabClient,
  mirror: GitLabProjectSummary,
  repositories: string[],
): Promise<Map<string, MirrorSync>> {
  const { limit } = context;
  const pipelines = await limit(() =>
    gitlab.listPipelines(mirror.id, { perPage: MIRROR_PAGE }),
  );
  const wanted = new Set(repositories);
  const found = new Map<string, MirrorSync>();
  const mirrorUrl = context.instance.urls.gitlabProject(
    context.project.slug,
    'mirror',
  );
  for (const pipeline of pipelines) {
    if (found.size === wanted.size) break;
    const variables = await limit(() =>
      gitlab.getPipelineVariables(mirror.id, pipeline.id),
    );
    const value = (key: string) => variables.find(v => v.key === key)?.value;
    const name = value('PROJECT_NAME');
    if (!name || !wanted.has(name) || found.has(name)) continue;
    const status = toStatus(pipeline.status);
    const finished = ['success', 'failed', 'canceled', 'skipped'].includes(
      status,
    );
    found.set(name, {
      state: mirrorState(status),
      lastSyncAt: toIsoDateTime(
        finished ? pipeline.updatedAt : pipeline.createdAt,
      ),
      branch:
        value('SYNC_ALL') === 'true'
          ? null
          : value('GIT_BRANCH_DEPLOY') || null,
      url: mirrorUrl
        ? `${mirrorUrl}/-/pipelines/${pipeline.id}`
        : pipeline.webUrl,
    });
  }
  return found;
}

/** The state of a mirror from the status of its last sync pipeline. */
function mirrorState(status: PipelineStatus): MirrorSync['state'] {
  if (status === 'success') return 'synced';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'syncing';
}

function toStatus(status: string): PipelineStatus {
  const parsed = pipelineStatusSchema.safeParse(status);
  return parsed.success ? parsed.data : 'unknown';
}

function isDefined<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

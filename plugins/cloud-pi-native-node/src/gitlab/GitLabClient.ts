import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Gitlab } from '@gitbeaker/rest';
import { mapWithConcurrency } from '../concurrency/mapWithConcurrency';
import { DEFAULT_TIMEOUTS } from '../http/defaults';
import { endpoint } from '../http/endpoint';
import { CloudPiRequestTarget } from '../http/errors';
import { CloudPiRequestObserver, notifyObserver } from '../http/observer';
import { SecretRedactor } from '../http/redaction';
import { gitbeakerStatus, mapGitbeakerError } from './gitlabErrors';
import {
  GitLabFile,
  GitLabJob,
  GitLabJobScope,
  GitLabPipeline,
  GitLabPipelineDetails,
  GitLabProjectSummary,
  GitLabPushInput,
  GitLabPushResult,
  GitLabVariable,
} from './types';

/** Options of {@link GitLabClient.create}. @public */
export interface GitLabClientOptions {
  url: string;
  /** Token with the `api` scope. */
  token: string;
  timeoutMs?: number;
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

/** Parallel file lookups when deciding create vs update. */
const FILE_LOOKUP_CONCURRENCY = 4;

/**
 * GitLab operations of the suite, on top of `@gitbeaker/rest`: one-commit
 * pushes, idempotent CI/CD variables, and pipeline status.
 *
 * @public
 */
export class GitLabClient {
  static create(options: GitLabClientOptions): GitLabClient {
    return new GitLabClient(options);
  }

  private readonly api: Gitlab<false>;
  private readonly redactor: SecretRedactor;
  private readonly timeoutMs: number;

  private constructor(private readonly options: GitLabClientOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUTS.requestMs;
    this.api = new Gitlab<false>({
      host: options.url,
      token: options.token,
      queryTimeout: this.timeoutMs,
    });
    this.redactor = new SecretRedactor([
      options.token,
      ...(options.secrets ?? []),
    ]);
  }

  /**
   * Pushes `files` as a single commit on `branch`, creating the branch from
   * `startBranch` (or the default branch) when missing. Each file is created
   * or updated depending on whether it exists on the base of the commit.
   */
  async pushFiles(input: GitLabPushInput): Promise<GitLabPushResult> {
    assertFiles(input.files);
    const { project, branch } = input;
    const branchExists = await this.exists(
      'GET',
      endpoint`/api/v4/projects/${project}/repository/branches/${branch}`,
      () => this.api.Branches.show(project, branch),
    );
    let startBranch: string | undefined;
    if (!branchExists) {
      startBranch = input.startBranch ?? (await this.defaultBranch(project));
    }
    // An empty repository has no ref yet: every file is new.
    const ref = branchExists ? branch : startBranch;
    const files = await mapWithConcurrency(
      input.files,
      FILE_LOOKUP_CONCURRENCY,
      async file => ({
        file,
        action:
          ref !== undefined && (await this.fileExists(project, file.path, ref))
            ? ('update' as const)
            : ('create' as const),
      }),
    );

    const commit = await this.call(
      'POST',
      endpoint`/api/v4/projects/${project}/repository/commits`,
      () =>
        this.api.Commits.create(
          project,
          branch,
          input.message,
          files.map(({ file, action }) => ({
            action,
            filePath: file.path,
            content: file.content,
            encoding: file.encoding ?? 'text',
          })),
          {
            startBranch,
            authorName: input.author?.name,
            authorEmail: input.author?.email,
          },
        ),
      files.map(({ file }) => file.content),
    );
    return {
      commitId: commit.id,
      shortId: commit.short_id,
      webUrl: commit.web_url,
      branch,
      branchCreated: !branchExists,
      files: files.map(({ file, action }) => ({ path: file.path, action })),
    };
  }

  /** Creates or updates a project CI/CD variable. */
  async setProjectVariable(
    project: string | number,
    variable: GitLabVariable,
  ): Promise<'created' | 'updated'> {
    return this.setVariable(
      this.api.ProjectVariables,
      endpoint`/api/v4/projects/${project}/variables`,
      project,
      variable,
    );
  }

  /** Creates or updates a group CI/CD variable. */
  async setGroupVariable(
    group: string | number,
    variable: GitLabVariable,
  ): Promise<'created' | 'updated'> {
    return this.setVariable(
      this.api.GroupVariables,
      endpoint`/api/v4/groups/${group}/variables`,
      group,
      variable,
    );
  }

  /** The most recent pipeline of a ref, if any. */
  async getLatestPipeline(
    project: string | number,
    ref: string,
  ): Promise<GitLabPipeline | undefined> {
    const [latest] = await this.listPipelines(project, { ref, perPage: 1 });
    return latest;
  }

  /** The newest pipelines of a project (one page), optionally of one ref. */
  async listPipelines(
    project: string | number,
    options: { ref?: string; perPage?: number } = {},
  ): Promise<GitLabPipeline[]> {
    const pipelines = await this.call(
      'GET',
      endpoint`/api/v4/projects/${project}/pipelines`,
      () =>
        this.api.Pipelines.all(project, {
          ref: options.ref,
          orderBy: 'id',
          sort: 'desc',
          perPage: Math.min(options.perPage ?? 20, 100),
          maxPages: 1,
        }),
    );
    return pipelines.map(toPipeline);
  }

  /** One pipeline with its timing (`started_at`, `finished_at`, `duration`). */
  async getPipeline(
    project: string | number,
    pipelineId: number,
  ): Promise<GitLabPipelineDetails> {
    const pipeline = await this.call(
      'GET',
      endpoint`/api/v4/projects/${project}/pipelines/${pipelineId}`,
      () => this.api.Pipelines.show(project, pipelineId),
    );
    return {
      ...toPipeline(pipeline),
      startedAt: pipeline.started_at ?? undefined,
      finishedAt: pipeline.finished_at ?? undefined,
      durationSeconds:
        typeof pipeline.duration === 'number' ? pipeline.duration : undefined,
    };
  }

  /** The jobs of a pipeline, optionally only those in some states (e.g. `failed`). */
  async listPipelineJobs(
    project: string | number,
    pipelineId: number,
    options: { scope?: GitLabJobScope[] } = {},
  ): Promise<GitLabJob[]> {
    const jobs = await this.call(
      'GET',
      endpoint`/api/v4/projects/${project}/pipelines/${pipelineId}/jobs`,
      () =>
        this.api.Jobs.all(project, {
          pipelineId,
          // gitbeaker sends `scope[]=…` for arrays, as GitLab expects.
          scope: options.scope as never,
          perPage: 100,
          maxPages: 1,
        }),
    );
    return jobs.map(job => ({
      id: job.id,
      name: job.name,
      stage: job.stage,
      status: job.status,
      allowFailure: job.allow_failure,
      webUrl: job.web_url,
    }));
  }

  /** The variables a pipeline was started with (e.g. the mirror's `PROJECT_NAME`). */
  async getPipelineVariables(
    project: string | number,
    pipelineId: number,
  ): Promise<Array<{ key: string; value: string }>> {
    const variables = await this.call(
      'GET',
      endpoint`/api/v4/projects/${project}/pipelines/${pipelineId}/variables`,
      () => this.api.Pipelines.allVariables(project, pipelineId),
    );
    return variables.map(v => ({ key: v.key, value: v.value }));
  }

  /** The projects directly in a group (one call, up to 100), with their default branch. */
  async listGroupProjects(
    group: string | number,
  ): Promise<GitLabProjectSummary[]> {
    const projects = await this.call(
      'GET',
      endpoint`/api/v4/groups/${group}/projects`,
      () =>
        this.api.Groups.allProjects(group, {
          simple: true,
          perPage: 100,
          maxPages: 1,
        }),
    );
    return projects.map(p => ({
      id: p.id,
      path: p.path,
      pathWithNamespace: p.path_with_namespace,
      defaultBranch: p.default_branch ?? undefined,
      webUrl: p.web_url,
    }));
  }

  private async setVariable(
    resource:
      | Gitlab<false>['ProjectVariables']
      | Gitlab<false>['GroupVariables'],
    collectionPath: string,
    owner: string | number,
    variable: GitLabVariable,
  ): Promise<'created' | 'updated'> {
    const environmentScope = variable.environmentScope ?? '*';
    const path = `${collectionPath}/${encodeURIComponent(variable.key)}`;
    const options = {
      variableType: variable.variableType,
      protected: variable.protected,
      masked: variable.masked,
      raw: variable.raw,
      description: variable.description,
    };
    const filter = { environment_scope: environmentScope };
    const update = async () => {
      await this.call(
        'PUT',
        path,
        () =>
          resource.edit(owner, variable.key, variable.value, {
            ...options,
            filter,
          }),
        [variable.value],
      );
      return 'updated' as const;
    };
    const exists = await this.exists('GET', path, () =>
      resource.show(owner, variable.key, { filter }),
    );
    if (exists) return update();
    try {
      await this.call(
        'POST',
        collectionPath,
        () =>
          resource.create(owner, variable.key, variable.value, {
            ...options,
            environmentScope,
          }),
        [variable.value],
      );
      return 'created';
    } catch (error) {
      // Created concurrently since the lookup ("has already been taken").
      if (error instanceof InputError) return update();
      throw error;
    }
  }

  private async defaultBranch(
    project: string | number,
  ): Promise<string | undefined> {
    const details = await this.call(
      'GET',
      endpoint`/api/v4/projects/${project}`,
      () => this.api.Projects.show(project),
    );
    return details.default_branch ?? undefined;
  }

  private fileExists(project: string | number, path: string, ref: string) {
    return this.exists(
      'GET',
      endpoint`/api/v4/projects/${project}/repository/files/${path}`,
      () => this.api.RepositoryFiles.show(project, path, ref),
    );
  }

  /** Runs a lookup; a 404 means "absent" rather than an error. */
  private async exists(
    method: string,
    path: string,
    run: () => Promise<unknown>,
  ): Promise<boolean> {
    try {
      await this.call(method, path, run);
      return true;
    } catch (error) {
      if ((error as Error).name === 'NotFoundError') return false;
      throw error;
    }
  }

  /** Runs one gitbeaker call, reporting it and mapping its failure. */
  private async call<T>(
    method: string,
    path: string,
    run: () => Promise<T>,
    secrets: string[] = [],
  ): Promise<T> {
    const target: CloudPiRequestTarget = { upstream: 'gitlab', method, path };
    const started = Date.now();
    let status: number | undefined;
    try {
      const result = await run();
      status = method === 'POST' ? 201 : 200;
      return result;
    } catch (error) {
      status = gitbeakerStatus(error);
      throw mapGitbeakerError(
        error,
        target,
        this.timeoutMs,
        this.redactor.with(secrets),
      );
    } finally {
      const durationMs = Date.now() - started;
      this.options.logger?.debug(
        `GitLab ${method} ${path} -> ${status ?? 'no response'}`,
        {
          ...target,
          status,
          durationMs,
        },
      );
      notifyObserver(this.options.onRequest, {
        ...target,
        status,
        durationMs,
        attempt: 1,
      });
    }
  }
}

function toPipeline(pipeline: {
  id: number;
  iid: number;
  status: string;
  ref: string;
  sha: string;
  web_url: string;
  source: string;
  created_at: string;
  updated_at: string;
}): GitLabPipeline {
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    status: pipeline.status,
    ref: pipeline.ref,
    sha: pipeline.sha,
    webUrl: pipeline.web_url,
    source: pipeline.source,
    createdAt: pipeline.created_at,
    updatedAt: pipeline.updated_at,
  };
}

function assertFiles(files: GitLabFile[]): void {
  if (files.length === 0) {
    throw new InputError('A push needs at least one file');
  }
  const seen = new Set<string>();
  for (const { path } of files) {
    if (path.trim() === '' || seen.has(path)) {
      throw new InputError(
        `Invalid or duplicate file path in push: ${JSON.stringify(path)}`,
      );
    }
    seen.add(path);
  }
}

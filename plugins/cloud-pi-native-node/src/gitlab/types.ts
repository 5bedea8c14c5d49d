/** A file to commit; `content` is text unless `encoding` is `base64`. @public */
export interface GitLabFile {
  path: string;
  content: string;
  encoding?: 'text' | 'base64';
}

/** What to push as one commit. @public */
export interface GitLabPushInput {
  /** Numeric id or full path, e.g. `forge/projects/demo/backend`. */
  project: string | number;
  branch: string;
  /** Base of `branch` when it does not exist yet; defaults to the default branch. */
  startBranch?: string;
  message: string;
  files: GitLabFile[];
  author?: { name: string; email: string };
}

/** The commit a push created and what it did to each file. @public */
export interface GitLabPushResult {
  commitId: string;
  shortId: string;
  webUrl: string;
  branch: string;
  branchCreated: boolean;
  files: Array<{ path: string; action: 'create' | 'update' }>;
}

/** A CI/CD variable to set on a project or a group. @public */
export interface GitLabVariable {
  key: string;
  value: string;
  variableType?: 'env_var' | 'file';
  protected?: boolean;
  masked?: boolean;
  /** Disables `$VAR` expansion in the value. */
  raw?: boolean;
  /** Defaults to `*`. */
  environmentScope?: string;
  description?: string;
}

/** A pipeline summary. @public */
export interface GitLabPipeline {
  id: number;
  iid?: number;
  status: string;
  ref: string;
  sha: string;
  webUrl: string;
  source?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** A pipeline with its timing. @public */
export interface GitLabPipelineDetails extends GitLabPipeline {
  startedAt?: string;
  finishedAt?: string;
  durationSeconds?: number;
}

/** Job states GitLab can filter on (`scope[]`). @public */
export type GitLabJobScope =
  | 'created'
  | 'pending'
  | 'running'
  | 'failed'
  | 'success'
  | 'canceled'
  | 'skipped'
  | 'manual'
  | 'waiting_for_resource';

/** A CI job of a pipeline. @public */
export interface GitLabJob {
  id: number;
  name: string;
  stage: string;
  status: string;
  allowFailure: boolean;
  webUrl: string;
}

/** A project of a group, as `simple=true` lists it. @public */
export interface GitLabProjectSummary {
  id: number;
  path: string;
  pathWithNamespace: string;
  defaultBranch?: string;
  webUrl: string;
}

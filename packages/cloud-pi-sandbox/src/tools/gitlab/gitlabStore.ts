import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/clock';
import { GitRepository, type GitIdentity } from './gitRepository';

/** A CI/CD variable of a group or project. */
export interface CiVariable {
  key: string;
  value: string;
  variableType: 'env_var' | 'file';
  protected: boolean;
  masked: boolean;
  hidden: boolean;
  raw: boolean;
  environmentScope: string;
  description: string | null;
}

/** A GitLab group (top-level or subgroup). */
export interface GitlabGroup {
  id: number;
  name: string;
  path: string;
  fullPath: string;
  parentId: number | null;
  description: string;
  visibility: 'private' | 'internal' | 'public';
  createdAt: Date;
  customAttributes: Record<string, string>;
  variables: Map<string, CiVariable>;
}

/** How a finished pipeline ended. */
export type PipelineOutcome = 'success' | 'failed' | 'canceled';

/** A job of a pipeline, in stage order; `failed` decides the pipeline's outcome. */
export interface GitlabJob {
  id: number;
  name: string;
  stage: string;
  /** Fails once the pipeline has finished. */
  failed: boolean;
}

/**
 * A pipeline; its status advances with time like a real runner would, and
 * ends with `outcome` (a job marked `failed` fails it).
 */
export interface GitlabPipeline {
  id: number;
  iid: number;
  projectId: number;
  sha: string;
  beforeSha: string;
  ref: string;
  source: 'push' | 'web' | 'api' | 'trigger' | 'schedule';
  createdAt: Date;
  variables: Array<{
    key: string;
    value: string;
    variableType: 'env_var' | 'file';
  }>;
  outcome: PipelineOutcome;
  jobs: GitlabJob[];
}

/** A pipeline trigger token of a project. */
export interface TriggerToken {
  id: number;
  token: string;
  description: string;
  createdAt: Date;
}

/** A GitLab project with its repository, variables and pipelines. */
export interface GitlabProject {
  id: number;
  name: string;
  path: string;
  namespaceId: number;
  description: string;
  visibility: 'private' | 'internal' | 'public';
  topics: string[];
  ciConfigPath: string | null;
  createdAt: Date;
  lastActivityAt: Date;
  customAttributes: Record<string, string>;
  repository: GitRepository;
  variables: Map<string, CiVariable>;
  pipelines: GitlabPipeline[];
  triggerTokens: TriggerToken[];
}

/** The user behind the demo token (every write is attributed to it). */
export interface GitlabUser {
  id: number;
  username: string;
  name: string;
  email: string;
  createdAt: Date;
}

/** How long a pipeline stays in each state before moving on. */
export const PIPELINE_TIMELINE = {
  pendingAfterMs: 1_000,
  runningAfterMs: 3_000,
  finishedAfterMs: 45_000,
};

/**
 * State of the GitLab fake: groups, projects and their repositories, indexed
 * by numeric id and by lower-cased full path like GitLab's routes table.
 */
export class GitlabStore {
  readonly admin: GitlabUser;
  private readonly groupsById = new Map<number, GitlabGroup>();
  private readonly groupsByPath = new Map<string, GitlabGroup>();
  private readonly projectsById = new Map<number, GitlabProject>();
  private readonly projectsByPath = new Map<string, GitlabProject>();
  private readonly projectsByNamespace = new Map<number, Set<GitlabProject>>();
  private nextGroupId = 2;
  private nextProjectId = 1;
  private nextPipelineId = 1;
  private nextJobId = 1;
  private nextTriggerId = 1;

  constructor(readonly clock: Clock) {
    this.admin = {
      id: 1,
      username: 'root',
      name: 'Administrator',
      email: 'admin@cloud-pi-native.fr',
      createdAt: clock(),
    };
  }

  /** The identity used for commits made through the API. */
  get adminIdentity(): GitIdentity {
    return { name: this.admin.name, email: this.admin.email };
  }

  /** Every group, in creation order. */
  allGroups(): GitlabGroup[] {
    return [...this.groupsById.values()];
  }

  /** Every project, in creation order. */
  allProjects(): GitlabProject[] {
    return [...this.projectsById.values()];
  }

  /** A group by numeric id or (case-insensitive) full path. */
  findGroup(idOrPath: string | number): GitlabGroup | undefined {
    if (typeof idOrPath === 'number' || /^\d+$/.test(idOrPath)) {
      return this.groupsById.get(Number(idOrPath));
    }
    return this.groupsByPath.get(idOrPath.toLowerCase());
  }

  /** A project by numeric id or (case-insensitive) full path. */
  findProject(idOrPath: string | number): GitlabProject | undefined {
    if (typeof idOrPath === 'number' || /^\d+$/.test(idOrPath)) {
      return this.projectsById.get(Number(idOrPath));
    }
    return this.projectsByPath.get(idOrPath.toLowerCase());
  }

  /** Full path of a project (`<group full path>/<path>`). */
  projectFullPath(project: GitlabProject): string {
    return `${this.groupsById.get(project.namespaceId)!.fullPath}/${
      project.path
    }`;
  }

  /** Whether a path is free under a parent group (groups and projects share it). */
  isPathTaken(parentFullPath: string | undefined, path: string): boolean {
    const full = (
      parentFullPath ? `${parentFullPath}/${path}` : path
    ).toLowerCase();
    return this.groupsByPath.has(full) || this.projectsByPath.has(full);
  }

  /** Creates a group; the caller checked that the path is free. */
  createGroup(input: {
    name: string;
    path: string;
    parentId?: number | null;
    description?: string;
    visibility?: GitlabGroup['visibility'];
  }): GitlabGroup {
    const parent = input.parentId
      ? this.groupsById.get(input.parentId)
      : undefined;
    const group: GitlabGroup = {
      id: this.nextGroupId++,
      name: input.name,
      path: input.path,
      fullPath: parent ? `${parent.fullPath}/${input.path}` : input.path,
      parentId: parent?.id ?? null,
      description: input.description ?? '',
      visibility: input.visibility ?? 'private',
      createdAt: this.clock(),
      customAttributes: {},
      variables: new Map(),
    };
    this.groupsById.set(group.id, group);
    this.groupsByPath.set(group.fullPath.toLowerCase(), group);
    return group;
  }

  /** Direct subgroups of a group. */
  subgroups(groupId: number): GitlabGroup[] {
    return this.allGroups().filter(g => g.parentId === groupId);
  }

  /** The group and all its descendants. */
  descendants(groupId: number): GitlabGroup[] {
    const out: GitlabGroup[] = [];
    const visit = (id: number) => {
      for (const child of this.subgroups(id)) {
        out.push(child);
        visit(child.id);
      }
    };
    visit(groupId);
    return out;
  }

  /** Projects directly in a group, or in the group and its descendants. */
  projectsOf(groupId: number, includeSubgroups = false): GitlabProject[] {
    const groups = [
      groupId,
      ...(includeSubgroups ? this.descendants(groupId).map(g => g.id) : []),
    ];
    return groups
      .flatMap(id => [...(this.projectsByNamespace.get(id) ?? [])])
      .sort((a, b) => a.id - b.id);
  }

  /** Deletes a group with its subgroups and projects. */
  deleteGroup(groupId: number): void {
    const groups = [
      this.groupsById.get(groupId)!,
      ...this.descendants(groupId),
    ];
    for (const group of groups) {
      this.projectsOf(group.id).forEach(p => this.deleteProject(p.id));
      this.groupsById.delete(group.id);
      this.groupsByPath.delete(group.fullPath.toLowerCase());
    }
  }

  /** Creates a project in a group; the caller checked that the path is free. */
  createProject(input: {
    name: string;
    path: string;
    namespaceId: number;
    description?: string;
    visibility?: GitlabProject['visibility'];
    defaultBranch?: string;
    topics?: string[];
    ciConfigPath?: string | null;
  }): GitlabProject {
    const now = this.clock();
    const project: GitlabProject = {
      id: this.nextProjectId++,
      name: input.name,
      path: input.path,
      namespaceId: input.namespaceId,
      description: input.description ?? '',
      visibility: input.visibility ?? 'private',
      topics: input.topics ?? [],
      ciConfigPath: input.ciConfigPath ?? null,
      createdAt: now,
      lastActivityAt: now,
      customAttributes: {},
      repository: new GitRepository(this.clock, input.defaultBranch || 'main'),
      variables: new Map(),
      pipelines: [],
      triggerTokens: [],
    };
    this.projectsById.set(project.id, project);
    this.projectsByPath.set(
      this.projectFullPath(project).toLowerCase(),
      project,
    );
    const siblings =
      this.projectsByNamespace.get(project.namespaceId) ?? new Set();
    this.projectsByNamespace.set(project.namespaceId, siblings.add(project));
    return project;
  }

  /** Deletes a project and its repository. */
  deleteProject(projectId: number): void {
    const project = this.projectsById.get(projectId);
    if (!project) return;
    this.projectsByPath.delete(this.projectFullPath(project).toLowerCase());
    this.projectsById.delete(projectId);
    this.projectsByNamespace.get(project.namespaceId)?.delete(project);
  }

  /** Records activity (commits, pipelines) like GitLab's `last_activity_at`. */
  touch(project: GitlabProject): void {
    project.lastActivityAt = this.clock();
  }

  /**
   * Creates a pipeline at the head of `ref`, with the jobs of the project's
   * CI configuration. `failedJob` makes that job (and the pipeline) fail;
   * `createdAt` backdates it (demo history).
   */
  createPipeline(
    project: GitlabProject,
    input: {
      ref: string;
      sha: string;
      source: GitlabPipeline['source'];
      variables?: GitlabPipeline['variables'];
      failedJob?: string;
      createdAt?: Date;
    },
  ): GitlabPipeline {
    const previous = project.pipelines.filter(p => p.ref === input.ref).at(-1);
    const jobs = ciJobsOf(project).map(job => ({
      id: this.nextJobId++,
      ...job,
      failed: job.name === input.failedJob,
    }));
    if (input.failedJob && !jobs.some(job => job.failed)) {
      throw new Error(`No job ${input.failedJob} in ${project.path}'s CI`);
    }
    const pipeline: GitlabPipeline = {
      id: this.nextPipelineId++,
      iid: project.pipelines.length + 1,
      projectId: project.id,
      sha: input.sha,
      beforeSha: previous?.sha ?? '0000000000000000000000000000000000000000',
      ref: input.ref,
      source: input.source,
      createdAt: input.createdAt ?? this.clock(),
      variables: input.variables ?? [],
      outcome: jobs.some(job => job.failed) ? 'failed' : 'success',
      jobs,
    };
    project.pipelines.push(pipeline);
    this.touch(project);
    return pipeline;
  }

  /** Creates a pipeline trigger token (`glptt-…`). */
  createTriggerToken(
    project: GitlabProject,
    description: string,
  ): TriggerToken {
    const trigger: TriggerToken = {
      id: this.nextTriggerId++,
      token: `glptt-${randomBytes(20).toString('hex')}`,
      description,
      createdAt: this.clock(),
    };
    project.triggerTokens.push(trigger);
    return trigger;
  }

  /** The project owning a trigger token. */
  findByTriggerToken(token: string): GitlabProject | undefined {
    return this.allProjects().find(p =>
      p.triggerTokens.some(t => t.token === token),
    );
  }
}

/**
 * The jobs of a project's CI configuration: the `mirror` repository runs
 * the catalog's `repo_pull_sync`; application repositories the DSO
 * pipeline of the catalog templates (secrets, build, test, SonarQube,
 * kaniko image build, cosign signature).
 */
export function ciJobsOf(
  project: GitlabProject,
): Array<{ name: string; stage: string }> {
  if (project.path === 'mirror') {
    return [{ name: 'repo_pull_sync', stage: 'sync' }];
  }
  return [
    { name: 'read_secret', stage: 'read-secret' },
    { name: 'build_app', stage: 'build' },
    { name: 'test_app', stage: 'test' },
    { name: 'sonar_analysis', stage: 'test' },
    { name: 'docker_build', stage: 'docker-build' },
    { name: 'cosign_sign', stage: 'sign' },
  ];
}

/** The status of a pipeline now, from its age and outcome. */
export function pipelineStatus(
  pipeline: GitlabPipeline,
  now: Date,
): 'created' | 'pending' | 'running' | PipelineOutcome {
  const age = now.getTime() - pipeline.createdAt.getTime();
  if (age >= PIPELINE_TIMELINE.finishedAfterMs) return pipeline.outcome;
  if (age >= PIPELINE_TIMELINE.runningAfterMs) return 'running';
  if (age >= PIPELINE_TIMELINE.pendingAfterMs) return 'pending';
  return 'created';
}

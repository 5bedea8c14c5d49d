import { gitBranchNameProblem } from '@cpin/plugin-cloud-pi-native-common';
import type { Clock } from '../shared/clock';
import { sha1Hex } from '../shared/seeded';
import { GitBlob, blobOf } from './gitBlob';
import { lineCount, lineDiff } from './lineDiff';

/** The author or committer of a commit. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** A commit, storing only the paths it changed (`null` = deleted). */
export interface GitCommit {
  id: string;
  parentIds: string[];
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
  authoredDate: Date;
  committedDate: Date;
  changes: ReadonlyMap<string, GitBlob | null>;
  stats: { additions: number; deletions: number; total: number };
}

/** One action of a multi-file commit, as GitLab's commits API accepts them. */
export type CommitAction =
  | { action: 'create' | 'update'; filePath: string; content: Buffer }
  | { action: 'delete' | 'chmod'; filePath: string }
  | {
      action: 'move';
      filePath: string;
      previousPath: string;
      content?: Buffer;
    };

/** A refusal with the message GitLab sends (`{"message": ...}`). */
export class RepositoryError extends Error {
  constructor(message: string, readonly status: number = 400) {
    super(message);
    this.name = 'RepositoryError';
  }
}

interface Branch {
  head: string;
  tree: Map<string, GitBlob>;
}

/**
 * An in-memory Git repository with the semantics GitLab's API exposes:
 * branches, commits made of file actions, and reads at any ref. Each branch
 * keeps its materialised tree; older trees are rebuilt from commit diffs, so a
 * repository with thousands of commits stays small.
 */
export class GitRepository {
  private readonly commits = new Map<string, GitCommit>();
  private readonly branches = new Map<string, Branch>();
  private sequence = 0;

  constructor(private readonly clock: Clock, public defaultBranch: string) {}

  /** Whether the repository has no commit yet. */
  get isEmpty(): boolean {
    return this.branches.size === 0;
  }

  /** Branch names, sorted as GitLab lists them. */
  branchNames(): string[] {
    return [...this.branches.keys()].sort();
  }

  /** The head commit of a branch. */
  branchHead(name: string): GitCommit | undefined {
    const branch = this.branches.get(name);
    return branch ? this.commits.get(branch.head) : undefined;
  }

  /** Resolves a branch name, a full SHA or a unique SHA prefix (≥ 7 chars). */
  resolve(ref: string): GitCommit | undefined {
    const branch = this.branches.get(ref);
    if (branch) return this.commits.get(branch.head);
    const exact = this.commits.get(ref);
    if (exact) return exact;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...this.commits.keys()].filter(id => id.startsWith(ref));
      if (matches.length === 1) return this.commits.get(matches[0]);
    }
    return undefined;
  }

  /** Commits reachable from a commit, newest first. */
  history(fromId: string): GitCommit[] {
    const out: GitCommit[] = [];
    let current = this.commits.get(fromId);
    while (current) {
      out.push(current);
      current = current.parentIds.length
        ? this.commits.get(current.parentIds[0])
        : undefined;
    }
    return out;
  }

  /** The full tree (path → blob) at a commit. */
  treeAt(commitId: string): ReadonlyMap<string, GitBlob> {
    for (const branch of this.branches.values()) {
      if (branch.head === commitId) return branch.tree;
    }
    const tree = new Map<string, GitBlob>();
    const seen = new Set<string>();
    for (const commit of this.history(commitId)) {
      for (const [path, blob] of commit.changes) {
        if (seen.has(path)) continue;
        seen.add(path);
        if (blob) tree.set(path, blob);
      }
    }
    return tree;
  }

  /** The most recent commit (from `commitId` back) that changed `path`. */
  lastCommitTouching(commitId: string, path: string): GitCommit | undefined {
    return this.history(commitId).find(commit => commit.changes.has(path));
  }

  /** Creates a branch from a ref. */
  createBranch(name: string, ref: string): GitCommit {
    assertValidBranchName(name);
    if (this.branches.has(name)) {
      throw new RepositoryError('Branch already exists');
    }
    const commit = this.resolve(ref);
    if (!commit) throw new RepositoryError(`Invalid reference name: ${ref}`);
    this.branches.set(name, {
      head: commit.id,
      tree: new Map(this.treeAt(commit.id)),
    });
    return commit;
  }

  /** Deletes a branch (never the default one, which GitLab protects). */
  deleteBranch(name: string): void {
    if (!this.branches.has(name)) {
      throw new RepositoryError('404 Branch Not Found', 404);
    }
    if (name === this.defaultBranch) {
      throw new RepositoryError('Protected branch cannot be removed', 403);
    }
    this.branches.delete(name);
  }

  /**
   * Applies every action atomically in one commit on `branch`, creating the
   * branch from `startBranch` (or as the first branch of an empty repository).
   */
  commit(options: {
    branch: string;
    message: string;
    author: GitIdentity;
    actions: CommitAction[];
    startBranch?: string;
  }): GitCommit {
    const { branch: branchName, startBranch } = options;
    let base = this.branches.get(branchName);
    if (!base) assertValidBranchName(branchName);
    if (!base && startBranch !== undefined) {
      const start = this.branches.get(startBranch);
      if (!start)
        throw new RepositoryError(`Invalid reference name: ${startBranch}`);
      base = { head: start.head, tree: new Map(start.tree) };
    }
    if (!base && !this.isEmpty) {
      throw new RepositoryError(
        'You can only create or edit files when you are on a branch',
      );
    }
    // Actions see the base tree through an overlay of their changes, so a
    // failing action leaves the branch untouched (commits are atomic).
    const baseTree = base?.tree ?? new Map<string, GitBlob>();
    const changes = new Map<string, GitBlob | null>();
    const view: TreeView = {
      get: path =>
        changes.has(path) ? changes.get(path) ?? undefined : baseTree.get(path),
    };
    const stats = { additions: 0, deletions: 0, total: 0 };
    const superseded: Array<[GitBlob, GitBlob]> = [];
    for (const action of options.actions) {
      applyAction(view, changes, stats, superseded, action);
    }
    stats.total = stats.additions + stats.deletions;
    superseded.forEach(([older, newer]) => older.deltify(newer));
    // The branch's own tree is updated in place; other branches keep theirs.
    const tree = baseTree;
    for (const [path, blob] of changes) {
      if (blob) tree.set(path, blob);
      else tree.delete(path);
    }

    const now = this.clock();
    const parentIds = base ? [base.head] : [];
    const id = sha1Hex(
      [
        `parent ${parentIds.join(' ')}`,
        `author ${options.author.name} <${
          options.author.email
        }> ${now.getTime()}`,
        `sequence ${++this.sequence}`,
        '',
        options.message,
        ...[...changes].map(
          ([path, blob]) => `${path} ${blob?.id ?? 'deleted'}`,
        ),
      ].join('\n'),
    );
    const commit: GitCommit = {
      id,
      parentIds,
      message: options.message,
      author: options.author,
      committer: options.author,
      authoredDate: now,
      committedDate: now,
      changes,
      stats,
    };
    this.commits.set(id, commit);
    this.branches.set(branchName, { head: id, tree });
    return commit;
  }
}

/** GitLab refuses new branches whose names git refuses (`check-ref-format`). */
function assertValidBranchName(name: string): void {
  if (gitBranchNameProblem(name)) {
    throw new RepositoryError('Branch name is invalid');
  }
}

/** Normalises a repository path; GitLab refuses traversal. */
export function normalizeRepoPath(path: string): string {
  const normalized = path.replace(/^\/+|\/+$/g, '').replace(/\/{2,}/g, '/');
  if (!normalized || normalized.split('/').some(s => s === '..' || s === '.')) {
    throw new RepositoryError('file_path should be a valid file path');
  }
  return normalized;
}

interface TreeView {
  get(path: string): GitBlob | undefined;
}

function applyAction(
  tree: TreeView,
  changes: Map<string, GitBlob | null>,
  stats: { additions: number; deletions: number },
  superseded: Array<[GitBlob, GitBlob]>,
  action: CommitAction,
): void {
  const path = normalizeRepoPath(action.filePath);
  const existing = tree.get(path);
  const write = (previous: GitBlob | undefined, content: Buffer) => {
    const blob = blobOf(content);
    const diff = lineDiff(previous?.content, content);
    stats.additions += diff.additions;
    stats.deletions += diff.deletions;
    if (previous) superseded.push([previous, blob]);
    changes.set(path, blob);
  };
  switch (action.action) {
    case 'create': {
      if (existing)
        throw new RepositoryError('A file with this name already exists');
      write(undefined, action.content);
      return;
    }
    case 'update': {
      if (!existing)
        throw new RepositoryError("A file with this name doesn't exist");
      write(existing, action.content);
      return;
    }
    case 'delete': {
      if (!existing)
        throw new RepositoryError("A file with this name doesn't exist");
      stats.deletions += lineCount(existing.content);
      changes.set(path, null);
      return;
    }
    case 'move': {
      const previousPath = normalizeRepoPath(action.previousPath);
      const previous = tree.get(previousPath);
      if (!previous)
        throw new RepositoryError("A file with this name doesn't exist");
      if (existing)
        throw new RepositoryError('A file with this name already exists');
      changes.set(previousPath, null);
      write(previous, action.content ?? previous.content);
      return;
    }
    case 'chmod': {
      if (!existing)
        throw new RepositoryError("A file with this name doesn't exist");
      return;
    }
    default:
      throw new RepositoryError('Unknown action');
  }
}

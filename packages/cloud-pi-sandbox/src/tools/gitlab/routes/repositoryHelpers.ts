import type { Request, Response } from 'express';
import {
  RepositoryError,
  normalizeRepoPath,
  type GitIdentity,
} from '../gitRepository';
import type { GitlabProject } from '../gitlabStore';
import {
  sendMessage,
  stringParam,
  type GitlabApiContext,
} from './gitlabApiContext';

/** A ref (default: the default branch) resolved to a commit. */
export function resolveRef(project: GitlabProject, ref: string | undefined) {
  return project.repository.resolve(ref ?? project.repository.defaultBranch);
}

/** Runs a repository write, recording activity, or answers GitLab's error. */
export function writeOrFail<T>(
  ctx: GitlabApiContext,
  res: Response,
  project: GitlabProject,
  run: () => T,
): T | undefined {
  try {
    const result = run();
    ctx.view.store.touch(project);
    return result;
  } catch (error) {
    if (error instanceof RepositoryError) {
      sendMessage(res, error.status, error.message);
      return undefined;
    }
    throw error;
  }
}

/** A normalised repository path, or `undefined` when GitLab would refuse it. */
export function safePath(path: string): string | undefined {
  try {
    return normalizeRepoPath(path);
  } catch {
    return undefined;
  }
}

/** Decodes `content` according to `encoding` (`text` or `base64`). */
export function decode(content: string, encoding: string | undefined): Buffer {
  return encoding === 'base64'
    ? Buffer.from(content, 'base64')
    : Buffer.from(content, 'utf8');
}

/** The commit author from `author_name`/`author_email`, or the token's user. */
export function authorOf(req: Request, fallback: GitIdentity): GitIdentity {
  return {
    name: stringParam(req, 'author_name') ?? fallback.name,
    email: stringParam(req, 'author_email') ?? fallback.email,
  };
}

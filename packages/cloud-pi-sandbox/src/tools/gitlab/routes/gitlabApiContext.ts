import type { Request, Response } from 'express';
import type { GitlabView } from '../gitlabView';
import type { GitlabGroup, GitlabProject } from '../gitlabStore';

/** What every GitLab API route module needs. */
export interface GitlabApiContext {
  view: GitlabView;
  /** Public URL of `/api/v4`, for pagination links. */
  apiBaseUrl: string;
}

/** Sends GitLab's `{"message": ...}` error body. */
export function sendMessage(
  res: Response,
  status: number,
  message: unknown,
): void {
  res.status(status).json({ message });
}

/** Sends Grape's `{"error": "<param> is missing"}` for absent parameters. */
export function sendMissing(res: Response, ...params: string[]): void {
  res.status(400).json({
    error: `${params.join(', ')} ${params.length > 1 ? 'are' : 'is'} missing`,
  });
}

/** A request parameter from the JSON/form body or the query string. */
export function param(req: Request, name: string): unknown {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return body[name] ?? req.query[name];
}

/** A parameter coerced to a string, or `undefined`. */
export function stringParam(req: Request, name: string): string | undefined {
  const value = param(req, name);
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** A boolean parameter (`true`/`false`, as JSON or as a string). */
export function boolParam(req: Request, name: string): boolean | undefined {
  const value = param(req, name);
  if (value === undefined || value === null || value === '') return undefined;
  return value === true || value === 'true' || value === '1';
}

/** Loads `:id` as a project or answers GitLab's 404. */
export function loadProject(
  ctx: GitlabApiContext,
  req: Request,
  res: Response,
): GitlabProject | undefined {
  const project = ctx.view.store.findProject(req.params.id);
  if (!project) sendMessage(res, 404, '404 Project Not Found');
  return project;
}

/** Loads `:id` as a group or answers GitLab's 404. */
export function loadGroup(
  ctx: GitlabApiContext,
  req: Request,
  res: Response,
): GitlabGroup | undefined {
  const group = ctx.view.store.findGroup(req.params.id);
  if (!group) sendMessage(res, 404, '404 Group Not Found');
  return group;
}

/** GitLab's path rule for groups and projects. */
export const GITLAB_PATH = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/;

/** The path GitLab derives from a project name when no path is given. */
export function pathFromName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A `visibility` parameter, when it is one GitLab knows. */
export function visibilityParam(
  value: string | undefined,
): 'private' | 'internal' | 'public' | undefined {
  return value === 'public' || value === 'internal' || value === 'private'
    ? value
    : undefined;
}

import type { Router } from 'express';
import type { CommitAction } from '../gitRepository';
import { commitJson } from '../gitlabJson';
import { paginate } from '../pagination';
import {
  boolParam,
  loadProject,
  param,
  sendMessage,
  sendMissing,
  stringParam,
  type GitlabApiContext,
} from './gitlabApiContext';
import { authorOf, decode, resolveRef, writeOrFail } from './repositoryHelpers';

const ACTIONS = ['create', 'update', 'delete', 'move', 'chmod'];

/** Commits: list, get, and create with several file actions. */
export function registerCommitRoutes(
  router: Router,
  ctx: GitlabApiContext,
): void {
  const { store } = ctx.view;

  router.get('/projects/:id/repository/commits', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const head = resolveRef(project, stringParam(req, 'ref_name'));
    const path = stringParam(req, 'path');
    const since = stringParam(req, 'since');
    const until = stringParam(req, 'until');
    const commits = (head ? project.repository.history(head.id) : [])
      .filter(
        c =>
          !path ||
          [...c.changes.keys()].some(
            p => p === path || p.startsWith(`${path}/`),
          ),
      )
      .filter(c => !since || c.committedDate >= new Date(since))
      .filter(c => !until || c.committedDate <= new Date(until));
    const withStats = boolParam(req, 'with_stats') === true;
    res.json(
      paginate(req, res, commits, ctx.apiBaseUrl).map(c => ({
        ...commitJson(ctx.view, project, c),
        ...(withStats ? { stats: c.stats } : {}),
      })),
    );
  });

  router.get('/projects/:id/repository/commits/:sha', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const commit = project.repository.resolve(req.params.sha);
    if (!commit) {
      sendMessage(res, 404, '404 Commit Not Found');
      return;
    }
    res.json(commitJson(ctx.view, project, commit, true));
  });

  router.post('/projects/:id/repository/commits', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const branch = stringParam(req, 'branch');
    const message = stringParam(req, 'commit_message');
    const rawActions = param(req, 'actions');
    const missing = [
      !branch && 'branch',
      !message && 'commit_message',
      !Array.isArray(rawActions) && 'actions',
    ].filter(Boolean) as string[];
    if (missing.length) {
      sendMissing(res, ...missing);
      return;
    }
    const actions: CommitAction[] = [];
    for (const [index, raw] of (
      rawActions as Array<Record<string, unknown>>
    ).entries()) {
      const action = String(raw?.action ?? '');
      if (!ACTIONS.includes(action)) {
        res.status(400).json({
          error: `actions[${index}][action] does not have a valid value`,
        });
        return;
      }
      if (typeof raw.file_path !== 'string' || !raw.file_path) {
        res
          .status(400)
          .json({ error: `actions[${index}][file_path] is missing` });
        return;
      }
      if (action === 'move' && typeof raw.previous_path !== 'string') {
        res
          .status(400)
          .json({ error: `actions[${index}][previous_path] is missing` });
        return;
      }
      const content =
        typeof raw.content === 'string'
          ? decode(
              raw.content,
              typeof raw.encoding === 'string' ? raw.encoding : undefined,
            )
          : undefined;
      if (action === 'create' || action === 'update') {
        actions.push({
          action,
          filePath: raw.file_path,
          content: content ?? Buffer.alloc(0),
        });
      } else if (action === 'move') {
        actions.push({
          action,
          filePath: raw.file_path,
          previousPath: String(raw.previous_path),
          content,
        });
      } else {
        actions.push({
          action: action as 'delete' | 'chmod',
          filePath: raw.file_path,
        });
      }
    }
    const commit = writeOrFail(ctx, res, project, () =>
      project.repository.commit({
        branch: branch!,
        startBranch: stringParam(req, 'start_branch'),
        message: message!,
        author: authorOf(req, store.adminIdentity),
        actions,
      }),
    );
    if (commit)
      res.status(201).json(commitJson(ctx.view, project, commit, true));
  });
}

import type { Router } from 'express';
import { RepositoryError } from '../gitRepository';
import { branchJson } from '../gitlabJson';
import { paginate } from '../pagination';
import {
  loadProject,
  sendMessage,
  sendMissing,
  stringParam,
  type GitlabApiContext,
} from './gitlabApiContext';
import { writeOrFail } from './repositoryHelpers';

/** Branches: list, get, create, delete. */
export function registerBranchRoutes(
  router: Router,
  ctx: GitlabApiContext,
): void {
  router.get('/projects/:id/repository/branches', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const search = stringParam(req, 'search');
    const names = project.repository
      .branchNames()
      .filter(name => !search || name.includes(search));
    res.json(
      paginate(req, res, names, ctx.apiBaseUrl).map(name =>
        branchJson(ctx.view, project, name),
      ),
    );
  });

  router.get('/projects/:id/repository/branches/:branch', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    if (!project.repository.branchHead(req.params.branch)) {
      sendMessage(res, 404, '404 Branch Not Found');
      return;
    }
    res.json(branchJson(ctx.view, project, req.params.branch));
  });

  router.post('/projects/:id/repository/branches', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const branch = stringParam(req, 'branch');
    const ref = stringParam(req, 'ref');
    const missing = [!branch && 'branch', !ref && 'ref'].filter(
      Boolean,
    ) as string[];
    if (missing.length) {
      sendMissing(res, ...missing);
      return;
    }
    const created = writeOrFail(ctx, res, project, () =>
      project.repository.createBranch(branch!, ref!),
    );
    if (created) res.status(201).json(branchJson(ctx.view, project, branch!));
  });

  router.delete('/projects/:id/repository/branches/:branch', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    try {
      project.repository.deleteBranch(req.params.branch);
      res.status(204).end();
    } catch (error) {
      if (!(error instanceof RepositoryError)) throw error;
      sendMessage(res, error.status, error.message);
    }
  });
}

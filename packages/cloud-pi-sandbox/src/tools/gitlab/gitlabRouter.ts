import express, { Router, type ErrorRequestHandler } from 'express';
import { multipartFields } from '../shared/multipartFields';
import { gitlabAuth } from './gitlabAuth';
import type { GitlabView } from './gitlabView';
import { currentUserJson } from './userJson';
import { gitlabWebPages } from './gitlabWebPages';
import type { GitlabApiContext } from './routes/gitlabApiContext';
import { registerGroupRoutes } from './routes/groupRoutes';
import {
  registerPipelineRoutes,
  registerTriggerRoute,
} from './routes/pipelineRoutes';
import { registerProjectRoutes } from './routes/projectRoutes';
import { registerBranchRoutes } from './routes/branchRoutes';
import { registerCommitRoutes } from './routes/commitRoutes';
import { registerFileRoutes } from './routes/fileRoutes';
import { registerVariableRoutes } from './routes/variableRoutes';

/** GitLab release the fake reports (`GET /api/v4/version`). */
export const GITLAB_VERSION = '17.11.4';

/**
 * The GitLab v4 fake, to mount at `/gitlab`: the API under `/api/v4`, and a
 * minimal web page for every group and project URL.
 */
export function createGitlabRouter(view: GitlabView, token: string): Router {
  const ctx: GitlabApiContext = { view, apiBaseUrl: `${view.baseUrl}/api/v4` };
  const api = Router();
  api.use(express.json({ limit: '20mb' }));
  api.use(express.urlencoded({ extended: true, limit: '20mb' }));
  api.use(multipartFields());

  registerTriggerRoute(api, ctx);
  api.use(gitlabAuth(token));
  api.get('/version', (_req, res) => {
    res.json({
      version: GITLAB_VERSION,
      revision: 'a1b2c3d4e5f',
      kas: { enabled: false },
      enterprise: false,
    });
  });
  api.get('/user', (_req, res) => {
    res.json(currentUserJson(view, view.store.admin));
  });
  registerGroupRoutes(api, ctx);
  registerVariableRoutes(api, ctx, 'groups');
  registerProjectRoutes(api, ctx);
  registerVariableRoutes(api, ctx, 'projects');
  registerFileRoutes(api, ctx);
  registerCommitRoutes(api, ctx);
  registerBranchRoutes(api, ctx);
  registerPipelineRoutes(api, ctx);
  api.use((_req, res) => {
    res.status(404).json({ error: '404 Not Found' });
  });
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    res
      .status(status)
      .json(
        status === 500
          ? { message: '500 Internal Server Error' }
          : { error: String(error.message) },
      );
  };
  api.use(onError);

  const router = Router();
  router.use('/api/v4', api);
  router.use(gitlabWebPages(view, token));
  return router;
}

import type { Request, Response, Router } from 'express';
import { jobJson, jobStatus } from '../jobJson';
import { basicPipelineJson, pipelineJson } from '../pipelineJson';
import {
  pipelineStatus,
  type GitlabPipeline,
  type GitlabProject,
} from '../gitlabStore';
import { paginate } from '../pagination';
import {
  loadProject,
  param,
  sendMessage,
  sendMissing,
  stringParam,
  type GitlabApiContext,
} from './gitlabApiContext';

/** Pipeline routes: list, latest, get, variables, create. */
export function registerPipelineRoutes(
  router: Router,
  ctx: GitlabApiContext,
): void {
  const { store } = ctx.view;

  router.get('/projects/:id/pipelines', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const now = store.clock();
    const ref = stringParam(req, 'ref');
    const sha = stringParam(req, 'sha');
    const status = stringParam(req, 'status');
    const source = stringParam(req, 'source');
    const orderBy = stringParam(req, 'order_by') ?? 'id';
    const direction = stringParam(req, 'sort') === 'asc' ? 1 : -1;
    const pipelines = project.pipelines
      .filter(p => !ref || p.ref === ref)
      .filter(p => !sha || p.sha === sha)
      .filter(p => !source || p.source === source)
      .filter(p => !status || pipelineStatus(p, now) === status)
      .sort((a, b) => direction * compare(a, b, orderBy, now));
    res.json(
      paginate(req, res, pipelines, ctx.apiBaseUrl).map(p =>
        basicPipelineJson(ctx.view, project, p),
      ),
    );
  });

  router.get('/projects/:id/pipelines/latest', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const ref = stringParam(req, 'ref') ?? project.repository.defaultBranch;
    const latest = project.pipelines.filter(p => p.ref === ref).at(-1);
    if (!latest) {
      sendMessage(res, 404, '404 Not found');
      return;
    }
    res.json(pipelineJson(ctx.view, project, latest));
  });

  const loadPipeline = (req: Request, res: Response) => {
    const project = loadProject(ctx, req, res);
    if (!project) return undefined;
    const pipeline = project.pipelines.find(
      p => String(p.id) === req.params.pipelineId,
    );
    if (!pipeline) {
      sendMessage(res, 404, '404 Not found');
      return undefined;
    }
    return { project, pipeline };
  };

  router.get('/projects/:id/pipelines/:pipelineId(\\d+)', (req, res) => {
    const found = loadPipeline(req, res);
    if (found) res.json(pipelineJson(ctx.view, found.project, found.pipeline));
  });

  router.get(
    '/projects/:id/pipelines/:pipelineId(\\d+)/variables',
    (req, res) => {
      const found = loadPipeline(req, res);
      if (!found) return;
      res.json(
        found.pipeline.variables.map(v => ({
          variable_type: v.variableType,
          key: v.key,
          value: v.value,
          raw: false,
        })),
      );
    },
  );

  router.get('/projects/:id/pipelines/:pipelineId(\\d+)/jobs', (req, res) => {
    const found = loadPipeline(req, res);
    if (!found) return;
    const { project, pipeline } = found;
    const now = store.clock();
    // `scope[]=failed&scope[]=success`, or a single `scope=failed`.
    const raw = req.query.scope ?? req.query['scope[]'];
    const scopes = (raw === undefined ? [] : [raw].flat()).map(String);
    const jobs = pipeline.jobs.filter(
      job => !scopes.length || scopes.includes(jobStatus(pipeline, job, now)),
    );
    res.json(
      paginate(req, res, jobs, ctx.apiBaseUrl).map(job =>
        jobJson(ctx.view, project, pipeline, job),
      ),
    );
  });

  router.post('/projects/:id/pipeline', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const ref = stringParam(req, 'ref');
    if (!ref) {
      sendMissing(res, 'ref');
      return;
    }
    const variables = parseVariables(param(req, 'variables'));
    if (!variables) {
      res.status(400).json({ error: 'variables is invalid' });
      return;
    }
    const pipeline = startPipeline(ctx, res, project, ref, 'api', variables);
    if (pipeline)
      res.status(201).json(pipelineJson(ctx.view, project, pipeline));
  });
}

/**
 * `POST /projects/:id/trigger/pipeline`: authenticated by the trigger token in
 * the body, not by a personal token (registered before the auth middleware).
 */
export function registerTriggerRoute(
  router: Router,
  ctx: GitlabApiContext,
): void {
  router.post('/projects/:id/trigger/pipeline', (req, res) => {
    const token = stringParam(req, 'token');
    const ref = stringParam(req, 'ref');
    const missing = [!token && 'token', !ref && 'ref'].filter(
      Boolean,
    ) as string[];
    if (missing.length) {
      sendMissing(res, ...missing);
      return;
    }
    const project = ctx.view.store.findProject(req.params.id);
    if (!project || !project.triggerTokens.some(t => t.token === token)) {
      sendMessage(res, 404, '404 Not Found');
      return;
    }
    const pipeline = startPipeline(
      ctx,
      res,
      project,
      ref!,
      'trigger',
      triggerVariables(req.body as Record<string, unknown>),
    );
    if (pipeline)
      res.status(201).json(pipelineJson(ctx.view, project, pipeline));
  });
}

/** Creates a pipeline if the ref exists and carries a CI configuration file. */
function startPipeline(
  ctx: GitlabApiContext,
  res: Response,
  project: GitlabProject,
  ref: string,
  source: GitlabPipeline['source'],
  variables: GitlabPipeline['variables'],
): GitlabPipeline | undefined {
  const commit = project.repository.branchHead(ref);
  if (!commit) {
    sendMessage(res, 400, { base: ['Reference not found'] });
    return undefined;
  }
  const ciFile = project.ciConfigPath || '.gitlab-ci.yml';
  if (!project.repository.treeAt(commit.id).has(ciFile)) {
    sendMessage(res, 400, { base: ['Missing CI config file'] });
    return undefined;
  }
  return ctx.view.store.createPipeline(project, {
    ref,
    sha: commit.id,
    source,
    variables,
  });
}

function parseVariables(
  value: unknown,
): GitlabPipeline['variables'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: GitlabPipeline['variables'] = [];
  for (const item of value as Array<Record<string, unknown>>) {
    if (typeof item?.key !== 'string') return undefined;
    out.push({
      key: item.key,
      value: item.value === undefined ? '' : String(item.value),
      variableType: item.variable_type === 'file' ? 'file' : 'env_var',
    });
  }
  return out;
}

/** `variables[KEY]=value` fields (form, multipart or nested JSON object). */
function triggerVariables(
  body: Record<string, unknown>,
): GitlabPipeline['variables'] {
  const out: GitlabPipeline['variables'] = [];
  const nested = body?.variables;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [key, value] of Object.entries(nested)) {
      out.push({ key, value: String(value), variableType: 'env_var' });
    }
  }
  for (const [field, value] of Object.entries(body ?? {})) {
    const match = /^variables\[(.+)\]$/.exec(field);
    if (match)
      out.push({
        key: match[1],
        value: String(value),
        variableType: 'env_var',
      });
  }
  return out;
}

function compare(
  a: GitlabPipeline,
  b: GitlabPipeline,
  orderBy: string,
  now: Date,
): number {
  switch (orderBy) {
    case 'ref':
      return a.ref.localeCompare(b.ref) || a.id - b.id;
    case 'status':
      return (
        pipelineStatus(a, now).localeCompare(pipelineStatus(b, now)) ||
        a.id - b.id
      );
    case 'updated_at':
      return a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
    default:
      return a.id - b.id;
  }
}

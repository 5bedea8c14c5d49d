import type { Request, Router } from 'express';
import { projectJson, simpleProjectJson } from '../gitlabJson';
import { paginate } from '../pagination';
import {
  GITLAB_PATH,
  boolParam,
  loadProject,
  param,
  pathFromName,
  sendMessage,
  sendMissing,
  stringParam,
  visibilityParam,
  type GitlabApiContext,
} from './gitlabApiContext';

/** `/projects` routes: list, get, create, update, delete. */
export function registerProjectRoutes(
  router: Router,
  ctx: GitlabApiContext,
): void {
  const { store } = ctx.view;

  router.get('/projects', (req, res) => {
    const search = stringParam(req, 'search')?.toLowerCase();
    const topic = stringParam(req, 'topic');
    const searchNamespaces = boolParam(req, 'search_namespaces') === true;
    const projects = store
      .allProjects()
      .filter(p => {
        if (!search) return true;
        const haystack = searchNamespaces
          ? store.projectFullPath(p)
          : `${p.name} ${p.path}`;
        return haystack.toLowerCase().includes(search);
      })
      .filter(p => !topic || topic.split(',').every(t => p.topics.includes(t)))
      .sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
      );
    const simple = boolParam(req, 'simple') === true;
    res.json(
      paginate(req, res, projects, ctx.apiBaseUrl).map(p =>
        simple ? simpleProjectJson(ctx.view, p) : projectJson(ctx.view, p),
      ),
    );
  });

  router.get('/projects/:id', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (project) res.json(projectJson(ctx.view, project));
  });

  router.post('/projects', (req, res) => {
    const name = stringParam(req, 'name');
    const path =
      stringParam(req, 'path') ?? (name ? pathFromName(name) : undefined);
    if (!name && !path) {
      res.status(400).json({
        error:
          'name, path are missing, at least one parameter must be provided',
      });
      return;
    }
    const namespaceId = stringParam(req, 'namespace_id');
    if (!namespaceId) {
      // The fake has no personal namespaces: projects always live in a group.
      sendMissing(res, 'namespace_id');
      return;
    }
    const namespace = store.findGroup(namespaceId);
    if (!namespace) {
      sendMessage(res, 404, '404 Namespace Not Found');
      return;
    }
    if (!GITLAB_PATH.test(path!)) {
      sendMessage(res, 400, {
        path: [
          "can contain only letters, digits, '_', '-' and '.'. Cannot start with '-', end in '.git' or end in '.atom'",
        ],
      });
      return;
    }
    if (store.isPathTaken(namespace.fullPath, path!)) {
      sendMessage(res, 400, {
        'project_namespace.name': ['has already been taken'],
        name: ['has already been taken'],
        path: ['has already been taken'],
      });
      return;
    }
    const project = store.createProject({
      name: name ?? path!,
      path: path!,
      namespaceId: namespace.id,
      description: stringParam(req, 'description'),
      visibility: visibilityParam(stringParam(req, 'visibility')),
      defaultBranch: stringParam(req, 'default_branch'),
      topics: topicsParam(req),
      ciConfigPath: stringParam(req, 'ci_config_path') || null,
    });
    if (boolParam(req, 'initialize_with_readme')) {
      project.repository.commit({
        branch: project.repository.defaultBranch,
        message: 'Initial commit',
        author: store.adminIdentity,
        actions: [
          {
            action: 'create',
            filePath: 'README.md',
            content: Buffer.from(`# ${project.name}\n`),
          },
        ],
      });
    }
    res.status(201).json(projectJson(ctx.view, project));
  });

  router.put('/projects/:id', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    project.name = stringParam(req, 'name') ?? project.name;
    project.description =
      stringParam(req, 'description') ?? project.description;
    project.visibility =
      visibilityParam(stringParam(req, 'visibility')) ?? project.visibility;
    if (
      param(req, 'topics') !== undefined ||
      param(req, 'tag_list') !== undefined
    ) {
      project.topics = topicsParam(req) ?? [];
    }
    if (param(req, 'ci_config_path') !== undefined) {
      project.ciConfigPath = stringParam(req, 'ci_config_path') || null;
    }
    const defaultBranch = stringParam(req, 'default_branch');
    if (defaultBranch) project.repository.defaultBranch = defaultBranch;
    res.json(projectJson(ctx.view, project));
  });

  router.delete('/projects/:id', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    store.deleteProject(project.id);
    sendMessage(res, 202, '202 Accepted');
  });
}

function topicsParam(req: Request): string[] | undefined {
  const value = param(req, 'topics') ?? param(req, 'tag_list');
  if (value === undefined) return undefined;
  const list = Array.isArray(value)
    ? value.map(String)
    : String(value).split(',');
  return list.map(t => t.trim()).filter(Boolean);
}

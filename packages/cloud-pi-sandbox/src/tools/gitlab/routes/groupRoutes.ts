import type { Router } from 'express';
import { groupJson, projectJson, simpleProjectJson } from '../gitlabJson';
import { paginate } from '../pagination';
import {
  GITLAB_PATH,
  boolParam,
  loadGroup,
  sendMessage,
  sendMissing,
  stringParam,
  visibilityParam,
  type GitlabApiContext,
} from './gitlabApiContext';

/** `/groups` routes: list, get, create, update, delete, subgroups, projects. */
export function registerGroupRoutes(
  router: Router,
  ctx: GitlabApiContext,
): void {
  const { store } = ctx.view;

  router.get('/groups', (req, res) => {
    const search = stringParam(req, 'search')?.toLowerCase();
    const topLevelOnly = boolParam(req, 'top_level_only');
    const groups = store
      .allGroups()
      .filter(g => !topLevelOnly || g.parentId === null)
      .filter(
        g =>
          !search ||
          g.name.toLowerCase().includes(search) ||
          g.path.toLowerCase().includes(search),
      )
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    res.json(
      paginate(req, res, groups, ctx.apiBaseUrl).map(g =>
        groupJson(ctx.view, g),
      ),
    );
  });

  router.get('/groups/:id', (req, res) => {
    const group = loadGroup(ctx, req, res);
    if (!group) return;
    const withProjects = boolParam(req, 'with_projects') !== false;
    res.json({
      ...groupJson(ctx.view, group),
      ...(withProjects
        ? {
            projects: store
              .projectsOf(group.id)
              .slice(0, 100)
              .map(p => projectJson(ctx.view, p)),
            shared_projects: [],
          }
        : {}),
    });
  });

  router.post('/groups', (req, res) => {
    const name = stringParam(req, 'name');
    const path = stringParam(req, 'path');
    const missing = [!name && 'name', !path && 'path'].filter(
      Boolean,
    ) as string[];
    if (missing.length) {
      sendMissing(res, ...missing);
      return;
    }
    const parentIdParam = stringParam(req, 'parent_id');
    const parent = parentIdParam ? store.findGroup(parentIdParam) : undefined;
    if (parentIdParam && !parent) {
      sendMessage(res, 404, '404 Group Not Found');
      return;
    }
    if (!GITLAB_PATH.test(path!)) {
      sendMessage(
        res,
        400,
        `Failed to save group {:path=>["can contain only letters, digits, '_', '-' and '.'. Cannot start with '-', end in '.git' or end in '.atom'"]}`,
      );
      return;
    }
    if (store.isPathTaken(parent?.fullPath, path!)) {
      sendMessage(
        res,
        400,
        'Failed to save group {:path=>["has already been taken"]}',
      );
      return;
    }
    const group = store.createGroup({
      name: name!,
      path: path!,
      parentId: parent?.id ?? null,
      description: stringParam(req, 'description'),
      visibility: visibilityParam(stringParam(req, 'visibility')),
    });
    res.status(201).json(groupJson(ctx.view, group));
  });

  router.put('/groups/:id', (req, res) => {
    const group = loadGroup(ctx, req, res);
    if (!group) return;
    group.name = stringParam(req, 'name') ?? group.name;
    group.description = stringParam(req, 'description') ?? group.description;
    group.visibility =
      visibilityParam(stringParam(req, 'visibility')) ?? group.visibility;
    res.json(groupJson(ctx.view, group));
  });

  router.delete('/groups/:id', (req, res) => {
    const group = loadGroup(ctx, req, res);
    if (!group) return;
    store.deleteGroup(group.id);
    sendMessage(res, 202, '202 Accepted');
  });

  router.get('/groups/:id/subgroups', (req, res) => {
    const group = loadGroup(ctx, req, res);
    if (!group) return;
    const subgroups = store
      .subgroups(group.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    res.json(
      paginate(req, res, subgroups, ctx.apiBaseUrl).map(g =>
        groupJson(ctx.view, g),
      ),
    );
  });

  router.get('/groups/:id/descendant_groups', (req, res) => {
    const group = loadGroup(ctx, req, res);
    if (!group) return;
    const groups = store
      .descendants(group.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    res.json(
      paginate(req, res, groups, ctx.apiBaseUrl).map(g =>
        groupJson(ctx.view, g),
      ),
    );
  });

  router.get('/groups/:id/projects', (req, res) => {
    const group = loadGroup(ctx, req, res);
    if (!group) return;
    const search = stringParam(req, 'search')?.toLowerCase();
    const topic = stringParam(req, 'topic');
    const projects = store
      .projectsOf(group.id, boolParam(req, 'include_subgroups') === true)
      .filter(
        p =>
          !search ||
          p.name.toLowerCase().includes(search) ||
          p.path.includes(search),
      )
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
}

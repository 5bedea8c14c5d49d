import { Router, type Request, type Response } from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import { parseGoBool, queryString } from '../shared/queryParams';
import {
  artifactJson,
  errorsJson,
  projectJson,
  repositoryJson,
  type ArtifactDetails,
} from './harborJson';
import type {
  ArtifactRecord,
  HarborProjectRecord,
  HarborStore,
  RepositoryRecord,
} from './harborStore';

/** Harbor release the fake reports. */
export const HARBOR_VERSION = 'v2.13.1-2d9b6a1f';

/** What the Harbor router needs. */
export interface HarborRouterOptions {
  store: HarborStore;
  credentials: { username: string; password: string };
  /** Public URL of the Harbor stand-in (pagination links are relative, UI pages absolute). */
  baseUrl: string;
}

/**
 * The Harbor v2.0 API fake, to mount at `/harbor`: projects, repositories
 * and artifacts (tags, cosign accessories, Trivy scan overview) under
 * `/api/v2.0`, with basic authentication, and stand-in UI pages under
 * `/harbor/projects/…`.
 */
export function createHarborRouter(options: HarborRouterOptions): Router {
  const { store } = options;
  const router = Router();
  const api = Router();

  api.get('/health', (_req, res) => {
    res.json({
      status: 'healthy',
      components: ['core', 'database', 'jobservice', 'redis', 'registry'].map(
        name => ({ name, status: 'healthy' }),
      ),
    });
  });

  api.use((req, res, next) => {
    const [scheme, encoded] = (req.header('authorization') ?? '').split(' ');
    const [username, ...rest] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':');
    if (
      scheme?.toLowerCase() !== 'basic' ||
      username !== options.credentials.username ||
      rest.join(':') !== options.credentials.password
    ) {
      res.status(401).json(errorsJson('UNAUTHORIZED', 'unauthorized'));
      return;
    }
    next();
  });

  api.get('/systeminfo', (_req, res) => {
    res.json({
      harbor_version: HARBOR_VERSION,
      auth_mode: 'oidc_auth',
      primary_auth_mode: false,
      self_registration: false,
      has_ca_root: false,
      registry_url: new URL(options.baseUrl).host,
      external_url: options.baseUrl,
    });
  });

  const loadProject = (req: Request, res: Response) => {
    const value = req.params.project;
    const byName = req.header('x-is-resource-name') === 'true';
    const project =
      byName || !/^\d+$/.test(value)
        ? store.projectByName(value)
        : store.projectById(Number(value));
    if (!project) {
      res
        .status(404)
        .json(errorsJson('NOT_FOUND', `project ${value} not found`));
    }
    return project;
  };

  const loadRepository = (req: Request, res: Response) => {
    const project = loadProject(req, res);
    if (!project) return undefined;
    // `a%252Fb` arrives as `a%2Fb` once Express decoded the path.
    const image = decodeURIComponent(req.params.repository);
    const name = `${project.name}/${image}`;
    const repository = project.repositories.get(name);
    if (!repository) {
      res
        .status(404)
        .json(errorsJson('NOT_FOUND', `repository ${name} not found`));
      return undefined;
    }
    return { project, repository };
  };

  api.get('/projects/:project', (req, res) => {
    const project = loadProject(req, res);
    if (project) res.json(projectJson(project));
  });

  api.get('/projects/:project/repositories', (req, res) => {
    const project = loadProject(req, res);
    if (!project) return;
    const repositories = sortBy(
      [...project.repositories.values()],
      queryString(req, 'sort') ?? '-creation_time',
      {
        name: r => r.name,
        creation_time: r => r.createdAt.getTime(),
        update_time: r => r.updateTime.getTime(),
      },
    );
    res.json(page(req, res, repositories).map(repositoryJson));
  });

  api.get('/projects/:project/repositories/:repository', (req, res) => {
    const found = loadRepository(req, res);
    if (found) res.json(repositoryJson(found.repository));
  });

  api.get(
    '/projects/:project/repositories/:repository/artifacts',
    (req, res) => {
      const found = loadRepository(req, res);
      if (!found) return;
      const tag = /(?:^|,)tags=([^,]+)/.exec(queryString(req, 'q') ?? '')?.[1];
      const artifacts = sortBy(
        found.repository.artifacts.filter(
          a => !tag || a.tags.some(t => t.name === tag),
        ),
        queryString(req, 'sort') ?? '-push_time',
        { push_time: a => a.pushTime.getTime(), id: a => a.id },
      );
      const details = artifactDetails(req);
      res.json(
        page(req, res, artifacts).map(a =>
          artifactJson(found.repository, a, details),
        ),
      );
    },
  );

  api.get(
    '/projects/:project/repositories/:repository/artifacts/:reference',
    (req, res) => {
      const found = loadRepository(req, res);
      if (!found) return;
      const { reference } = req.params;
      const artifact = found.repository.artifacts.find(a =>
        reference.startsWith('sha256:')
          ? a.digest === reference
          : a.tags.some(t => t.name === reference),
      );
      if (!artifact) {
        res
          .status(404)
          .json(
            errorsJson(
              'NOT_FOUND',
              `artifact ${found.repository.name}:${reference} not found`,
            ),
          );
        return;
      }
      res.json(artifactJson(found.repository, artifact, artifactDetails(req)));
    },
  );

  api.use((req, res) => {
    res
      .status(404)
      .json(errorsJson('NOT_FOUND', `no route for ${req.method} ${req.path}`));
  });

  router.use('/api/v2.0', api);
  router.get(
    [
      '/harbor/projects/:id/repositories',
      '/harbor/projects/:id/repositories/:repository',
      '/harbor/projects/:id/repositories/:repository/*',
    ],
    (req: Request, res: Response) => {
      const project = store.projectById(Number(req.params.id));
      res
        .status(project ? 200 : 404)
        .type('html')
        .send(uiPage(project, req.params.repository));
    },
  );
  return router;
}

/** The `with_*` flags, with the API's defaults. */
function artifactDetails(req: Request): ArtifactDetails {
  const flag = (name: string, fallback: boolean) =>
    parseGoBool(queryString(req, name)) ?? fallback;
  return {
    tags: flag('with_tag', true),
    scanOverview: flag('with_scan_overview', false),
    accessories: flag('with_accessory', false),
  };
}

/** `sort=field` or `sort=-field` on the fields a listing knows. */
function sortBy<T>(
  items: T[],
  sort: string,
  fields: Record<string, (item: T) => string | number>,
): T[] {
  const descending = sort.startsWith('-');
  const key = fields[sort.replace(/^-/, '')];
  if (!key) return items;
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    let order = 0;
    if (x !== y) order = x < y ? -1 : 1;
    return descending ? -order : order;
  });
}

/** Harbor's pagination: `page`, `page_size` (default 10, max 100), `X-Total-Count` and `Link`. */
function page<T>(req: Request, res: Response, items: T[]): T[] {
  const number = Math.max(1, Number(queryString(req, 'page') ?? 1) || 1);
  const size = Math.min(
    100,
    Math.max(1, Number(queryString(req, 'page_size') ?? 10) || 10),
  );
  res.setHeader('X-Total-Count', String(items.length));
  const link = (target: number, rel: string) => {
    const params = new URLSearchParams(req.query as Record<string, string>);
    params.set('page', String(target));
    params.set('page_size', String(size));
    return `<${req.baseUrl}${req.path}?${params}>; rel="${rel}"`;
  };
  const links = [
    number > 1 ? link(number - 1, 'prev') : undefined,
    number * size < items.length ? link(number + 1, 'next') : undefined,
  ].filter(Boolean);
  if (links.length) res.setHeader('Link', links.join(' , '));
  return items.slice((number - 1) * size, number * size);
}

function uiPage(
  project: HarborProjectRecord | undefined,
  repository: string | undefined,
): string {
  if (!project) {
    return htmlPage({
      tool: 'Harbor',
      title: 'Project not found',
      body: '<p>No such project.</p>',
    });
  }
  const repositories = [...project.repositories.values()].filter(
    r => !repository || r.name === `${project.name}/${repository}`,
  );
  const rows = repositories
    .flatMap(r => r.artifacts.map(a => artifactRow(r, a)))
    .join('');
  return htmlPage({
    tool: 'Harbor',
    title: repository ? `${project.name}/${repository}` : project.name,
    body: `<table><tr><th>Artifact</th><th>Tags</th><th>Signed</th><th>Vulnerabilities</th></tr>${rows}</table>`,
  });
}

function artifactRow(repository: RepositoryRecord, artifact: ArtifactRecord) {
  const counts = artifact.scan?.counts;
  return `<tr><td><code>${escapeHtml(repository.name)}@${escapeHtml(
    artifact.digest.slice(0, 19),
  )}</code></td><td>${escapeHtml(
    artifact.tags.map(t => t.name).join(', '),
  )}</td><td>${artifact.signature ? 'cosign' : 'no'}</td><td>${
    counts
      ? `${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low`
      : 'not scanned'
  }</td></tr>`;
}

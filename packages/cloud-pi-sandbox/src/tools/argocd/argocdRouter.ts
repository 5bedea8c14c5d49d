import express, { Router, type Request, type Response } from 'express';
import { asyncHandler } from '../shared/asyncHandler';
import type { Clock } from '../shared/clock';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import {
  LabelSelectorError,
  matchesLabels,
  parseLabelSelector,
} from '../shared/labelSelector';
import { queryList, queryString } from '../shared/queryParams';
import { applicationJson } from './applicationJson';
import { primarySource } from './applicationTypes';
import type { ArgoSessionManager } from './argoSession';
import type { ArgoStore } from './argoStore';
import { registerOperationRoutes } from './operationRoutes';
import { resourceTree, type LiveNodesProvider } from './resourceTree';

/** Argo CD release the fake reports. */
export const ARGOCD_VERSION = 'v3.1.8+becb020';

/** What a zone's Argo CD router needs. */
export interface ArgocdRouterOptions {
  zone: string;
  store: ArgoStore;
  sessions: ArgoSessionManager;
  credentials: { username: string; password: string };
  clock: Clock;
  liveNodes: LiveNodesProvider;
  /** Public URL of this zone's Argo CD (UI links). */
  baseUrl: string;
}

/** grpc-gateway's error body, as `argocd-server` sends it. */
function sendGrpcError(
  res: Response,
  status: number,
  code: number,
  message: string,
): void {
  res.status(status).json({ error: message, code, message });
}

/**
 * The Argo CD API fake of one zone, to mount at `/argocd/<zone>`: sessions,
 * applications (list with selectors, get with refresh, resource tree, sync,
 * rollback), version, and a stand-in page per Application for UI links.
 */
export function createArgocdRouter(options: ArgocdRouterOptions): Router {
  const { zone, store, sessions, clock } = options;
  const router = Router();
  router.use('/api', express.json());

  const authenticate = async (req: Request) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(
      req.header('authorization') ?? '',
    )?.[1];
    const cookie = /(?:^|;\s*)argocd\.token=([^;]+)/.exec(
      req.header('cookie') ?? '',
    )?.[1];
    const token = bearer ?? cookie;
    if (!token) throw new Error('no session information');
    return sessions.verify(token);
  };

  router.get(
    '/api/version',
    asyncHandler(async (req, res) => {
      const loggedIn = await authenticate(req).then(
        () => true,
        () => false,
      );
      res.json(
        loggedIn
          ? {
              Version: ARGOCD_VERSION,
              BuildDate: '2025-10-15T12:00:00Z',
              GitCommit: 'becb020064fe9be5381bf6e5818ff8587ca8f377',
              GitTag: ARGOCD_VERSION.split('+')[0],
              GitTreeState: 'clean',
              GoVersion: 'go1.24.6',
              Compiler: 'gc',
              Platform: 'linux/amd64',
              KustomizeVersion: 'v5.7.0',
              HelmVersion: 'v3.18.4',
              KubectlVersion: 'v0.33.1',
              JsonnetVersion: 'v0.21.0',
            }
          : { Version: ARGOCD_VERSION },
      );
    }),
  );

  router.post(
    '/api/v1/session',
    asyncHandler(async (req, res) => {
      const { username, password } = (req.body ?? {}) as Record<
        string,
        unknown
      >;
      if (
        username !== options.credentials.username ||
        password !== options.credentials.password
      ) {
        sendGrpcError(res, 401, 16, 'Invalid username or password');
        return;
      }
      const token = await sessions.issue(String(username));
      res.setHeader(
        'set-cookie',
        `argocd.token=${token}; path=/; SameSite=lax; httpOnly`,
      );
      res.json({ token });
    }),
  );

  router.delete('/api/v1/session', (_req, res) => {
    res.setHeader('set-cookie', 'argocd.token=; path=/; Max-Age=0');
    res.json({});
  });

  router.get(
    '/api/v1/session/userinfo',
    asyncHandler(async (req, res) => {
      const session = await authenticate(req).catch(() => undefined);
      res.json(
        session
          ? {
              loggedIn: true,
              username: session.username,
              iss: 'argocd',
              groups: [],
            }
          : { loggedIn: false },
      );
    }),
  );

  router.use(
    '/api',
    asyncHandler(async (req, res, next) => {
      try {
        await authenticate(req);
      } catch (error) {
        sendGrpcError(res, 401, 16, (error as Error).message);
        return;
      }
      next();
    }),
  );

  router.get('/api/v1/applications', (req, res) => {
    let requirements;
    try {
      requirements = parseLabelSelector(queryString(req, 'selector') ?? '');
    } catch (error) {
      if (!(error instanceof LabelSelectorError)) throw error;
      sendGrpcError(
        res,
        400,
        3,
        `error parsing the selector: ${error.message}`,
      );
      return;
    }
    const projects = [
      ...queryList(req, 'projects'),
      ...queryList(req, 'project'),
    ];
    const name = queryString(req, 'name');
    const repo = queryString(req, 'repo');
    const now = clock();
    const items = store
      .list(zone)
      .filter(app => !name || app.name === name)
      .filter(app => !projects.length || projects.includes(app.spec.project))
      .filter(
        app =>
          !repo ||
          [app.spec.source, ...(app.spec.sources ?? [])].some(
            source => source?.repoURL === repo,
          ),
      )
      .filter(app => matchesLabels(requirements, app.labels))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(app =>
        applicationJson(
          app,
          store.syncStatus(app),
          now,
          store.revisionsOf(app),
        ),
      );
    res.json({ metadata: { resourceVersion: store.resourceVersion }, items });
  });

  const loadApp = (req: Request, res: Response, param: string) => {
    const app = store.get(zone, req.params[param]);
    const project = queryString(req, 'project');
    if (!app || (project && app.spec.project !== project)) {
      sendGrpcError(
        res,
        404,
        5,
        `applications.argoproj.io "${req.params[param]}" not found`,
      );
      return undefined;
    }
    return app;
  };

  router.get('/api/v1/applications/:name', (req, res) => {
    const app = loadApp(req, res, 'name');
    if (!app) return;
    if (queryString(req, 'refresh')) store.refresh(app);
    res.json(
      applicationJson(
        app,
        store.syncStatus(app),
        clock(),
        store.revisionsOf(app),
      ),
    );
  });

  registerOperationRoutes(router, { zone, store, clock });

  router.get(
    '/api/v1/applications/:applicationName/resource-tree',
    (req, res) => {
      const app = loadApp(req, res, 'applicationName');
      if (app) res.json(resourceTree(app, options.liveNodes));
    },
  );

  router.use('/api', (_req, res) => {
    sendGrpcError(res, 404, 5, 'Not Found');
  });

  router.get(
    ['/applications/:name', '/applications/argocd/:name'],
    (req, res) => {
      const app = store.get(zone, req.params.name);
      res
        .status(app ? 200 : 404)
        .type('html')
        .send(
          htmlPage({
            tool: `Argo CD · zone ${zone}`,
            title: app ? app.name : 'Application not found',
            body: app
              ? `<p>Project <code>${escapeHtml(
                  app.spec.project,
                )}</code>, destination <code>${escapeHtml(
                  app.spec.destination.name ?? '',
                )}/${escapeHtml(
                  app.spec.destination.namespace ?? '',
                )}</code>.</p>
<p>Sync <strong>${store.syncStatus(app)}</strong> · Health <strong>${
                  app.health
                }</strong>${
                  app.healthMessage ? ` (${escapeHtml(app.healthMessage)})` : ''
                } · Revision <code>${app.revision.slice(0, 8)}</code></p>
<p>Source <code>${escapeHtml(
                  primarySource(app.spec).repoURL,
                )}</code> path <code>${escapeHtml(
                  primarySource(app.spec).path ?? '',
                )}</code> at <code>${escapeHtml(
                  primarySource(app.spec).targetRevision ?? 'HEAD',
                )}</code>.</p>`
              : '<p>No such application in this zone.</p>',
          }),
        );
    },
  );
  router.get(['/', '/applications'], (req, res) => {
    const search = queryString(req, 'search') ?? '';
    const apps = store.list(zone).filter(app => app.name.includes(search));
    const rows = apps
      .map(
        app =>
          `<tr><td><a href="${escapeHtml(
            `${options.baseUrl}/applications/${app.name}`,
          )}">${escapeHtml(app.name)}</a></td><td>${store.syncStatus(
            app,
          )}</td><td>${app.health}</td></tr>`,
      )
      .join('');
    res.type('html').send(
      htmlPage({
        tool: `Argo CD · zone ${zone}`,
        title: 'Applications',
        body: `<table><tr><th>Name</th><th>Sync</th><th>Health</th></tr>${rows}</table>`,
      }),
    );
  });
  return router;
}

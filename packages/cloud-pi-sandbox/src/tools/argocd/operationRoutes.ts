import type { Request, Response, Router } from 'express';
import type { Clock } from '../shared/clock';
import { applicationJson } from './applicationJson';
import { isAutomated, type ArgoStore } from './argoStore';

/** grpc-gateway's error body, as `argocd-server` sends it. */
function grpcError(
  res: Response,
  status: number,
  code: number,
  message: string,
) {
  res.status(status).json({ error: message, code, message });
}

/**
 * `POST /api/v1/applications/{name}/sync` and `…/rollback` of one zone's
 * Argo CD. Like `argocd-server`, a `project` that is not the Application's
 * answers 404 (the application "does not exist in that project"); a
 * rollback is refused while automated sync is on, or for an unknown history
 * id. The operation completes at once (a real one runs asynchronously: the
 * response then shows it requested, not finished).
 */
export function registerOperationRoutes(
  router: Router,
  options: { zone: string; store: ArgoStore; clock: Clock },
): void {
  const { zone, store, clock } = options;

  const load = (req: Request, res: Response) => {
    const { name } = req.params;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const app = store.get(zone, name);
    const project = typeof body.project === 'string' ? body.project : '';
    // Without a project, Argo CD hides whether the application exists.
    if (!app && !project) {
      grpcError(res, 403, 7, 'permission denied');
      return undefined;
    }
    if (!app || (project && app.spec.project !== project)) {
      grpcError(res, 404, 5, `applications.argoproj.io "${name}" not found`);
      return undefined;
    }
    return { app, body };
  };

  router.post('/api/v1/applications/:name/sync', (req, res) => {
    const found = load(req, res);
    if (!found) return;
    const { app, body } = found;
    if (body.dryRun === true) {
      res.json(
        applicationJson(
          app,
          store.syncStatus(app),
          clock(),
          store.revisionsOf(app),
        ),
      );
      return;
    }
    const synced = store.deploy(app, store.targetRevision(app));
    res.json(
      applicationJson(
        synced,
        store.syncStatus(synced),
        clock(),
        store.revisionsOf(synced),
      ),
    );
  });

  router.post('/api/v1/applications/:name/rollback', (req, res) => {
    const found = load(req, res);
    if (!found) return;
    const { app, body } = found;
    const id = Number(body.id);
    if (!Number.isSafeInteger(id) || id < 0) {
      grpcError(res, 400, 3, 'invalid value for id');
      return;
    }
    if (isAutomated(app)) {
      grpcError(
        res,
        400,
        9,
        'rollback cannot be initiated when auto-sync is enabled',
      );
      return;
    }
    const entry = app.history.find(h => h.id === id);
    if (!entry) {
      grpcError(
        res,
        400,
        3,
        `application argocd/${app.name} does not have deployment with id ${id}`,
      );
      return;
    }
    const rolledBack =
      body.dryRun === true ? app : store.deploy(app, entry.revision);
    res.json(
      applicationJson(
        rolledBack,
        store.syncStatus(rolledBack),
        clock(),
        store.revisionsOf(rolledBack),
      ),
    );
  });
}

import { Router } from 'express';
import { registerMeasureRoutes } from './measureRoutes';
import { registerProjectRoutes } from './projectRoutes';
import { SonarApiContext, sendErrors } from './sonarApiContext';
import { sonarIdentity } from './sonarAuth';
import type { SonarStore } from './sonarStore';
import { sonarWebPages } from './sonarWebPages';

/** SonarQube release the fake reports. */
export const SONARQUBE_VERSION = '10.7.0.96327';
const SERVER_ID = '147B411E-AYB7dkKAr1DOr8Ivbh4Q';
const PUBLIC = new Set([
  '/api/system/status',
  '/api/server/version',
  '/api/authentication/validate',
]);

/**
 * The SonarQube Web API fake, to mount at `/sonarqube`: the read endpoints the
 * Backstage SonarQube plugins and the portal call, under `/api`, plus a
 * dashboard page per project (`/dashboard?id=<key>`).
 */
export function createSonarqubeRouter(
  store: SonarStore,
  baseUrl: string,
): Router {
  const router = Router();

  router.use((req, res, next) => {
    const identity = sonarIdentity(store, req);
    res.locals.identity = identity;
    // Like UserSessionInitializer: a web service without a valid session stops with a bare 401.
    if (req.path.startsWith('/api/') && !PUBLIC.has(req.path) && !identity) {
      res.status(401).end();
      return;
    }
    next();
  });

  router.get('/api/system/status', (_req, res) => {
    res.json(
      res.locals.identity
        ? { id: SERVER_ID, version: SONARQUBE_VERSION, status: 'UP' }
        : { status: 'UP' },
    );
  });
  router.get('/api/server/version', (_req, res) => {
    res.type('text/plain').send(SONARQUBE_VERSION);
  });
  router.get('/api/authentication/validate', (_req, res) => {
    res.json({ valid: Boolean(res.locals.identity) });
  });

  const ctx = new SonarApiContext(store);
  registerProjectRoutes(router, ctx);
  registerMeasureRoutes(router, ctx);
  router.use('/api', (req, res) => {
    sendErrors(res, 404, `Unknown url : /api${req.path}`);
  });
  router.use(sonarWebPages(store, baseUrl));
  return router;
}

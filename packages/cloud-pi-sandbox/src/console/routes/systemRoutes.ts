import { Router } from 'express';
import { unauthorized, parseRequest } from '../errors';
import { logsQuerySchema, matchingUsersQuerySchema } from '../schemas';
import { userWithRolesView } from '../views';
import { handle, type RouteContext } from './context';

/** Tools whose health the console monitors and that the sandbox runs. */
const MONITORED_SERVICES = [
  'ArgoCD',
  'Gitlab',
  'Keycloak',
  'SonarQube',
  'Vault',
];
const MONITOR_INTERVAL_MS = 5 * 60 * 1000;

/** Version, health, users, logs and other legacy routes. */
export function systemRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { services } = ctx;
  const { settings } = services.deps;

  // Public routes.
  router.get('/api/v1/version', (_req, res) => {
    res.json({ version: settings.consoleVersion });
  });
  router.get('/api/v1/healthz', (_req, res) => {
    res.json({ status: 'OK' });
  });
  router.get('/api/v1/health-services', (_req, res) => {
    const now = Date.now();
    res.json(
      MONITORED_SERVICES.map(name => ({
        name,
        status: 'OK',
        interval: MONITOR_INTERVAL_MS,
        lastUpdateTimestamp: now,
        message: 'OK',
      })),
    );
  });

  router.get(
    '/api/v1/users/matching',
    handle(async (req, res) => {
      await ctx.auth.keycloakAdapterOnly(req);
      const query = parseRequest(matchingUsersQuerySchema, req.query, 'query');
      res.json(services.users.matching(query.letters, query.notInProjectId));
    }),
  );

  // Session or Bearer callers only: no session user exists for tokens.
  router.get(
    '/api/v1/auth',
    handle(async (req, res) => {
      if (req.header('x-dso-token') !== undefined) throw unauthorized();
      const requestor = await ctx.auth.authenticate(req, 'legacy');
      res.json(userWithRolesView(requestor.user));
    }),
  );

  router.get(
    '/api/v1/admin/roles',
    handle(async (req, res) => {
      await ctx.auth.keycloakAdapterOnly(req);
      res.json(services.users.adminRoles());
    }),
  );

  router.get(
    '/api/v1/system/settings',
    handle(async (req, res) => {
      await ctx.auth.keycloakAdapterOnly(req);
      const key = typeof req.query.key === 'string' ? req.query.key : undefined;
      res.json(services.users.systemSettings(key));
    }),
  );

  router.get(
    '/api/v1/logs',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'legacy');
      const query = parseRequest(logsQuerySchema, req.query, 'query');
      res.json(services.logs.page(requestor, query));
    }),
  );

  return router;
}

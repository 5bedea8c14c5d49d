import { randomUUID } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import type { Authenticator } from './auth/authenticate';
import { legacyErrorHandler, nestErrorHandler } from './errors';
import { deploymentRoutes } from './routes/deploymentRoutes';
import { environmentRoutes } from './routes/environmentRoutes';
import { platformRoutes } from './routes/platformRoutes';
import { projectRoutes } from './routes/projectRoutes';
import { repositoryRoutes } from './routes/repositoryRoutes';
import { serviceRoutes } from './routes/serviceRoutes';
import { systemRoutes } from './routes/systemRoutes';
import { teamRoutes } from './routes/teamRoutes';
import { tokenRoutes } from './routes/tokenRoutes';
import type { ConsoleServices } from './services';
import { uiPages } from './uiPages';

/** What the console app is built from. */
export interface ConsoleAppOptions {
  services: ConsoleServices;
  auth: Authenticator;
}

/** Paths the nginx strangler sends to NestJS; the rest goes to legacy. */
export function isNestPath(path: string): boolean {
  return path.startsWith('/api/v1/projects') || path.startsWith('/api/v2/');
}

function nestNotFound(req: Request, res: Response) {
  res.status(404).json({
    statusCode: 404,
    message: `Cannot ${req.method} ${req.path}`,
    error: 'Not Found',
  });
}

function legacyNotFound(req: Request, res: Response) {
  res.status(404).json({
    statusCode: 404,
    message: `Route ${req.method}:${req.path} not found`,
    error: 'Not Found',
  });
}

/**
 * The console stand-in, meant to be mounted at `/console`: NestJS routes
 * (projects, members, roles, services, v2) and legacy routes (platform,
 * tokens, logs, system), each with its own error bodies.
 */
export function createConsoleApp(options: ConsoleAppOptions): Router {
  const ctx = { services: options.services, auth: options.auth };
  const json = express.json({ limit: '1mb' });

  const nest = Router();
  nest.use(json);
  nest.use(projectRoutes(ctx));
  nest.use(environmentRoutes(ctx));
  nest.use(repositoryRoutes(ctx));
  nest.use(deploymentRoutes(ctx));
  nest.use(teamRoutes(ctx));
  nest.use(serviceRoutes(ctx));
  nest.use(nestNotFound);
  nest.use(nestErrorHandler);

  const legacy = Router();
  legacy.use(json);
  legacy.use(systemRoutes(ctx));
  legacy.use(platformRoutes(ctx));
  legacy.use(tokenRoutes(ctx));
  legacy.use((req, res, next) =>
    req.path.startsWith('/api/') ? legacyNotFound(req, res) : next(),
  );
  legacy.use(legacyErrorHandler);

  const app = Router();
  app.use((_req, res, next) => {
    res.locals.requestId = randomUUID();
    next();
  });
  app.use((req, res, next) =>
    isNestPath(req.path) ? nest(req, res, next) : legacy(req, res, next),
  );
  app.use(uiPages(options.services.deps.store));
  return app;
}

import type { LoggerService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';

/** Dependencies of the plugin router. */
export interface RouterOptions {
  logger: LoggerService;
}

/** Builds the HTTP router of the plugin. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json());
  router.get('/health', (_req, res) => {
    options.logger.debug('health check');
    res.json({ status: 'ok' });
  });
  return router;
}

import {
  type MiddlewareFactory,
  rootHttpRouterServiceFactory,
} from '@backstage/backend-defaults/rootHttpRouter';
import type { LoggerService } from '@backstage/backend-plugin-api';

type RequestHandler = ReturnType<MiddlewareFactory['logging']>;

/**
 * Logs each HTTP request at debug level, with the fields of Backstage's own
 * request log (`type: incomingRequest`), so that `LOG_LEVEL=debug` shows them.
 */
export function debugRequestLogging(logger: LoggerService): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      logger.debug(`${req.method} ${req.originalUrl} ${res.statusCode}`, {
        type: 'incomingRequest',
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
      });
    });
    next();
  };
}

/**
 * The root HTTP router with Backstage's defaults, except that in development
 * (`yarn start`) requests are logged at debug level: at info level the
 * portal's own polling buries every other line of the start output.
 * Production keeps Backstage's info-level access log.
 */
export const rootHttpRouterWithQuietRequests = rootHttpRouterServiceFactory({
  configure({ applyDefaults, middleware, logger }) {
    if (process.env.NODE_ENV === 'development') {
      // applyDefaults installs `middleware.logging()`: swap in the debug one.
      middleware.logging = () => debugRequestLogging(logger);
    }
    applyDefaults();
  },
});

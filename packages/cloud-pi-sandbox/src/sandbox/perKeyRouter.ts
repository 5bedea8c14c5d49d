import express, { type Router } from 'express';

/** Mounts one router per key (zone slug, cluster label), created on first use. */
export function perKeyRouter(
  kind: string,
  exists: (key: string) => boolean,
  create: (key: string) => Router,
): Router {
  const routers = new Map<string, Router>();
  const router = express.Router({ mergeParams: true });
  router.use('/:key', (req, res, next) => {
    const { key } = req.params;
    if (!exists(key)) {
      res.status(404).json({ message: `Unknown ${kind} ${key}` });
      return;
    }
    let target = routers.get(key);
    if (!target) {
      target = create(key);
      routers.set(key, target);
    }
    target(req, res, next);
  });
  return router;
}

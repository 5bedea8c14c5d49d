import express, { Router } from 'express';
import { z } from 'zod';
import type { FaultController } from './FaultController';
import type { FaultRule } from './faultRules';
import type { RequestStats } from './RequestStats';

function ruleJson(rule: FaultRule) {
  return {
    ...rule,
    pathRegex:
      rule.pathRegex instanceof RegExp ? rule.pathRegex.source : rule.pathRegex,
  };
}

const latencySchema = z.object({ latencyMs: z.number().min(0) });

/**
 * `/_sandbox`: drives faults and reads counters from another process
 * (the control plane itself is never faulted nor counted).
 */
export function controlRouter(
  faults: FaultController,
  stats: RequestStats,
  settled: () => Promise<void>,
): Router {
  const router = Router();
  router.use(express.json());

  // Waits for the provisioning the console runs in the background (deployments).
  router.get('/settled', (_req, res, next) => {
    settled().then(() => res.status(204).end(), next);
  });

  router.get('/faults', (_req, res) => {
    res.json(faults.list().map(ruleJson));
  });
  router.post('/faults', (req, res) => {
    try {
      res.status(201).json(ruleJson(faults.add(req.body)));
    } catch (error) {
      if (error instanceof z.ZodError) {
        res
          .status(400)
          .json({ message: 'Invalid fault rule', issues: error.issues });
        return;
      }
      res.status(400).json({ message: (error as Error).message });
    }
  });
  router.delete('/faults', (_req, res) => {
    faults.clear();
    res.status(204).end();
  });
  router.delete('/faults/:id', (req, res) => {
    res.status(faults.remove(req.params.id) ? 204 : 404).end();
  });

  router.get('/latency', (_req, res) => {
    res.json({ latencyMs: faults.latencyMs });
  });
  router.put('/latency', (req, res) => {
    const parsed = latencySchema.safeParse(req.body);
    if (!parsed.success) {
      res
        .status(400)
        .json({ message: 'Invalid latency', issues: parsed.error.issues });
      return;
    }
    faults.latencyMs = parsed.data.latencyMs;
    res.json({ latencyMs: faults.latencyMs });
  });

  router.get('/stats', (_req, res) => {
    res.json(stats.snapshot());
  });
  router.delete('/stats', (_req, res) => {
    stats.reset();
    res.status(204).end();
  });
  return router;
}

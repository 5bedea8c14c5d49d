import type { RequestHandler, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import type { FaultController } from './FaultController';
import type { FaultAction } from './faultRules';
import type { RequestStats } from './RequestStats';
import type { TimerRegistry } from './TimerRegistry';

function sendBody(res: Response, status: number, body: unknown): void {
  res.status(status);
  if (typeof body === 'string') res.type('text/plain').send(body);
  else res.json(body ?? { message: STATUS_CODES[status] ?? 'Error' });
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Buffers what the real handler writes, then sends only the first part with
 * the full `Content-Length` and drops the connection: the client sees a
 * truncated JSON body.
 */
function truncate(res: Response, ratio: number): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (
    chunk: Buffer,
    cb?: WriteCallback,
  ) => boolean;
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          String(chunk),
          (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding,
        );

  res.write = ((chunk: unknown, encoding?: unknown) => {
    if (chunk !== undefined && chunk !== null)
      chunks.push(toBuffer(chunk, encoding));
    return true;
  }) as Response['write'];

  res.end = ((chunk?: unknown, encoding?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(toBuffer(chunk, encoding));
    }
    const body = Buffer.concat(chunks);
    if (!res.headersSent) res.setHeader('Content-Length', String(body.length));
    const cut =
      body.length === 0 ? 0 : Math.max(1, Math.floor(body.length * ratio));
    write(body.subarray(0, cut), () => res.socket?.destroy());
    return res;
  }) as Response['end'];
}

function apply(
  action: FaultAction,
  res: Response,
  next: () => void,
  timers: TimerRegistry,
): void {
  switch (action.kind) {
    case 'delay':
      timers.schedule(action.ms, next);
      return;
    case 'status':
      if (action.headers) res.set(action.headers);
      sendBody(res, action.status, action.body);
      return;
    case 'rateLimit':
      res.set('Retry-After', String(action.retryAfterSeconds));
      sendBody(res, 429, action.body ?? { message: 'Too Many Requests' });
      return;
    case 'timeout':
      // Hold the request: the socket stays open until the client gives up
      // or the sandbox stops (which destroys every socket).
      return;
    case 'truncate':
      truncate(res, action.ratio);
      next();
      return;
    default:
      next();
  }
}

/**
 * Counts the request, adds the global latency, then applies the first
 * matching fault rule, before any sub-app sees the request.
 */
export function faultMiddleware(
  faults: FaultController,
  stats: RequestStats,
  timers: TimerRegistry,
): RequestHandler {
  return (req, res, next) => {
    stats.record(req.method, req.path);
    const proceed = () => {
      const action = faults.take(req.method, req.path);
      if (action) apply(action, res, next, timers);
      else next();
    };
    if (faults.latencyMs > 0) timers.schedule(faults.latencyMs, proceed);
    else proceed();
  };
}

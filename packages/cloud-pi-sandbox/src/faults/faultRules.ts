import { z } from 'zod';

/** What a fault does to a matching request. @public */
export const faultActionSchema = z.discriminatedUnion('kind', [
  /** Waits `ms` before handling the request normally. */
  z.object({
    kind: z.literal('delay'),
    ms: z.number().int().min(0).max(600_000),
  }),
  /** Answers `status` with `body` (JSON, or text when a string) instead. */
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(100).max(599),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  }),
  /** Answers 429 with a `Retry-After` header. */
  z.object({
    kind: z.literal('rateLimit'),
    retryAfterSeconds: z.number().int().min(0).default(1),
    body: z.unknown().optional(),
  }),
  /** Never answers: the client has to give up. */
  z.object({ kind: z.literal('timeout') }),
  /** Sends the first `ratio` of the real body, then drops the connection. */
  z.object({
    kind: z.literal('truncate'),
    ratio: z.number().gt(0).lt(1).default(0.5),
  }),
]);

/** What a fault does to a matching request. @public */
export type FaultAction = z.infer<typeof faultActionSchema>;

const matcherSchema = z
  .object({
    /** HTTP method, any when omitted. */
    method: z.string().min(1).optional(),
    /** Glob on the full path: `*` within a segment, `**` across segments. */
    path: z.string().startsWith('/').optional(),
    /** Regular expression on the full path (a string over HTTP). */
    pathRegex: z.union([z.string().min(1), z.instanceof(RegExp)]).optional(),
    /** Apply this many times, then remove the rule; forever when omitted. */
    times: z.number().int().min(1).optional(),
  })
  .refine(m => (m.path === undefined) !== (m.pathRegex === undefined), {
    error: 'Give exactly one of path (glob) or pathRegex.',
  });

/**
 * A fault rule as callers write it (TypeScript or `POST /_sandbox/faults`).
 *
 * @public
 */
export const faultRuleInputSchema = z.intersection(
  matcherSchema,
  faultActionSchema,
);

/** A fault rule as callers write it. @public */
export type FaultRuleInput = z.input<typeof faultRuleInputSchema>;

/** A registered fault rule. @public */
export type FaultRule = z.infer<typeof faultRuleInputSchema> & {
  id: string;
  /** How many times it applied so far. */
  applied: number;
};

import { JsonValue } from '@backstage/types';

/** The checkpoint function of an action context. */
export type CheckpointFn = <T extends JsonValue | void>(opts: {
  key: string;
  fn: () => Promise<T> | T;
}) => Promise<T>;

/**
 * Runs a side effect once per task: its full result is stored as JSON under
 * `key`, and a retried or recovered task gets the stored result back instead
 * of running the side effect again. Keys must be deterministic and must never
 * contain a secret value.
 */
export async function checkpointJson<T extends object>(
  ctx: { checkpoint: CheckpointFn },
  key: string,
  fn: () => Promise<T>,
): Promise<T> {
  const stored = await ctx.checkpoint<JsonValue>({
    key,
    fn: async () => JSON.parse(JSON.stringify(await fn())) as JsonValue,
  });
  // The stored value is the JSON form of T (undefined properties dropped).
  return stored as unknown as T;
}

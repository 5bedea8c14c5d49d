/** Runs a task once a slot is free. @public */
export type CloudPiLimiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A limiter running at most `limit` tasks at once; the others wait in FIFO
 * order. Share one limiter to bound fan-out across several call sites.
 *
 * @public
 */
export function createLimiter(limit: number): CloudPiLimiter {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(
      `Concurrency limit must be a positive integer, got ${limit}`,
    );
  }
  let active = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    active--;
    waiting.shift()?.();
  };

  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) {
      await new Promise<void>(resolve => waiting.push(resolve));
    }
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/**
 * Maps `items` with at most `limit` calls of `fn` in flight, keeping the
 * order of the results. On the first failure no new call is started and the
 * returned promise rejects with that error.
 *
 * @public
 */
export async function mapWithConcurrency<T, R>(
  items: Iterable<T>,
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(
      `Concurrency limit must be a positive integer, got ${limit}`,
    );
  }
  const list = [...items];
  const results = new Array<R>(list.length);
  let next = 0;
  let failed = false;

  const worker = async () => {
    while (!failed && next < list.length) {
      const index = next++;
      try {
        results[index] = await fn(list[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };

  await Promise.all(
    Array.from({ length: Math.min(limit, list.length) }, worker),
  );
  return results;
}

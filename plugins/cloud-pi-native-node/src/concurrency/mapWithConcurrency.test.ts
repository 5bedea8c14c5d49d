import { createLimiter, mapWithConcurrency } from './mapWithConcurrency';

/** A task whose completion the test controls, recording peak parallelism. */
function tracker() {
  let active = 0;
  let peak = 0;
  return {
    get peak() {
      return peak;
    },
    async run<T>(value: T, ms: number): Promise<T> {
      active++;
      peak = Math.max(peak, active);
      await new Promise(resolve => setTimeout(resolve, ms));
      active--;
      return value;
    },
  };
}

describe('mapWithConcurrency', () => {
  it('keeps the order of the results and never exceeds the limit', async () => {
    const t = tracker();
    const items = [30, 5, 20, 1, 10, 15, 2];

    const results = await mapWithConcurrency(items, 3, (ms, index) =>
      t.run(`${index}:${ms}`, ms),
    );

    expect(results).toEqual(items.map((ms, index) => `${index}:${ms}`));
    expect(t.peak).toBe(3);
  });

  it('stops starting new calls after a failure and rejects with it', async () => {
    const started: number[] = [];

    const result = mapWithConcurrency([1, 2, 3, 4, 5, 6], 2, async item => {
      started.push(item);
      await new Promise(resolve => setTimeout(resolve, 5));
      if (item === 2) throw new Error('boom on 2');
      return item;
    });

    await expect(result).rejects.toThrow('boom on 2');
    expect(started).toEqual([1, 2, 3]);
  });

  it('handles an empty list', async () => {
    await expect(mapWithConcurrency([], 4, async () => 1)).resolves.toEqual([]);
  });

  it.each([0, -1, 1.5])('refuses the limit %p', async limit => {
    await expect(mapWithConcurrency([1], limit, async x => x)).rejects.toThrow(
      RangeError,
    );
  });
});

describe('createLimiter', () => {
  it('bounds tasks scheduled from several call sites', async () => {
    const t = tracker();
    const limit = createLimiter(2);

    const results = await Promise.all([
      limit(() => t.run('a', 10)),
      limit(() => t.run('b', 10)),
      Promise.all([limit(() => t.run('c', 5)), limit(() => t.run('d', 5))]),
    ]);

    expect(results).toEqual(['a', 'b', ['c', 'd']]);
    expect(t.peak).toBe(2);
  });

  it('frees the slot of a failed task', async () => {
    const limit = createLimiter(1);

    await expect(
      limit(async () => Promise.reject(new Error('x'))),
    ).rejects.toThrow('x');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});

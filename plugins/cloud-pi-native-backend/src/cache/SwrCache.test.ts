import { CacheService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { JsonValue } from '@backstage/types';
import { SwrCache } from './SwrCache';

/** A cache store honouring TTLs on a fake clock, as the memory and Redis stores do. */
function fakeStore(clock: { now: number }) {
  const entries = new Map<string, { value: JsonValue; expiresAt: number }>();
  const store: CacheService = {
    async get<T extends JsonValue>(key: string) {
      const entry = entries.get(key);
      if (!entry || entry.expiresAt <= clock.now) return undefined;
      // Like Redis: what comes back is a copy that went through JSON.
      return JSON.parse(JSON.stringify(entry.value)) as T;
    },
    async set(key, value, options) {
      const ttl = typeof options?.ttl === 'number' ? options.ttl : Infinity;
      entries.set(key, { value, expiresAt: clock.now + ttl });
    },
    async delete(key) {
      entries.delete(key);
    },
    withOptions: () => store,
  };
  return { store, entries };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('SwrCache', () => {
  const clock = { now: 1_000_000 };
  let store: ReturnType<typeof fakeStore>;
  let swr: SwrCache;

  beforeEach(() => {
    clock.now = 1_000_000;
    store = fakeStore(clock);
    swr = new SwrCache({
      cache: store.store,
      logger: mockServices.logger.mock(),
      staleWhileRevalidateMs: 5_000,
      now: () => clock.now,
    });
  });

  it('loads once, then serves from the cache while fresh', async () => {
    const load = jest.fn(async () => ({ value: { n: 1 }, freshMs: 1_000 }));

    const first = await swr.getWithOutcome('k', load);
    clock.now += 999;
    const second = await swr.getWithOutcome('k', load);

    expect(first).toEqual({ value: { n: 1 }, outcome: 'loaded' });
    expect(second).toEqual({ value: { n: 1 }, outcome: 'fresh' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.entries.get('k')?.expiresAt).toBe(1_000_000 + 1_000 + 5_000);
  });

  it('coalesces concurrent loads of the same key', async () => {
    const gate = deferred<void>();
    const load = jest.fn(async () => {
      await gate.promise;
      return { value: 'v', freshMs: 1_000 };
    });

    const results = Promise.all([
      swr.get('k', load),
      swr.get('k', load),
      swr.get('k', load),
    ]);
    gate.resolve();

    await expect(results).resolves.toEqual(['v', 'v', 'v']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares a failure with every waiting caller and caches nothing', async () => {
    const load = jest
      .fn()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce({ value: 'back', freshMs: 1_000 });

    const failures = await Promise.allSettled([
      swr.get('k', load),
      swr.get('k', load),
    ]);

    expect(failures.map(f => f.status)).toEqual(['rejected', 'rejected']);
    await expect(swr.get('k', load)).resolves.toBe('back');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('serves a stale value at once and refreshes it in the background when allowed', async () => {
    await swr.get('k', async () => ({ value: 'old', freshMs: 1_000 }));
    clock.now += 2_000;
    const refresh = deferred<void>();
    const load = jest.fn(async () => {
      await refresh.promise;
      return { value: 'new', freshMs: 1_000 };
    });

    const stale = await swr.getWithOutcome('k', load, { allowStale: true });
    const again = await swr.getWithOutcome('k', load, { allowStale: true });
    refresh.resolve();
    await new Promise(setImmediate);

    expect(stale).toEqual({ value: 'old', outcome: 'stale' });
    expect(again.value).toBe('old');
    expect(load).toHaveBeenCalledTimes(1);
    await expect(swr.getWithOutcome('k', load)).resolves.toEqual({
      value: 'new',
      outcome: 'fresh',
    });
  });

  it('never serves stale data to callers that did not allow it', async () => {
    await swr.get('k', async () => ({ value: 'old', freshMs: 1_000 }));
    clock.now += 2_000;

    await expect(
      swr.getWithOutcome('k', async () => ({ value: 'new', freshMs: 1_000 })),
    ).resolves.toEqual({ value: 'new', outcome: 'loaded' });
  });

  it('reloads past the stale window', async () => {
    await swr.get('k', async () => ({ value: 'old', freshMs: 1_000 }));
    clock.now += 1_000 + 5_000;

    await expect(
      swr.getWithOutcome('k', async () => ({ value: 'new', freshMs: 1_000 }), {
        allowStale: true,
      }),
    ).resolves.toEqual({ value: 'new', outcome: 'loaded' });
  });

  it('keeps a shorter freshness for degraded values', async () => {
    await swr.get('k', async () => ({ value: 'partial', freshMs: 100 }));
    clock.now += 150;
    const load = jest.fn(async () => ({ value: 'full', freshMs: 1_000 }));

    await expect(swr.get('k', load)).resolves.toBe('full');
  });

  it('does not store a load that an invalidation overtook', async () => {
    const gate = deferred<void>();
    const started = deferred<void>();
    const running = swr.get('k', async () => {
      started.resolve();
      await gate.promise;
      return { value: 'before', freshMs: 1_000 };
    });

    await started.promise;
    await swr.invalidate(['k']);
    gate.resolve();
    await running;

    expect(store.entries.has('k')).toBe(false);
  });

  it('treats a failing cache store as a miss', async () => {
    const broken: CacheService = {
      get: async () => {
        throw new Error('redis down');
      },
      set: async () => {
        throw new Error('redis down');
      },
      delete: async () => undefined,
      withOptions: () => broken,
    };
    const logger = mockServices.logger.mock();
    const resilient = new SwrCache({
      cache: broken,
      logger,
      staleWhileRevalidateMs: 0,
    });

    await expect(
      resilient.get('k', async () => ({ value: 42, freshMs: 1_000 })),
    ).resolves.toBe(42);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('keeps parsed entries in process, reading the shared store once per local TTL', async () => {
    const get = jest.spyOn(store.store, 'get');
    const local = new SwrCache({
      cache: store.store,
      logger: mockServices.logger.mock(),
      staleWhileRevalidateMs: 0,
      now: () => clock.now,
      localTtlMs: 100,
    });
    const load = async () => ({ value: { big: 'view' }, freshMs: 10_000 });
    await local.get('k', load);
    get.mockClear();

    await local.get('k', load);
    await local.get('k', load);
    clock.now += 101;
    await local.get('k', load);

    expect(get).toHaveBeenCalledTimes(1);
  });

  it('sees an invalidation by another replica within the local TTL', async () => {
    const replica = () =>
      new SwrCache({
        cache: store.store,
        logger: mockServices.logger.mock(),
        staleWhileRevalidateMs: 0,
        now: () => clock.now,
        localTtlMs: 100,
      });
    const a = replica();
    const b = replica();
    const loadAs = (value: string) => async () => ({ value, freshMs: 10_000 });
    await a.get('k', loadAs('a'));
    await expect(b.get('k', loadAs('b'))).resolves.toBe('a');

    await a.invalidate(['k']);
    const soon = await b.get('k', loadAs('b'));
    clock.now += 101;
    const later = await b.get('k', loadAs('b'));

    expect(soon).toBe('a');
    expect(later).toBe('b');
    await expect(replica().get('k', loadAs('c'))).resolves.toBe('b');
  });

  it('ignores entries it did not write', async () => {
    await store.store.set('k', { something: 'else' });

    await expect(
      swr.getWithOutcome('k', async () => ({ value: 'mine', freshMs: 1_000 })),
    ).resolves.toEqual({ value: 'mine', outcome: 'loaded' });
  });
});

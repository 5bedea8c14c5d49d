import { topology } from '../__testUtils__/fixtures';
import { memoryCache } from '../__testUtils__/memoryCache';
import { PlatformCache } from './platformCache';

describe('PlatformCache', () => {
  const snapshot = { topology: topology(), consoleVersion: '9.24.0' };

  it('gives the last snapshot until its TTL is over', async () => {
    let now = 0;
    const cache = new PlatformCache(undefined, 'k', 1_000, () => now);
    expect(await cache.get()).toBeUndefined();

    await cache.set(snapshot);
    now = 1_000;
    expect(await cache.get()).toBe(snapshot);
    now = 1_001;
    expect(await cache.get()).toBeUndefined();
  });

  it('gives another replica the snapshot through the shared store', async () => {
    let now = 0;
    const store = memoryCache();
    await new PlatformCache(store, 'k', 1_000, () => now).set(snapshot);
    const other = new PlatformCache(store, 'k', 1_000, () => now);

    now = 500;
    const shared = await other.get();
    expect(shared?.consoleVersion).toBe('9.24.0');
    expect([...shared!.topology.clusters.keys()]).toEqual([
      ...snapshot.topology.clusters.keys(),
    ]);
    expect(shared!.topology.clusters).toBeInstanceOf(Map);
    now = 1_001;
    expect(await other.get()).toBeUndefined();
  });

  it('forgets the snapshot on clear, on every replica', async () => {
    const store = memoryCache();
    const cache = new PlatformCache(store, 'k');
    await cache.set(snapshot);
    await cache.clear();
    expect(await cache.get()).toBeUndefined();
    expect(await new PlatformCache(store, 'k').get()).toBeUndefined();
  });
});

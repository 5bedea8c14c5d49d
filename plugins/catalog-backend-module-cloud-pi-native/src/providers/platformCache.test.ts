import { topology } from '../__testUtils__/fixtures';
import { PlatformCache } from './platformCache';

describe('PlatformCache', () => {
  const snapshot = { topology: topology(), consoleVersion: '9.24.0' };

  it('gives the last snapshot until its TTL is over', () => {
    let now = 0;
    const cache = new PlatformCache(1_000, () => now);
    expect(cache.get()).toBeUndefined();

    cache.set(snapshot);
    now = 1_000;
    expect(cache.get()).toBe(snapshot);
    now = 1_001;
    expect(cache.get()).toBeUndefined();
  });

  it('forgets the snapshot on clear', () => {
    const cache = new PlatformCache();
    cache.set(snapshot);
    cache.clear();
    expect(cache.get()).toBeUndefined();
  });
});

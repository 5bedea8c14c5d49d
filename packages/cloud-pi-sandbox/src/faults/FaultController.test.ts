import { globToRegExp } from '../util/glob';
import { FaultController } from './FaultController';

describe('globToRegExp', () => {
  it('matches one segment with * and several with **', () => {
    expect(
      globToRegExp('/console/api/v1/projects/*').test(
        '/console/api/v1/projects/abc',
      ),
    ).toBe(true);
    expect(
      globToRegExp('/console/api/v1/projects/*').test(
        '/console/api/v1/projects/abc/hooks',
      ),
    ).toBe(false);
    expect(globToRegExp('/gitlab/**').test('/gitlab/api/v4/projects/1')).toBe(
      true,
    );
    expect(globToRegExp('/a.b/?').test('/a.b/c')).toBe(true);
    expect(globToRegExp('/a.b/?').test('/aXb/c')).toBe(false);
  });
});

describe('FaultController', () => {
  it('applies the first matching rule, `times` times', () => {
    const faults = new FaultController();
    faults.add({
      method: 'GET',
      path: '/console/**',
      kind: 'status',
      status: 503,
      times: 2,
    });
    faults.add({ path: '/console/**', kind: 'delay', ms: 10 });
    expect(faults.take('POST', '/console/api')?.kind).toBe('delay');
    expect(faults.take('GET', '/console/api')?.kind).toBe('status');
    expect(faults.take('get', '/console/api')?.kind).toBe('status');
    expect(faults.take('GET', '/console/api')?.kind).toBe('delay');
    expect(faults.list()).toHaveLength(1);
    expect(faults.take('GET', '/gitlab/api')).toBeUndefined();
  });

  it('accepts regular expressions and removes rules', () => {
    const faults = new FaultController();
    const rule = faults.add({
      pathRegex: /^\/argocd\/[^/]+\/api\//,
      kind: 'timeout',
    });
    faults.add({ pathRegex: '^/vault/v1/', kind: 'rateLimit' });
    expect(faults.take('GET', '/argocd/dr/api/v1/applications')?.kind).toBe(
      'timeout',
    );
    expect(faults.take('GET', '/vault/v1/sys/health')).toMatchObject({
      kind: 'rateLimit',
      retryAfterSeconds: 1,
    });
    expect(faults.remove(rule.id)).toBe(true);
    expect(faults.remove(rule.id)).toBe(false);
    faults.clear();
    expect(faults.list()).toEqual([]);
  });

  it('rejects invalid rules', () => {
    const faults = new FaultController();
    expect(() => faults.add({ kind: 'delay', ms: 5 } as never)).toThrow();
    expect(() =>
      faults.add({ path: '/a', pathRegex: 'a', kind: 'timeout' }),
    ).toThrow();
    expect(() =>
      faults.add({ path: '/a', kind: 'status', status: 42 }),
    ).toThrow();
    expect(() => faults.add({ path: 'relatif', kind: 'timeout' })).toThrow();
    expect(() => {
      faults.latencyMs = -1;
    }).toThrow(RangeError);
  });
});

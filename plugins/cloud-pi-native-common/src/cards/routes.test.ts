import {
  cloudPiEntityDataPath,
  cloudPiInstancePath,
  cloudPiReprovisionPath,
  cloudPiSecretsPath,
} from './routes';

describe('card routes', () => {
  it('builds entity data paths with a lower-case kind', () => {
    expect(
      cloudPiEntityDataPath(
        { kind: 'System', namespace: 'default', name: 'demo' },
        'quality-gate',
      ),
    ).toBe('/entities/system/default/demo/quality-gate');
  });

  it('encodes every path segment', () => {
    expect(
      cloudPiReprovisionPath({
        kind: 'Component',
        namespace: 'a/b',
        name: 'c d',
      }),
    ).toBe('/entities/component/a%2Fb/c%20d/reprovision');
    expect(
      cloudPiSecretsPath({ kind: 'System', namespace: 'default', name: 'a b' }),
    ).toBe('/entities/system/default/a%20b/secrets');
    expect(cloudPiInstancePath('dso/../x', 'clusters')).toBe(
      '/instances/dso%2F..%2Fx/clusters',
    );
  });
});

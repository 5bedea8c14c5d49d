import {
  cloudPiArgoOperationPath,
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

describe('Argo CD operation routes', () => {
  it('encode the application name and end with the operation', () => {
    expect(
      cloudPiArgoOperationPath(
        { kind: 'Resource', namespace: 'default', name: 'portail-prod' },
        'portail-prod-1a2b-infra-3c4d',
        'rollback',
      ),
    ).toBe(
      '/entities/resource/default/portail-prod/argocd/applications/portail-prod-1a2b-infra-3c4d/rollback',
    );
  });
});

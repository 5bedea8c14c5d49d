import {
  VAULT_KEYS_MAX,
  VAULT_SECRET_MAX_BYTES,
  VAULT_SECRET_PATH_MAX_LENGTH,
  vaultKeySchema,
  vaultSecretDataProblem,
  vaultSecretPathProblem,
} from './vaultPaths';
import { validationMessages } from './requests';

describe('Vault secret paths', () => {
  it.each(['app', 'db/credentials', 'a.b/c_d/e-f', 'x'.repeat(256)])(
    'accepts %s',
    path => {
      expect(vaultSecretPathProblem(path)).toBeUndefined();
    },
  );

  it.each([
    ['../admin', '« . » ou « .. »'],
    ['app/../../other', '« . » ou « .. »'],
    ['./app', '« . » ou « .. »'],
    ['', 'segment vide'],
    ['/app', 'segment vide'],
    ['app/', 'segment vide'],
    ['a//b', 'segment vide'],
    ['x'.repeat(VAULT_SECRET_PATH_MAX_LENGTH + 1), 'ne doit pas dépasser 256'],
    ['ポータル', 'que des lettres'],
    ['🙂', 'que des lettres'],
    ['a b', 'que des lettres'],
    ['a%2F..', 'que des lettres'],
  ])('refuses %j', (path, reason) => {
    expect(vaultSecretPathProblem(path)).toEqual(
      expect.stringContaining(reason),
    );
  });

  it('takes keys as Kubernetes takes Secret keys', () => {
    for (const key of ['DB_PASSWORD', 'tls.crt', 'a-b', 'k'.repeat(253)]) {
      expect(validationMessages(vaultKeySchema, key)).toEqual([]);
    }
    for (const key of ['', '.', '..x', 'a/b', 'ポ', 'k'.repeat(254)]) {
      expect(validationMessages(vaultKeySchema, key)).toHaveLength(1);
    }
  });

  it('bounds the number of keys and the size of a secret', () => {
    const many = Object.fromEntries(
      Array.from({ length: VAULT_KEYS_MAX + 1 }, (_, i) => [`K${i}`, 'v']),
    );
    expect(vaultSecretDataProblem(many)).toContain('100 clés');
    expect(
      vaultSecretDataProblem({ BIG: 'x'.repeat(VAULT_SECRET_MAX_BYTES) }),
    ).toBe(
      "Le secret ne doit pas dépasser 1 Mio (limite d'un Secret Kubernetes).",
    );
    expect(vaultSecretDataProblem({ A: 'x'.repeat(1000) })).toBeUndefined();
  });
});

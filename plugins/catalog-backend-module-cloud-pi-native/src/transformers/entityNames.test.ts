import { makeValidator } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import { toEntityName, toLabelValue, toNamePart, toTag } from './entityNames';

const validators = makeValidator();
const h8 = (value: string) =>
  createHash('sha256').update(value).digest('hex').slice(0, 8);

describe('toEntityName', () => {
  it.each([
    ['portail', 'portail'],
    ['mi-demovault', 'mi-demovault'],
    ['portail-api', 'portail-api'],
    // Archived slugs only use valid characters: kept as they are.
    ['app_1795870771836_archived', 'app_1795870771836_archived'],
    ['v1.2', 'v1.2'],
  ])('keeps the valid name %p', (raw, expected) => {
    expect(toEntityName(raw)).toBe(expected);
  });

  it.each([
    ['démo vault', `demo-vault-${h8('démo vault')}`],
    ['-leading', `leading-${h8('-leading')}`],
    ['trailing.', `trailing-${h8('trailing.')}`],
    ['a/b', `a-b-${h8('a/b')}`],
    ['@@@', h8('@@@')],
    ['', h8('')],
  ])('cleans %p and adds a hash of the original', (raw, expected) => {
    expect(toEntityName(raw)).toBe(expected);
  });

  it('shortens long names to 63 characters and keeps them distinct', () => {
    const long = `${'a'.repeat(40)}-${'b'.repeat(30)}`;
    const other = `${'a'.repeat(40)}-${'b'.repeat(29)}c`;
    expect(toEntityName(long)).toBe(
      `${'a'.repeat(40)}-${'b'.repeat(13)}-${h8(long)}`,
    );
    expect(toEntityName(long)).toHaveLength(63);
    expect(toEntityName(long)).not.toBe(toEntityName(other));
  });

  it('never collides a cleaned name with the name it looks like', () => {
    expect(toEntityName('a b')).not.toBe(toEntityName('a-b'));
  });

  it.each(['démo vault', 'x'.repeat(100), '__', 'é', '.a.', 'a..b c'])(
    'always returns a valid name for %p',
    raw => {
      expect(validators.isValidEntityName(toEntityName(raw))).toBe(true);
    },
  );
});

describe('toTag', () => {
  it.each([
    ['created', 'created'],
    ['Staging', 'staging'],
    ['Hors Prod', 'hors-prod'],
    ['recette_2', 'recette-2'],
    ['Développement', 'developpement'],
    ['--', undefined],
    ['x'.repeat(70), 'x'.repeat(63)],
  ])('%p → %p', (raw, expected) => {
    expect(toTag(raw)).toBe(expected);
  });
});

describe('toLabelValue', () => {
  it.each([
    ['prod', 'prod'],
    ['Staging_2', 'Staging_2'],
    ['hors prod', 'hors-prod'],
    ['é', 'e'],
    ['%%', undefined],
  ])('%p → %p', (raw, expected) => {
    expect(toLabelValue(raw)).toBe(expected);
  });
});

describe('toNamePart', () => {
  it.each([
    ['Lecture seule', 'lecture-seule'],
    ['Développeur', 'developpeur'],
    ['devops', 'devops'],
    ['admin/nested', 'admin-nested'],
  ])('%p → %p', (raw, expected) => {
    expect(toNamePart(raw)).toBe(expected);
  });
});

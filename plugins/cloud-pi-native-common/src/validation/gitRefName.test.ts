import {
  GIT_BRANCH_NAME_MAX_BYTES,
  gitBranchNameProblem,
  gitBranchNameSchema,
} from './gitRefName';

describe('gitBranchNameProblem', () => {
  it.each([
    'main',
    'feature/login',
    'release-1.2',
    'fix_bug',
    'ポータル',
    'user/alice/wip',
    'v1.0@beta',
    'a'.repeat(GIT_BRANCH_NAME_MAX_BYTES),
  ])('accepts %s, as git check-ref-format --branch does', name => {
    expect(gitBranchNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'Le nom de la branche est obligatoire.'],
    ['a'.repeat(GIT_BRANCH_NAME_MAX_BYTES + 1), 'il dépasse 250 octets'],
    // 84 characters, 252 bytes in UTF-8.
    ['ポ'.repeat(84), 'il dépasse 250 octets'],
    ['has space', 'il contient une espace'],
    ['tab\tname', 'il contient une espace'],
    ['del\u007f', 'il contient une espace'],
    ['a~1', '~ ^ :'],
    ['a^1', '~ ^ :'],
    ['a:b', '~ ^ :'],
    ['a?b', '~ ^ :'],
    ['a*b', '~ ^ :'],
    ['a[b', '~ ^ :'],
    ['a\\b', '~ ^ :'],
    ['feat..x', 'il contient « .. »'],
    ['../admin', 'il contient « .. »'],
    ['a@{1}', 'il contient « @{ »'],
    ['@', 'il vaut « @ »'],
    ['HEAD', 'HEAD est réservé'],
    ['-force', 'il commence par un tiret'],
    ['/main', 'segment vide'],
    ['main/', 'segment vide'],
    ['a//b', 'segment vide'],
    ['main.', 'il finit par un point'],
    ['.hidden', 'un segment commence par un point'],
    ['a/.b', 'un segment commence par un point'],
    ['a.lock', 'un segment finit par « .lock »'],
    ['a.lock/b', 'un segment finit par « .lock »'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(gitBranchNameProblem(name)).toEqual(expect.stringContaining(reason));
  });

  it('gives one French message through the schema, and refuses non-strings', () => {
    expect(
      gitBranchNameSchema
        .safeParse('feat..x')
        .error?.issues.map(i => i.message),
    ).toEqual([
      "Le nom de la branche n'est pas un nom de branche Git valide : il contient « .. ».",
    ]);
    expect(
      gitBranchNameSchema.safeParse(42).error?.issues.map(i => i.message),
    ).toEqual(['Le nom de la branche doit être un texte.']);
  });
});

import {
  COMMIT_MESSAGE_MAX_BYTES,
  GITLAB_PUSH_LIMITS,
  ciVariableKeySchema,
  ciVariableValueSchema,
  commitMessageSchema,
  pushFilesProblem,
} from './gitlabLimits';
import { validationMessages } from './requests';

describe('GitLab limits', () => {
  it('bounds commit messages in bytes and refuses blank ones', () => {
    expect(validationMessages(commitMessageSchema, 'Initial commit')).toEqual(
      [],
    );
    expect(
      validationMessages(
        commitMessageSchema,
        'x'.repeat(COMMIT_MESSAGE_MAX_BYTES),
      ),
    ).toEqual([]);
    expect(
      validationMessages(commitMessageSchema, 'x'.repeat(100_000)),
    ).toEqual(['Le message de commit ne doit pas dépasser 64 Kio.']);
    expect(validationMessages(commitMessageSchema, '   ')).toEqual([
      'Le message de commit est obligatoire.',
    ]);
    expect(validationMessages(commitMessageSchema, 'a\u0000b')).toEqual([
      'Le message de commit ne doit pas contenir de caractère NUL.',
    ]);
  });

  it('follows GitLab for CI/CD variable names and values', () => {
    expect(validationMessages(ciVariableKeySchema, 'MY_VAR_1')).toEqual([]);
    expect(validationMessages(ciVariableKeySchema, 'MY-VAR')).toEqual([
      "Le nom d'une variable CI/CD ne doit contenir que des lettres, des chiffres et « _ ».",
    ]);
    expect(validationMessages(ciVariableKeySchema, 'A'.repeat(256))).toEqual([
      "Le nom d'une variable CI/CD ne doit pas dépasser 255 caractères.",
    ]);
    expect(
      validationMessages(ciVariableValueSchema, 'é'.repeat(61 * 1024)),
    ).toEqual(["La valeur d'une variable CI/CD ne doit pas dépasser 120 Kio."]);
  });

  it('bounds the files of one push', () => {
    const file = (bytes: number, path = 'a.txt') => ({ path, bytes });
    expect(pushFilesProblem([file(10), file(20, 'b.txt')])).toBeUndefined();
    expect(
      pushFilesProblem([file(GITLAB_PUSH_LIMITS.fileBytes + 1)]),
    ).toContain('Le fichier a.txt dépasse 10 Mio');
    expect(
      pushFilesProblem(
        Array.from({ length: 6 }, (_, i) => file(9 * 1024 * 1024, `f${i}`)),
      ),
    ).toBe('Les fichiers à pousser dépassent 50 Mio au total.');
    expect(
      pushFilesProblem(
        Array.from({ length: GITLAB_PUSH_LIMITS.files + 1 }, (_, i) =>
          file(1, `f${i}`),
        ),
      ),
    ).toContain('plus de 2000 fichiers');
    expect(pushFilesProblem([file(1, 'd/'.repeat(600))])).toContain(
      'ne doit pas dépasser 1024 caractères',
    );
  });
});

import { z } from 'zod';

/**
 * Longest branch name, in UTF-8 bytes: git writes each ref as a file (and a
 * `<name>.lock` beside it while updating), and file names are limited to 255
 * bytes on the file systems git runs on.
 *
 * @public
 */
export const GIT_BRANCH_NAME_MAX_BYTES = 250;

/** Space, `~ ^ : ? * [ \`, and (below) ASCII control characters and DEL. */
const FORBIDDEN_CHARACTER = /[ ~^:?*[\\]/;

function hasAsciiControl(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Why a name is not a valid branch, following `git check-ref-format --branch`
 * (the rules of git's `refs.c`), or `undefined` when it is valid. Messages
 * are in French, like the console's.
 *
 * @public
 */
export function gitBranchNameProblem(name: string): string | undefined {
  if (name === '') return 'Le nom de la branche est obligatoire.';
  const reason = refNameViolation(name);
  return reason
    ? `Le nom de la branche n'est pas un nom de branche Git valide : ${reason}.`
    : undefined;
}

function refNameViolation(name: string): string | undefined {
  if (utf8Length(name) > GIT_BRANCH_NAME_MAX_BYTES) {
    return `il dépasse ${GIT_BRANCH_NAME_MAX_BYTES} octets`;
  }
  if (FORBIDDEN_CHARACTER.test(name) || hasAsciiControl(name)) {
    return 'il contient une espace, un caractère de contrôle ou l’un des caractères ~ ^ : ? * [ \\';
  }
  if (name.includes('..')) return 'il contient « .. »';
  if (name.includes('@{')) return 'il contient « @{ »';
  if (name === '@') return 'il vaut « @ »';
  if (name === 'HEAD') return 'HEAD est réservé';
  if (name.startsWith('-')) return 'il commence par un tiret';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return 'il commence ou finit par « / » ou contient un segment vide';
  }
  if (name.endsWith('.')) return 'il finit par un point';
  for (const segment of name.split('/')) {
    if (segment.startsWith('.')) return 'un segment commence par un point';
    if (segment.endsWith('.lock')) return 'un segment finit par « .lock »';
  }
  return undefined;
}

/** Size of a text in UTF-8, in the browser as in Node.js. @public */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A branch name valid for git (see {@link gitBranchNameProblem}). @public */
export const gitBranchNameSchema = z
  .string({ error: 'Le nom de la branche doit être un texte.' })
  .superRefine((name, ctx) => {
    const problem = gitBranchNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * The official API specifications and response examples the contract tests
 * of the sandbox and the clients check against, vendored in this package
 * (origins, versions and licences in its README).
 *
 * @packageDocumentation
 */

import fs from 'node:fs';
import path from 'node:path';

/** The package folder: the vendored files sit beside `src/`. */
const ROOT = path.dirname(require.resolve('@cpin/cloud-pi-specs/package.json'));

/**
 * Absolute path of a vendored file, e.g. `specPath('argocd', 'swagger.trimmed.json')`.
 *
 * @public
 */
export function specPath(...segments: string[]): string {
  const file = path.resolve(ROOT, ...segments);
  if (path.relative(ROOT, file).startsWith('..') || !fs.existsSync(file)) {
    throw new Error(
      `${segments.join(
        '/',
      )} is not vendored in @cpin/cloud-pi-specs; add it (trimmed, with its origin) as its README explains`,
    );
  }
  return file;
}

/**
 * Parses a vendored JSON file.
 *
 * @public
 */
export function readSpec<T = any>(...segments: string[]): T {
  return JSON.parse(fs.readFileSync(specPath(...segments), 'utf8')) as T;
}

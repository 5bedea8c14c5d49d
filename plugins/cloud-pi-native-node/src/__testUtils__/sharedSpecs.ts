import fs from 'fs';
import path from 'path';

/**
 * The shared specs folder sits next to the repository root (in CI too), so
 * it is resolved from this file rather than from an absolute path.
 */
const SPECS_DIR = path.resolve(__dirname, '../../../../../shared/specs');

/** Reads and parses a JSON file of the shared specs folder. */
export function readSpec<T = unknown>(relativePath: string): T {
  return JSON.parse(
    fs.readFileSync(path.join(SPECS_DIR, relativePath), 'utf8'),
  );
}

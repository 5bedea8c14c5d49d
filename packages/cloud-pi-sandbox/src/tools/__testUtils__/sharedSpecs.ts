import fs from 'node:fs';
import path from 'node:path';

/**
 * Absolute path of a file of the shared specs folder, which sits beside the
 * repository root (found by walking up to `backstage.json`).
 */
export function sharedSpecPath(...segments: string[]): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'backstage.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('Repository root (backstage.json) not found');
    dir = parent;
  }
  return path.join(dir, '..', 'shared', 'specs', ...segments);
}

/** Parses a JSON file of the shared specs folder. */
export function readSharedSpec<T = any>(...segments: string[]): T {
  return JSON.parse(fs.readFileSync(sharedSpecPath(...segments), 'utf8')) as T;
}

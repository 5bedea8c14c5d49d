import fs from 'node:fs';
import path from 'node:path';
import { readSpec, specPath } from './index';

const ROOT = path.dirname(require.resolve('@cpin/cloud-pi-specs/package.json'));
const DATA_FOLDERS = [
  'argocd',
  'cloud-pi-console',
  'gitlab',
  'harbor',
  'kubernetes',
  'sonarqube',
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name))
        : [path.join(dir, entry.name)],
    );
}

describe('@cpin/cloud-pi-specs', () => {
  it('lists in its README exactly the files it vendors', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map(m => m[1]);
    const vendored = DATA_FOLDERS.flatMap(filesUnder);
    expect(listed.sort()).toEqual(vendored.sort());
    for (const file of vendored) {
      expect(() => readSpec(file)).not.toThrow();
    }
  });

  it('reads a document by its segments', () => {
    expect(readSpec('cloud-pi-console', 'openapi.json').info.version).toBe(
      '9.24.0',
    );
  });

  it('names the README when a file is not vendored', () => {
    expect(() => specPath('vault', 'openapi.json')).toThrow(
      /vault\/openapi.json is not vendored/,
    );
    expect(() => specPath('..', 'package.json')).toThrow(/is not vendored/);
  });
});

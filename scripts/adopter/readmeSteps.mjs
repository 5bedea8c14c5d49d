/*
 * Applies the README's "Installing the plugins into an existing Backstage
 * app" section to an app, literally and nothing else:
 * - the bash block runs from the app's root;
 * - the ts block goes into packages/backend/src/index.ts before
 *   `backend.start();`;
 * - the tsx block's imports go into packages/app/src/App.tsx and its
 *   features are added to the `features` of `createApp`;
 * - the yaml block becomes a config file of its own (the README allows it).
 * It first checks that every yaml block of the README parses.
 *
 *   node readmeSteps.mjs <README.md> <app-dir> <config-file>
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const SECTION = '## Installing the plugins into an existing Backstage app';
const [readmePath, appDir, configFile] = process.argv.slice(2);
const readme = readFileSync(readmePath, 'utf8');

const blocks = text =>
  [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(m => ({
    lang: m[1],
    body: m[2],
  }));

for (const { body } of blocks(readme).filter(b => b.lang === 'yaml')) {
  const { errors } = parseDocument(body);
  if (errors.length > 0) {
    throw new Error(
      `A yaml block of the README does not parse: ${errors[0].message}\n${body}`,
    );
  }
}

const start = readme.indexOf(SECTION);
if (start < 0) throw new Error(`README has no "${SECTION}" section`);
const end = readme.indexOf('\n## ', start + SECTION.length);
const section = blocks(readme.slice(start, end < 0 ? undefined : end));
const byLang = Object.fromEntries(
  ['bash', 'ts', 'tsx', 'yaml'].map(l => [
    l,
    section.filter(b => b.lang === l),
  ]),
);
if (section.length !== 4 || Object.values(byLang).some(b => b.length !== 1)) {
  throw new Error(
    `Expected one bash, ts, tsx and yaml block in "${SECTION}", found ${section
      .map(b => b.lang)
      .join(', ')}: update scripts/adopter/readmeSteps.mjs with the README`,
  );
}

const edit = (file, change) => {
  const full = path.join(appDir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Nothing changed in ${file}`);
  writeFileSync(full, after);
  console.log(`edited ${file}`);
};

// 1. Packages.
for (const line of byLang.bash[0].body
  .split('\n')
  .filter(l => l.trim() && !l.startsWith('#'))) {
  console.log(`$ ${line}`);
  execFileSync('bash', ['-euo', 'pipefail', '-c', line], {
    cwd: appDir,
    stdio: 'inherit',
  });
}

// 2. Backend features, before backend.start().
const backendLines = byLang.ts[0].body
  .split('\n')
  .filter(l => l.startsWith('backend.add('));
edit('packages/backend/src/index.ts', source => {
  if (!source.includes('\nbackend.start();'))
    throw new Error('backend.start(); not found');
  return source.replace(
    '\nbackend.start();',
    `\n${backendLines.join('\n')}\n\nbackend.start();`,
  );
});

// 3. Frontend: the imports, and the features added to createApp.
const tsx = byLang.tsx[0].body;
const imports = tsx.split('\n').filter(l => l.startsWith('import '));
const features = [...tsx.matchAll(/features: \[([\s\S]*?)\]/g)]
  .flatMap(m => m[1].split('\n'))
  .map(l =>
    l
      .replace(/\/\/.*$/, '')
      .trim()
      .replace(/,$/, ''),
  )
  .filter(Boolean);
if (features.length === 0) throw new Error('The tsx block adds no feature');
edit('packages/app/src/App.tsx', source => {
  const lines = source.split('\n');
  const lastImport = lines.findLastIndex(l => l.startsWith('import '));
  lines.splice(lastImport + 1, 0, ...imports);
  return lines
    .join('\n')
    .replace(
      /features: \[([^\]]*)\]/,
      (_, list) =>
        `features: [${list.trim().replace(/,$/, '')}, ${features.join(', ')}]`,
    );
});

// 4. Configuration.
writeFileSync(path.join(appDir, configFile), byLang.yaml[0].body);
console.log(`wrote ${configFile}`);

#!/usr/bin/env node
/*
 * Reduces a Swagger 2.0 document to the definitions the contract tests
 * validate against, plus everything they reference (`$ref` closure), so the
 * vendored file stays small and reviewable. Paths are dropped: the tests
 * validate response bodies, not routes.
 *
 *   node scripts/trimSwagger.mjs <original.json> <output.json> <definition>...
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, ...roots] = process.argv.slice(2);
if (!input || !output || roots.length === 0) {
  console.error(
    'usage: trimSwagger.mjs <original.json> <output.json> <definition>...',
  );
  process.exit(2);
}
const document = JSON.parse(readFileSync(input, 'utf8'));

const kept = new Set();
const visit = name => {
  if (kept.has(name)) return;
  const definition = document.definitions[name];
  if (!definition) throw new Error(`${input} has no definition ${name}`);
  kept.add(name);
  for (const ref of JSON.stringify(definition).matchAll(
    /"\$ref":"#\/definitions\/([^"]+)"/g,
  )) {
    visit(ref[1]);
  }
};
roots.forEach(visit);

const definitions = Object.fromEntries(
  [...kept].sort().map(name => [name, document.definitions[name]]),
);
writeFileSync(
  output,
  `${JSON.stringify(
    { swagger: document.swagger, info: document.info, definitions },
    null,
    2,
  )}\n`,
);
console.log(
  `${output}: ${kept.size} of ${
    Object.keys(document.definitions).length
  } definitions`,
);

/*
 * A minimal npm registry serving the packed tarballs of this repository, so
 * the adopter test installs them exactly as an adopter would from a real
 * registry: `yarn add @cpin/...` with the @cpin scope pointed here. Serves
 * the packuments (`GET /@cpin%2fname`) and the tarballs; nothing else.
 *
 *   node registry.mjs <tarball-dir> <port>   (prints "ready" once listening)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const [dir, port] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const packuments = new Map();
const tarballs = new Map();

for (const file of readdirSync(dir).filter(f => f.endsWith('.tgz'))) {
  const tarball = path.join(dir, file);
  const data = readFileSync(tarball);
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
  const published = statSync(tarball).mtime.toISOString();
  tarballs.set(`/${file}`, data);
  packuments.set(manifest.name, {
    name: manifest.name,
    'dist-tags': { latest: manifest.version },
    time: {
      created: published,
      modified: published,
      [manifest.version]: published,
    },
    versions: {
      [manifest.version]: {
        ...manifest,
        _id: `${manifest.name}@${manifest.version}`,
        dist: {
          tarball: `${base}/${file}`,
          shasum: createHash('sha1').update(data).digest('hex'),
          integrity: `sha512-${createHash('sha512')
            .update(data)
            .digest('base64')}`,
        },
      },
    },
  });
}

createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, base).pathname);
  const tarball = tarballs.get(url);
  if (tarball) {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(tarball);
    return;
  }
  const packument = packuments.get(url.slice(1));
  if (packument) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(packument));
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'not found' }));
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`ready: ${[...packuments.keys()].join(', ')}`);
});

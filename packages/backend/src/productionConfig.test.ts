import { startSandbox, Sandbox } from '@cpin/cloud-pi-sandbox';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { dropDatabasesOfRun, testPostgresUrl } from './__testUtils__/postgres';

/**
 * The example backend booted as in production: app-config.yaml, then
 * app-config.production.yaml, on PostgreSQL, signing in with a Keycloak
 * realm given by KEYCLOAK_* (here the sandbox's). app-config.yaml's own
 * sandbox addresses (http://localhost:7180) are rewritten to listening traps
 * that count connections: production must never dial the development
 * sign-in environment, and must start without an unhandled rejection.
 */

const BACKEND_DIR = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(BACKEND_DIR, '../..');
const prefix = `cpin_prodboot_${process.pid}_${Date.now()}_`;

/** A TCP server counting the connections it receives. */
async function trap() {
  let connections = 0;
  const server = net.createServer(socket => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

describe('the production configuration', () => {
  let sandbox: Sandbox;
  let realmTrap: Awaited<ReturnType<typeof trap>>;
  let platformTrap: Awaited<ReturnType<typeof trap>>;
  let backend: ChildProcess | undefined;
  let output = '';
  let workDir: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    realmTrap = await trap();
    platformTrap = await trap();
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpin-prodboot-'));
  }, 60_000);

  afterAll(async () => {
    if (backend?.pid && backend.exitCode === null) {
      const exited = new Promise(resolve => backend!.once('exit', resolve));
      process.kill(-backend.pid, 'SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise(resolve => {
          timer = setTimeout(() => resolve(false), 30_000);
        }),
      ]);
      clearTimeout(timer);
      if (!stopped) process.kill(-backend.pid, 'SIGKILL');
    }
    await sandbox?.stop();
    await realmTrap?.close();
    await platformTrap?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
    await dropDatabasesOfRun(prefix);
  }, 60_000);

  it('boots without dialling the development sign-in environment', async () => {
    const developmentConfig = path.join(workDir, 'app-config.yaml');
    fs.writeFileSync(
      developmentConfig,
      fs
        .readFileSync(path.join(REPO_ROOT, 'app-config.yaml'), 'utf8')
        .replaceAll('http://localhost:7180/realms', `${realmTrap.url}/realms`)
        .replaceAll('http://localhost:7180', platformTrap.url)
        // Relative targets resolve from the backend's folder, as in production.
        .replaceAll('../../examples', path.join(REPO_ROOT, 'examples')),
    );
    const port = await freePort();
    const testConfig = path.join(workDir, 'app-config.test.yaml');
    fs.writeFileSync(
      testConfig,
      [
        'backend:',
        `  listen: ':${port}'`,
        '  database:',
        `    prefix: ${prefix}`,
      ].join('\n'),
    );
    const database = new URL(testPostgresUrl);
    backend = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index.ts',
        '--config',
        developmentConfig,
        '--config',
        path.join(REPO_ROOT, 'app-config.production.yaml'),
        '--config',
        testConfig,
      ],
      {
        cwd: BACKEND_DIR,
        detached: true,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          APP_BASE_URL: `http://localhost:${port}`,
          POSTGRES_HOST: database.hostname,
          POSTGRES_PORT: database.port || '5432',
          POSTGRES_USER: decodeURIComponent(database.username) || 'postgres',
          POSTGRES_PASSWORD:
            decodeURIComponent(database.password) || 'postgres',
          KEYCLOAK_METADATA_URL: `${sandbox.urls.oidcIssuer}/.well-known/openid-configuration`,
          KEYCLOAK_CLIENT_ID: sandbox.credentials.oidcClient.clientId,
          KEYCLOAK_CLIENT_SECRET: sandbox.credentials.oidcClient.clientSecret,
          AUTH_SESSION_SECRET: 'production-boot-test',
        },
      },
    );
    backend.stdout!.on('data', chunk => (output += chunk));
    backend.stderr!.on('data', chunk => (output += chunk));
    let exited = false;
    backend.on('exit', () => (exited = true));

    const deadline = Date.now() + 240_000;
    let ready = false;
    while (!ready && !exited && Date.now() < deadline) {
      ready = await fetch(
        `http://127.0.0.1:${port}/.backstage/health/v1/readiness`,
      ).then(
        res => res.ok,
        () => false,
      );
      if (!ready) await new Promise(resolve => setTimeout(resolve, 1_000));
    }
    if (!ready) throw new Error(`The backend did not start:\n${output}`);
    // Let anything started at boot settle.
    await new Promise(resolve => setTimeout(resolve, 5_000));

    expect(exited).toBe(false);
    expect(realmTrap.connections()).toBe(0);
    expect(output).not.toMatch(/Unhandled rejection|unhandledRejection/);
    expect(output).not.toContain(realmTrap.url);
  }, 300_000);
});

// Runs the Cloud π sandbox and the Backstage dev servers together, so one
// command brings the whole demo up; stopping one stops the other.
import { spawn } from 'node:child_process';

const sandboxUrl = `http://127.0.0.1:${process.env.CPIN_SANDBOX_PORT ?? 7180}`;
const appUrl = 'http://localhost:3000';
const backendUrl = 'http://localhost:7007';

// The sandbox's demo users (packages/cloud-pi-sandbox/README.md lists them all).
const demoUsers = [
  [
    'alice.martin@interieur.gouv.fr',
    'alice-sandbox',
    'owner of several projects',
  ],
  ['david.moreau@interieur.gouv.fr', 'david-sandbox', 'read-only member'],
  ['eve.nobody@interieur.gouv.fr', 'eve-sandbox', 'member of no project'],
  ['admin@cloud-pi.fr', 'admin-sandbox', 'platform administrator'],
];
const children = [];

function run(name, command, args) {
  const child = spawn(command, args, { stdio: 'inherit', detached: true });
  children.push(child);
  child.on('exit', code => {
    console.log(`[dev] ${name} exited with code ${code}`);
    shutdown(code ?? 1);
  });
  return child;
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}

async function waitFor(url, attempts) {
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(`Nothing answered on ${url}`);
}

function printReady() {
  const users = demoUsers
    .map(
      ([email, password, role]) =>
        `      ${email.padEnd(32)} ${password.padEnd(15)} ${role}`,
    )
    .join('\n');
  console.log(
    [
      '',
      `[dev] ready: open ${appUrl} and sign in with "Cloud π Native"`,
      `      backend ${backendUrl}, Cloud π sandbox ${sandboxUrl.replace(
        '127.0.0.1',
        'localhost',
      )}`,
      '      demo users (e-mail, password):',
      users,
      '',
    ].join('\n'),
  );
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// `yarn start` puts yarn itself on the PATH of this script.
run('sandbox', 'yarn', ['workspace', '@cpin/cloud-pi-sandbox', 'start']);
await waitFor(`${sandboxUrl}/console/api/v1/healthz`, 120);
run('portal', 'yarn', ['backstage-cli', 'repo', 'start']);
// The backend answers its readiness check once every plugin started; the
// app's dev server serves its page once the first bundle is built.
try {
  await waitFor(`${backendUrl}/.backstage/health/v1/readiness`, 600);
  await waitFor(appUrl, 600);
  printReady();
} catch (error) {
  console.log(`[dev] not ready after 5 minutes: ${error.message}`);
}

// Runs the Cloud π sandbox and the Backstage dev servers together, so one
// command brings the whole demo up; stopping one stops the other.
import { spawn } from 'node:child_process';

const sandboxUrl = `http://127.0.0.1:${process.env.CPIN_SANDBOX_PORT ?? 7180}`;
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

async function waitForSandbox() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${sandboxUrl}/console/api/v1/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error(`The sandbox did not answer on ${sandboxUrl}`);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// `yarn start` puts yarn itself on the PATH of this script.
run('sandbox', 'yarn', ['workspace', '@cpin/cloud-pi-sandbox', 'start']);
await waitForSandbox();
run('portal', 'yarn', ['backstage-cli', 'repo', 'start']);

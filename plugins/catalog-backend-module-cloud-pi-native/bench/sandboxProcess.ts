/*
 * Runs the sandbox's scale world in its own process for the benchmark, so
 * that the provider's wall time and peak RSS are measured alone. Sends
 * `{ type: 'cpin-sandbox-ready', consoleUrl, … }` to the parent once listening and
 * stops when the parent disconnects.
 */
import { startSandbox } from '@cpin/cloud-pi-sandbox';

async function main() {
  const [projects, repositoriesPerProject, environmentsPerProject, latencyMs] =
    process.argv.slice(2).map(Number);
  const sandbox = await startSandbox({
    port: 0,
    seed: {
      scale: { projects, repositoriesPerProject, environmentsPerProject },
    },
    latencyMs,
  });
  const stop = () => {
    sandbox.stop().finally(() => process.exit(0));
  };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.send?.({
    type: 'cpin-sandbox-ready',
    consoleUrl: sandbox.urls.console,
    controlUrl: `${sandbox.url}/_sandbox`,
    gitlabUrl: sandbox.urls.gitlab,
    grafanaUrl: sandbox.urls.grafana,
    adminToken: sandbox.credentials.adminToken,
    // Alice owns every tenth generated project.
    ownerToken: sandbox.credentials.users.find(
      user => user.email === 'alice.martin@interieur.gouv.fr',
    )?.pat,
  });
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});

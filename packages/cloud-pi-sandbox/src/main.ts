/* eslint-disable no-console */
import { SANDBOX_DEMO_USERS } from './demo/demoCredentials';
import type { SandboxOptions } from './sandbox/createSandbox';
import { startSandbox } from './startSandbox';

/*
 * `yarn start` in this package: runs the sandbox until SIGINT/SIGTERM.
 * Environment: CPIN_SANDBOX_PORT (7180), CPIN_SANDBOX_HOST (127.0.0.1),
 * CPIN_SANDBOX_PUBLIC_URL, CPIN_SANDBOX_SEED (demo | none | scale:<projects>),
 * CPIN_SANDBOX_STATE_FILE, CPIN_SANDBOX_LATENCY_MS,
 * CPIN_SANDBOX_REDIRECT_URIS (more redirect URIs of the `backstage` client,
 * comma-separated, for a portal on other ports).
 */

function integer(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(
      `${name} must be an integer between 0 and ${max}, got "${raw}"`,
    );
  }
  return value;
}

function seed(): SandboxOptions['seed'] {
  const raw = process.env.CPIN_SANDBOX_SEED ?? 'demo';
  if (raw === 'demo' || raw === 'none') return raw;
  const scale = /^scale:(\d+)$/.exec(raw);
  if (scale) return { scale: { projects: Number(scale[1]) } };
  throw new Error(
    `CPIN_SANDBOX_SEED must be demo, none or scale:<projects>, got "${raw}"`,
  );
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    port: integer('CPIN_SANDBOX_PORT', 7180, 65535),
    host: process.env.CPIN_SANDBOX_HOST || '127.0.0.1',
    publicUrl: process.env.CPIN_SANDBOX_PUBLIC_URL || undefined,
    seed: seed(),
    stateFile: process.env.CPIN_SANDBOX_STATE_FILE || undefined,
    latencyMs: integer('CPIN_SANDBOX_LATENCY_MS', 0, 600_000),
    extraRedirectUris: (process.env.CPIN_SANDBOX_REDIRECT_URIS ?? '')
      .split(',')
      .map(uri => uri.trim())
      .filter(Boolean),
  });

  const { urls, credentials } = sandbox;
  console.log(`Cloud π Native sandbox on ${sandbox.url}`);
  console.log(`  console     ${urls.console}`);
  console.log(
    `  OIDC issuer ${urls.oidcIssuer} (client ${credentials.oidcClient.clientId} / ${credentials.oidcClient.clientSecret})`,
  );
  console.log(
    `  GitLab      ${urls.gitlab} (token ${credentials.tools.gitlabToken})`,
  );
  console.log(
    `  Vault       ${urls.vault} (token ${credentials.tools.vaultToken})`,
  );
  console.log(
    `  SonarQube   ${urls.sonarqube} (token ${credentials.tools.sonarqubeToken})`,
  );
  for (const [zone, url] of Object.entries(urls.argocd)) {
    console.log(
      `  Argo CD     ${url} (zone ${zone}, ${credentials.tools.argocd.username} / ${credentials.tools.argocd.password})`,
    );
  }
  for (const [cluster, url] of Object.entries(urls.kubernetes)) {
    console.log(`  Kubernetes  ${url} (cluster ${cluster})`);
  }
  console.log(`  Grafana     ${urls.grafana}`);
  console.log(
    `  Harbor      ${urls.harbor} (${credentials.tools.harbor.username} / ${credentials.tools.harbor.password})`,
  );
  console.log(
    `  faults      ${sandbox.url}/_sandbox/faults, stats ${sandbox.url}/_sandbox/stats`,
  );
  console.log(`Admin token (MANAGE): ${credentials.adminToken}`);
  console.log('Demo users (e-mail / password / role / personal access token):');
  for (const user of SANDBOX_DEMO_USERS) {
    console.log(
      `  ${user.email.padEnd(34)} ${user.password.padEnd(
        15,
      )} ${user.role.padEnd(15)} ${user.pat ?? '-'}`,
    );
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, stopping the sandbox`);
    sandbox.stop().then(
      () => process.exit(0),
      error => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

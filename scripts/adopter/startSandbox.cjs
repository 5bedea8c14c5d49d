/*
 * Runs the sandbox from its installed package (the packed tarball, as an
 * adopter's own tests would) and writes, once it listens:
 * - <out>/sandbox.env.json: the values of the README configuration's
 *   environment variables, pointing at this sandbox;
 * - <out>/users.yaml: the demo people as catalog User entities, standing in
 *   for the adopter's org data (the cards match users by e-mail).
 * Runs until SIGTERM.
 *
 *   node startSandbox.cjs <install-dir> <port> <backend-base-url> <out-dir>
 */
const { createRequire } = require('node:module');
const { randomBytes } = require('node:crypto');
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const [installDir, port, backendBaseUrl, outDir] = process.argv.slice(2);
const { startSandbox, SANDBOX_DEMO_USERS } = createRequire(
  path.join(installDir, 'package.json'),
)('@cpin/cloud-pi-sandbox');
const PROJECTS_ROOT_DIR = 'forge/projects';

startSandbox({
  port: Number(port),
  host: '127.0.0.1',
  seed: 'demo',
  projectsRootDir: PROJECTS_ROOT_DIR,
  extraRedirectUris: [`${backendBaseUrl}/api/auth/oidc/handler/frame`],
}).then(
  sandbox => {
    const { urls, credentials } = sandbox;
    const env = {
      CPIN_CONSOLE_URL: urls.console,
      CPIN_CONSOLE_TOKEN: credentials.adminToken,
      CPIN_PROJECTS_ROOT_DIR: PROJECTS_ROOT_DIR,
      CPIN_GITLAB_URL: urls.gitlab,
      CPIN_GITLAB_TOKEN: credentials.tools.gitlabToken,
      CPIN_VAULT_URL: urls.vault,
      CPIN_VAULT_TOKEN: credentials.tools.vaultToken,
      CPIN_SONARQUBE_URL: urls.sonarqube,
      CPIN_SONARQUBE_TOKEN: credentials.tools.sonarqubeToken,
      CPIN_GRAFANA_URL: urls.grafana,
      CPIN_ARGOCD_URL: urls.argocd.default,
      CPIN_ARGOCD_USERNAME: credentials.tools.argocd.username,
      CPIN_ARGOCD_PASSWORD: credentials.tools.argocd.password,
      KEYCLOAK_METADATA_URL: `${urls.oidcIssuer}/.well-known/openid-configuration`,
      KEYCLOAK_CLIENT_ID: credentials.oidcClient.clientId,
      KEYCLOAK_CLIENT_SECRET: credentials.oidcClient.clientSecret,
      AUTH_SESSION_SECRET: randomBytes(16).toString('hex'),
    };
    const users = SANDBOX_DEMO_USERS.map(user =>
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: User',
        'metadata:',
        `  name: ${user.username}`,
        'spec:',
        '  profile:',
        `    displayName: ${user.firstName} ${user.lastName}`,
        `    email: ${user.email}`,
        '  memberOf: []',
      ].join('\n'),
    );
    writeFileSync(
      path.join(outDir, 'users.yaml'),
      `${users.join('\n---\n')}\n`,
    );
    writeFileSync(
      path.join(outDir, 'sandbox.env.json'),
      JSON.stringify(env, null, 2),
    );
    console.log(`sandbox ready on ${sandbox.url}`);
    process.on('SIGTERM', () => sandbox.stop().then(() => process.exit(0)));
  },
  error => {
    console.error(error);
    process.exit(1);
  },
);

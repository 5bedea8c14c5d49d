import express from 'express';
import type { AddressInfo } from 'node:net';
import { Authenticator } from '../console/auth/authenticate';
import { createOidcBearerVerifier } from '../console/auth/bearerVerifier';
import { createConsoleApp } from '../console/createConsoleApp';
import { ProvisioningRunner } from '../console/provisioning';
import { createConsoleServices } from '../console/services';
import { ConsoleStore } from '../console/store/ConsoleStore';
import {
  SANDBOX_DEMO_CREDENTIALS,
  SANDBOX_DEMO_USERS,
} from '../demo/demoCredentials';
import { controlRouter } from '../faults/controlRouter';
import { FaultController } from '../faults/FaultController';
import { faultMiddleware } from '../faults/faultMiddleware';
import { RequestStats } from '../faults/RequestStats';
import { TimerRegistry } from '../faults/TimerRegistry';
import { TrackedServer } from '../http/TrackedServer';
import { SandboxIdentity } from '../identity/SandboxIdentity';
import { createSandboxOidc } from '../oidc/createSandboxOidc';
import {
  SANDBOX_PATHS,
  argocdUrlOf,
  buildPlatformSettings,
  kubernetesUrlOf,
} from '../settings';
import { buildWorld } from './buildWorld';
import { perKeyRouter } from './perKeyRouter';
import { randomBytes } from 'node:crypto';
import {
  vaultPlatformSecretReader,
  vaultPlatformSecretWriter,
} from './platformSecretReader';

/** Marks the sandbox's calls to itself, let through while it starts. */
const INTERNAL_CALL_HEADER = 'x-cpin-sandbox-internal';
import type {
  Sandbox,
  SandboxCredentials,
  SandboxOptions,
} from './sandboxTypes';
import type { ToolWorldContract, ToolWorldFactory } from './toolWorldContract';

/** Redirect URIs of the Backstage client (backend and frontend dev servers). @public */
export const DEFAULT_REDIRECT_URIS = [
  'http://localhost:7007/api/auth/oidc/handler/frame',
  'http://localhost:3000/api/auth/oidc/handler/frame',
];

const LOOPBACK_HOSTS = new Set([
  '127.0.0.1',
  'localhost',
  '0.0.0.0',
  '::',
  '::1',
]);

/** Where the sandbox reaches itself (the console calling the realm and Vault). */
function internalHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0' || address.address === '::')
    return '127.0.0.1';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

export type {
  Sandbox,
  SandboxCredentials,
  SandboxOptions,
  SandboxUrls,
  SandboxUserCredentials,
} from './sandboxTypes';

/**
 * Builds and starts the sandbox with the given tool fakes: one HTTP server,
 * every stand-in under its path prefix, the fault layer in front.
 */
export async function createSandbox(
  options: SandboxOptions,
  createToolWorld: ToolWorldFactory,
): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const server = new TrackedServer();
  const address = await server.listen(options.port ?? 7180, host);
  const timers = new TimerRegistry();
  try {
    const publicUrl = (
      options.publicUrl ??
      `http://${LOOPBACK_HOSTS.has(host) ? 'localhost' : host}:${address.port}`
    ).replace(/\/+$/, '');
    const internalUrl = `http://${internalHost(address)}:${address.port}`;

    const settings = buildPlatformSettings(publicUrl, options.projectsRootDir);
    const tools: ToolWorldContract = createToolWorld(settings);
    const store = new ConsoleStore();
    const provisioning = new ProvisioningRunner(
      store,
      tools.provisioner,
      settings,
    );
    const identity = new SandboxIdentity(store, SANDBOX_DEMO_USERS);
    const issuer = `${publicUrl}${SANDBOX_PATHS.oidc}`;
    const oidcClient = {
      clientId: SANDBOX_DEMO_CREDENTIALS.oidcClient.clientId,
      clientSecret:
        options.oidcClientSecret ??
        SANDBOX_DEMO_CREDENTIALS.oidcClient.clientSecret,
    };
    const oidc = await createSandboxOidc({
      issuer,
      accounts: identity,
      clients: [
        {
          ...oidcClient,
          redirectUris: [
            ...DEFAULT_REDIRECT_URIS,
            ...(options.extraRedirectUris ?? []),
          ],
          postLogoutRedirectUris: [
            'http://localhost:7007',
            'http://localhost:3000',
          ],
        },
      ],
    });
    // The console's own calls to Vault (the seed runs before the gate opens).
    const internalCallSecret = randomBytes(16).toString('hex');
    const platformVault = {
      vaultUrl: `${internalUrl}${SANDBOX_PATHS.vault}`,
      kvName: settings.vaultKvName,
      token: tools.credentials.vaultToken,
      headers: { [INTERNAL_CALL_HEADER]: internalCallSecret },
    };
    const services = createConsoleServices({
      store,
      settings,
      provisioning,
      toolUrls: {
        gitlab: settings.gitlabUrl,
        vault: `${publicUrl}${SANDBOX_PATHS.vault}`,
        sonarqube: `${publicUrl}${SANDBOX_PATHS.sonarqube}`,
        grafana: settings.grafanaUrl,
      },
      people: identity,
      readPlatformSecret: vaultPlatformSecretReader(platformVault),
      writePlatformSecret: vaultPlatformSecretWriter(platformVault),
    });
    const auth = new Authenticator(
      store,
      createOidcBearerVerifier({
        // The console reaches the realm through an internal address.
        discoveryUrl: `${internalUrl}${SANDBOX_PATHS.oidc}/.well-known/openid-configuration`,
        issuer,
      }),
    );

    const faults = new FaultController(options.latencyMs ?? 0);
    const stats = new RequestStats();
    const app = express();
    app.disable('x-powered-by');
    // Answer 503 until the world is built rather than serve half of it.
    let ready = false;
    app.use((req, res, next) => {
      if (ready || req.get(INTERNAL_CALL_HEADER) === internalCallSecret) {
        next();
        return;
      }
      res
        .status(503)
        .set('Retry-After', '1')
        .json({ message: 'Sandbox starting' });
    });
    app.use(
      SANDBOX_PATHS.control,
      controlRouter(faults, stats, () =>
        services.deps.provisioning.allSettled(),
      ),
    );
    app.use(faultMiddleware(faults, stats, timers));
    app.use(SANDBOX_PATHS.console, createConsoleApp({ services, auth }));
    app.use(SANDBOX_PATHS.oidc, oidc.router);
    app.use(SANDBOX_PATHS.gitlab, tools.gitlab);
    app.use(SANDBOX_PATHS.vault, tools.vault);
    app.use(SANDBOX_PATHS.sonarqube, tools.sonarqube);
    app.use(SANDBOX_PATHS.grafana, tools.grafana);
    app.use(SANDBOX_PATHS.harbor, tools.harbor);
    app.use(
      SANDBOX_PATHS.argocd,
      perKeyRouter(
        'zone',
        slug => !!store.zones.findUnique('slug', slug),
        tools.argocd,
      ),
    );
    app.use(
      SANDBOX_PATHS.kubernetes,
      perKeyRouter(
        'cluster',
        label => !!store.clusters.findUnique('label', label),
        tools.kubernetes,
      ),
    );
    app.use((req, res) => {
      res
        .status(404)
        .json({ message: `No sandbox route for ${req.method} ${req.path}` });
    });
    server.server.on('request', app);

    const stateFile = await buildWorld({
      options,
      publicUrl,
      services,
      tools,
    });
    ready = true;

    const credentials: SandboxCredentials = {
      adminToken: SANDBOX_DEMO_CREDENTIALS.adminToken.value,
      users: SANDBOX_DEMO_USERS.map(u => ({
        id: u.id,
        email: u.email,
        password: u.password,
        pat: u.pat,
        firstName: u.firstName,
        lastName: u.lastName,
      })),
      oidcClient,
      tools: tools.credentials,
    };

    return {
      url: publicUrl,
      urls: {
        console: `${publicUrl}${SANDBOX_PATHS.console}`,
        oidcIssuer: issuer,
        gitlab: settings.gitlabUrl,
        vault: `${publicUrl}${SANDBOX_PATHS.vault}`,
        sonarqube: `${publicUrl}${SANDBOX_PATHS.sonarqube}`,
        grafana: settings.grafanaUrl,
        harbor: `${publicUrl}${SANDBOX_PATHS.harbor}`,
        get argocd() {
          return Object.fromEntries(
            store.zones
              .all()
              .map(z => [z.slug, argocdUrlOf(publicUrl, z.slug)]),
          );
        },
        get kubernetes() {
          return Object.fromEntries(
            store.clusters
              .all()
              .map(c => [c.label, kubernetesUrlOf(publicUrl, c.label)]),
          );
        },
      },
      credentials,
      faults,
      stats: () => stats.snapshot(),
      resetStats: () => stats.reset(),
      settled: () => services.deps.provisioning.allSettled(),
      issueAccessToken: async (email, tokenOptions) => {
        const account = identity.findByLogin(email);
        if (!account) throw new Error(`Unknown sandbox user ${email}`);
        return oidc.issueAccessToken(account.id, tokenOptions);
      },
      stop: async () => {
        timers.cancelAll();
        await server.close();
        await stateFile?.close();
      },
    };
  } catch (error) {
    timers.cancelAll();
    await server.close();
    throw error;
  }
}

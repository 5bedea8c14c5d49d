import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import {
  CloudPiService,
  DefaultCloudPiService,
} from '@cpin/plugin-cloud-pi-native-node';

/** Name of the sandbox instance in the tests' configuration. */
export const INSTANCE = 'sandbox';

/** E-mails of the demo users, by what they can do in the demo projects. */
export const USERS = {
  admin: 'admin@cloud-pi.fr',
  /** Owner of portail, sirh, intranet. */
  alice: 'alice.martin@interieur.gouv.fr',
  /** DevOps in portail and sirh; owner of cadastre. */
  bob: 'bob.durand@interieur.gouv.fr',
  /** Développeur in portail. */
  claire: 'claire.petit@interieur.gouv.fr',
  /** Lecture seule in portail. */
  david: 'david.moreau@interieur.gouv.fr',
  /** Member of nothing. */
  eve: 'eve.nobody@interieur.gouv.fr',
  /** Known to the realm only: never logged into the console. */
  frank: 'frank.nouveau@interieur.gouv.fr',
} as const;

/** A sandbox and the Cloud π service configured against it. */
export interface CloudPiWorld {
  sandbox: Sandbox;
  cloudPi: CloudPiService;
  /** The `cloudPiNative` configuration pointing at the sandbox. */
  config: JsonObject;
  /** Task secrets with a fresh platform access token of a demo user. */
  tokenSecrets(email: string): Promise<Record<string, string>>;
  /** Task secrets with the personal access token of a demo user. */
  patSecrets(email: string): Record<string, string>;
  /** Requests other than GET received since the last `resetStats()`. */
  mutatingRequests(): string[];
  /** Every request received since the last `resetStats()`. */
  requestCount(): number;
  stop(): Promise<void>;
}

/** The `cloudPiNative` configuration of an instance served by the sandbox. */
export function sandboxConfig(sandbox: Sandbox): JsonObject {
  const { urls, credentials } = sandbox;
  return {
    instances: [
      {
        name: INSTANCE,
        consoleUrl: urls.console,
        token: credentials.adminToken,
        projectsRootDir: 'forge/projects',
        // Fail fast in tests: nothing here is slow.
        retries: { max: 0 },
        gitlab: { url: urls.gitlab, token: credentials.tools.gitlabToken },
        vault: { url: urls.vault, token: credentials.tools.vaultToken },
        sonarqube: {
          url: urls.sonarqube,
          token: credentials.tools.sonarqubeToken,
        },
        grafana: { url: urls.grafana },
      },
    ],
  };
}

/** Starts the demo sandbox on a free port. */
export async function startCloudPiWorld(): Promise<CloudPiWorld> {
  const sandbox = await startSandbox({ port: 0, seed: 'demo' });
  const config = sandboxConfig(sandbox);
  const cloudPi = DefaultCloudPiService.fromConfig(
    new ConfigReader({ cloudPiNative: config }),
    { logger: mockServices.logger.mock() },
  );
  return {
    sandbox,
    cloudPi,
    config,
    async tokenSecrets(email) {
      return { cloudPiToken: await sandbox.issueAccessToken(email) };
    },
    patSecrets(email) {
      const user = sandbox.credentials.users.find(u => u.email === email);
      if (!user?.pat) throw new Error(`No personal access token for ${email}`);
      return { cloudPiPat: user.pat };
    },
    mutatingRequests() {
      return Object.keys(sandbox.stats().requests).filter(
        key => !key.startsWith('GET ') && !key.startsWith('HEAD '),
      );
    },
    requestCount() {
      return sandbox.stats().total;
    },
    stop: () => sandbox.stop(),
  };
}

/** GETs a GitLab API path of the sandbox with the platform token; `undefined` on 404. */
export async function gitlabGet<T = any>(
  world: CloudPiWorld,
  path: string,
): Promise<T | undefined> {
  const res = await fetch(`${world.sandbox.urls.gitlab}/api/v4${path}`, {
    headers: { 'private-token': world.sandbox.credentials.tools.gitlabToken },
  });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`GitLab ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Reads the data of a KV v2 secret of the sandbox Vault; `undefined` on 404. */
export async function vaultRead(
  world: CloudPiWorld,
  mount: string,
  path: string,
): Promise<{ data: Record<string, unknown>; version: number } | undefined> {
  const res = await fetch(
    `${world.sandbox.urls.vault}/v1/${mount}/data/${path}`,
    {
      headers: { 'x-vault-token': world.sandbox.credentials.tools.vaultToken },
    },
  );
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`Vault ${mount}/${path} answered ${res.status}`);
  const body = (await res.json()) as {
    data: { data: Record<string, unknown>; metadata: { version: number } };
  };
  return { data: body.data.data, version: body.data.metadata.version };
}

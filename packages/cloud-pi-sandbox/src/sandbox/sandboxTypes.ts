import type { FaultController } from '../faults/FaultController';
import type { RequestStatsSnapshot } from '../faults/RequestStats';
import type { IssueAccessTokenOptions } from '../oidc/createSandboxOidc';
import type { ScaleSeedOptions } from '../seed/scaleSeed';
import type { ToolCredentials } from './toolWorldContract';

/** Options of `startSandbox`. @public */
export interface SandboxOptions {
  /** Port to listen on; 0 picks a free one. Default 7180. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Public base URL (issuer, links); default `http://localhost:<port>`. */
  publicUrl?: string;
  /** The world to build: the demo (default), the platform only, or a generated one. */
  seed?: 'demo' | 'none' | { scale: ScaleSeedOptions };
  /** Latency added to every request, in milliseconds. */
  latencyMs?: number;
  /** JSON file the console state is restored from and saved to. */
  stateFile?: string;
  /** GitLab `PROJECTS_ROOT_DIR`. Default `forge/projects`. */
  projectsRootDir?: string;
  /** Secret of the `backstage` OIDC client. */
  oidcClientSecret?: string;
  /** Redirect URIs allowed for the `backstage` client, besides the defaults. */
  extraRedirectUris?: string[];
}

/** Public URLs of the stand-ins. @public */
export interface SandboxUrls {
  console: string;
  oidcIssuer: string;
  gitlab: string;
  vault: string;
  sonarqube: string;
  argocd: Record<string, string>;
  kubernetes: Record<string, string>;
  grafana: string;
  harbor: string;
}

/** A demo user's credentials. @public */
export interface SandboxUserCredentials {
  id: string;
  email: string;
  password: string;
  /** Personal access token (absent for users who never used the console). */
  pat?: string;
  firstName: string;
  lastName: string;
}

/** Every credential of the sandbox. @public */
export interface SandboxCredentials {
  /** Admin token with the MANAGE bit (catalog provider). */
  adminToken: string;
  users: SandboxUserCredentials[];
  oidcClient: { clientId: string; clientSecret: string };
  tools: ToolCredentials;
}

/** A running sandbox. @public */
export interface Sandbox {
  /** Public base URL. */
  url: string;
  urls: SandboxUrls;
  credentials: SandboxCredentials;
  /** Fault and latency injection. */
  faults: FaultController;
  /** Request counts since start (or the last reset). */
  stats(): RequestStatsSnapshot;
  /** Resets the request counts. */
  resetStats(): void;
  /**
   * Resolves once the provisioning the console runs in the background
   * (after deployment writes) is done; `GET /_sandbox/settled` over HTTP.
   */
  settled(): Promise<void>;
  /** A signed access token of the realm for a demo user, as the token endpoint issues. */
  issueAccessToken(
    email: string,
    options?: IssueAccessTokenOptions,
  ): Promise<string>;
  /** Closes every connection and saves the state file. */
  stop(): Promise<void>;
}

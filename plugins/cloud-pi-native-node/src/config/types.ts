import { CloudPiTimeoutOptions } from '../http/HttpTransport';
import { CloudPiRetryOptions } from '../http/retryPolicy';

/** How the backend authenticates to Vault. @public */
export type CloudPiVaultAuth =
  | { type: 'token'; token: string }
  | { type: 'appRole'; roleId: string; secretId: string; mountPath: string };

/** How the backend authenticates to an Argo CD. @public */
export type CloudPiArgoCdAuth =
  | { type: 'token'; token: string }
  | { type: 'password'; username: string; password: string };

/** A URL plus a token, for tools with a single static credential. @public */
export interface CloudPiTokenEndpointConfig {
  url: string;
  token: string;
}

/** The platform Harbor, with a basic-auth account (robot or user). @public */
export interface CloudPiHarborConfig {
  url: string;
  username: string;
  password: string;
}

/** The platform Vault. @public */
export interface CloudPiVaultConfig {
  url: string;
  auth: CloudPiVaultAuth;
}

/** The Argo CD of one zone. @public */
export interface CloudPiArgoCdConfig {
  zone: string;
  url: string;
  auth: CloudPiArgoCdAuth;
}

/** The API server of one cluster. @public */
export interface CloudPiKubernetesConfig {
  cluster: string;
  url: string;
  token: string;
  caData?: string;
  skipTLSVerify: boolean;
}

/** Datasource uid patterns of the project Grafana instances (`{tenant}` placeholder). @public */
export interface CloudPiObservabilityConfig {
  lokiDatasourceUid: string;
  prometheusDatasourceUid: string;
  alertmanagerDatasourceUid: string;
}

/** One configured console and its tools, with every default filled in. @public */
export interface CloudPiInstanceConfig {
  name: string;
  title: string;
  consoleUrl: string;
  token: string;
  projectsRootDir: string;
  timeouts: CloudPiTimeoutOptions;
  retries: CloudPiRetryOptions;
  concurrency: number;
  gitlab?: CloudPiTokenEndpointConfig;
  vault?: CloudPiVaultConfig;
  sonarqube?: CloudPiTokenEndpointConfig;
  grafana?: { url: string };
  harbor?: CloudPiHarborConfig;
  observability: CloudPiObservabilityConfig;
  argocd: CloudPiArgoCdConfig[];
  kubernetes: CloudPiKubernetesConfig[];
}

/** The whole `cloudPiNative` configuration block. @public */
export interface CloudPiConfig {
  instances: CloudPiInstanceConfig[];
}

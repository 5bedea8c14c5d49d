import { Config } from '@backstage/config';
import {
  assertUnique,
  configError,
  readName,
  readNonEmpty,
  readUrl,
} from './configValues';
import {
  CloudPiArgoCdConfig,
  CloudPiHarborConfig,
  CloudPiKubernetesConfig,
  CloudPiObservabilityConfig,
  CloudPiTokenEndpointConfig,
  CloudPiVaultConfig,
} from './types';

/** Reads `gitlab` or `sonarqube`: a URL and a token. */
export function readTokenEndpoint(
  config: Config | undefined,
  path: string,
): CloudPiTokenEndpointConfig | undefined {
  if (!config) return undefined;
  return {
    url: readUrl(config, 'url', path),
    token: readNonEmpty(config, 'token', path),
  };
}

/** Reads `harbor`: a URL and a basic-auth account. */
export function readHarbor(
  config: Config | undefined,
  path: string,
): CloudPiHarborConfig | undefined {
  if (!config) return undefined;
  return {
    url: readUrl(config, 'url', path),
    username: readNonEmpty(config, 'username', path),
    password: readNonEmpty(config, 'password', path),
  };
}

/** Reads `vault`, with either a static token or an AppRole. */
export function readVault(
  config: Config | undefined,
  path: string,
): CloudPiVaultConfig | undefined {
  if (!config) return undefined;
  const url = readUrl(config, 'url', path);
  const appRole = config.getOptionalConfig('appRole');
  const hasToken = config.has('token');
  if (hasToken && appRole) {
    throw configError(path, 'set either token or appRole, not both');
  }
  if (appRole) {
    const appRolePath = `${path}.appRole`;
    return {
      url,
      auth: {
        type: 'appRole',
        roleId: readNonEmpty(appRole, 'roleId', appRolePath),
        secretId: readNonEmpty(appRole, 'secretId', appRolePath),
        mountPath: appRole.getOptionalString('mountPath') ?? 'approle',
      },
    };
  }
  if (!hasToken) {
    throw configError(path, 'set either token or appRole');
  }
  return {
    url,
    auth: { type: 'token', token: readNonEmpty(config, 'token', path) },
  };
}

/** Reads `argocd`: one entry per zone, token or username/password. */
export function readArgoCd(
  configs: Config[],
  path: string,
): CloudPiArgoCdConfig[] {
  const entries = configs.map((config, index) => {
    const entryPath = `${path}[${index}]`;
    const zone = readName(config, 'zone', entryPath);
    const url = readUrl(config, 'url', entryPath);
    const hasToken = config.has('token');
    const hasLogin = config.has('username') || config.has('password');
    if (hasToken && hasLogin) {
      throw configError(
        entryPath,
        'set either token or username/password, not both',
      );
    }
    if (hasToken) {
      return {
        zone,
        url,
        auth: {
          type: 'token' as const,
          token: readNonEmpty(config, 'token', entryPath),
        },
      };
    }
    if (!hasLogin) {
      throw configError(entryPath, 'set either token or username/password');
    }
    return {
      zone,
      url,
      auth: {
        type: 'password' as const,
        username: readNonEmpty(config, 'username', entryPath),
        password: readNonEmpty(config, 'password', entryPath),
      },
    };
  });
  assertUnique(
    entries.map(entry => entry.zone),
    index => `${path}[${index}].zone`,
  );
  return entries;
}

/** Reads `kubernetes`: one entry per cluster label. */
export function readKubernetes(
  configs: Config[],
  path: string,
): CloudPiKubernetesConfig[] {
  const entries = configs.map((config, index) => {
    const entryPath = `${path}[${index}]`;
    const entry = {
      cluster: readName(config, 'cluster', entryPath),
      url: readUrl(config, 'url', entryPath),
      token: readNonEmpty(config, 'token', entryPath),
      caData: config.getOptionalString('caData'),
      skipTLSVerify: config.getOptionalBoolean('skipTLSVerify') ?? false,
    };
    // @kubernetes/client-node refuses plain HTTP otherwise, at the first call.
    if (entry.url.startsWith('http:') && !entry.skipTLSVerify) {
      throw configError(
        `${entryPath}.url`,
        'uses plain http: set skipTLSVerify to true to accept an unencrypted API server',
      );
    }
    return entry;
  });
  assertUnique(
    entries.map(entry => entry.cluster),
    index => `${path}[${index}].cluster`,
  );
  return entries;
}

/** Reads `observability`, defaulting to the datasource names of §4.9. */
export function readObservability(
  config: Config | undefined,
): CloudPiObservabilityConfig {
  return {
    lokiDatasourceUid:
      config?.getOptionalString('lokiDatasourceUid') ?? 'loki-{tenant}',
    prometheusDatasourceUid:
      config?.getOptionalString('prometheusDatasourceUid') ?? 'prom-{tenant}',
    alertmanagerDatasourceUid:
      config?.getOptionalString('alertmanagerDatasourceUid') ?? 'am-{tenant}',
  };
}

import { Config } from '@backstage/config';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUTS } from '../http/defaults';
import {
  assertUnique,
  configError,
  readInteger,
  readName,
  readNonEmpty,
  readUrl,
} from './configValues';
import {
  readArgoCd,
  readHarbor,
  readKubernetes,
  readObservability,
  readTokenEndpoint,
  readVault,
} from './readToolConfigs';
import { CloudPiConfig, CloudPiInstanceConfig } from './types';

const ROOT = 'cloudPiNative';
const DEFAULT_CONCURRENCY = 8;

/**
 * Reads and validates the `cloudPiNative` block once, at startup. Every
 * error names the offending key; defaults are filled in. A missing block
 * yields no instance.
 *
 * @public
 */
export function readCloudPiConfig(config: Config): CloudPiConfig {
  const root = config.getOptionalConfig(ROOT);
  if (!root) return { instances: [] };
  const instances = root
    .getConfigArray('instances')
    .map((instance, index) =>
      readInstance(instance, `${ROOT}.instances[${index}]`),
    );
  assertUnique(
    instances.map(instance => instance.name),
    index => `${ROOT}.instances[${index}].name`,
  );
  return { instances };
}

function readInstance(config: Config, path: string): CloudPiInstanceConfig {
  const name = readName(config, 'name', path);
  const timeouts = config.getOptionalConfig('timeouts');
  const retries = config.getOptionalConfig('retries');
  const grafana = config.getOptionalConfig('grafana');
  return {
    name,
    title: config.getOptionalString('title') ?? name,
    consoleUrl: readUrl(config, 'consoleUrl', path),
    token: readNonEmpty(config, 'token', path),
    projectsRootDir: readProjectsRootDir(config, path),
    timeouts: {
      requestMs: readInteger(timeouts, 'requestMs', `${path}.timeouts`, {
        min: 1,
        defaultValue: DEFAULT_TIMEOUTS.requestMs,
      }),
      provisioningMs: readInteger(
        timeouts,
        'provisioningMs',
        `${path}.timeouts`,
        { min: 1, defaultValue: DEFAULT_TIMEOUTS.provisioningMs },
      ),
    },
    retries: {
      max: readInteger(retries, 'max', `${path}.retries`, {
        min: 0,
        defaultValue: DEFAULT_RETRIES.max,
      }),
      baseDelayMs: readInteger(retries, 'baseDelayMs', `${path}.retries`, {
        min: 0,
        defaultValue: DEFAULT_RETRIES.baseDelayMs,
      }),
      maxDelayMs: readInteger(retries, 'maxDelayMs', `${path}.retries`, {
        min: 0,
        defaultValue: DEFAULT_RETRIES.maxDelayMs,
      }),
    },
    concurrency: readInteger(config, 'concurrency', path, {
      min: 1,
      defaultValue: DEFAULT_CONCURRENCY,
    }),
    gitlab: readTokenEndpoint(
      config.getOptionalConfig('gitlab'),
      `${path}.gitlab`,
    ),
    vault: readVault(config.getOptionalConfig('vault'), `${path}.vault`),
    sonarqube: readTokenEndpoint(
      config.getOptionalConfig('sonarqube'),
      `${path}.sonarqube`,
    ),
    grafana: grafana
      ? { url: readUrl(grafana, 'url', `${path}.grafana`) }
      : undefined,
    harbor: readHarbor(config.getOptionalConfig('harbor'), `${path}.harbor`),
    observability: readObservability(config.getOptionalConfig('observability')),
    argocd: readArgoCd(
      config.getOptionalConfigArray('argocd') ?? [],
      `${path}.argocd`,
    ),
    kubernetes: readKubernetes(
      config.getOptionalConfigArray('kubernetes') ?? [],
      `${path}.kubernetes`,
    ),
  };
}

/** GitLab `PROJECTS_ROOT_DIR`, without leading or trailing slashes. */
function readProjectsRootDir(config: Config, path: string): string {
  const value = readNonEmpty(config, 'projectsRootDir', path).replace(
    /^\/+|\/+$/g,
    '',
  );
  if (value === '') {
    throw configError(`${path}.projectsRootDir`, 'must name a GitLab group');
  }
  return value;
}

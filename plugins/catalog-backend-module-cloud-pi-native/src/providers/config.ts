import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import {
  KubernetesValidatorFunctions,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config, ConfigReader, JsonObject } from '@backstage/config';
import {
  ProjectStatus,
  projectStatusSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { readCloudPiConfig } from '@cpin/plugin-cloud-pi-native-node';
import { DEFAULT_MAX_REMOVED_SHARE } from './removalGuard';

const ROOT = 'catalog.providers.cloudPiNative';

/** How locked projects are handled. @public */
export type CloudPiLockedFilter = 'include' | 'exclude' | 'only';

/** Which projects a provider imports. @public */
export interface CloudPiNativeProjectFilters {
  /** Only these statuses (sent to the console as `statusIn`). */
  statuses?: ProjectStatus[];
  /** Never these statuses (`statusNotIn`); holds `archived` unless `statuses` names it. */
  excludeStatuses: ProjectStatus[];
  locked: CloudPiLockedFilter;
  projectNamePattern?: RegExp;
  slugPattern?: RegExp;
  excludeSlugPattern?: RegExp;
}

/** One `catalog.providers.cloudPiNative.<id>` entry, with defaults filled in. @public */
export interface CloudPiNativeProviderConfig {
  id: string;
  /** Name of the `cloudPiNative.instances[]` entry. */
  instance: string;
  entityNamespace: string;
  schedule: SchedulerServiceTaskScheduleDefinition;
  filters: CloudPiNativeProjectFilters;
  /** Overrides the instance's concurrency when set. */
  concurrency?: number;
  roleGroups: boolean;
  /** Full entity reference of the owner of clusters and zones. */
  platformOwner: string;
  /**
   * Largest share (0 to 1) of the provider's entities a run may remove
   * without the console proving the removal (`removalGuard.maxShare`).
   */
  maxRemovedShare: number;
}

/** Default schedule of a provider (every key can be overridden). @public */
export const DEFAULT_CLOUD_PI_PROVIDER_SCHEDULE = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 15 },
} as const;

const PROVIDER_KEYS = new Set([
  'instance',
  'entityNamespace',
  'schedule',
  'filters',
  'concurrency',
  'roleGroups',
  'platformOwner',
  'removalGuard',
]);
const FILTER_KEYS = new Set([
  'statuses',
  'excludeStatuses',
  'locked',
  'projectNamePattern',
  'slugPattern',
  'excludeSlugPattern',
]);
const LOCKED_VALUES: CloudPiLockedFilter[] = ['include', 'exclude', 'only'];

function configError(key: string, problem: string): Error {
  return new Error(`Invalid Cloud π configuration at '${key}': ${problem}`);
}

/**
 * Reads every `catalog.providers.cloudPiNative.<id>` entry. Each error names
 * the offending key. `instanceNames` defaults to the instances declared
 * under `cloudPiNative.instances`.
 *
 * @public
 */
export function readProviderConfigs(
  config: Config,
  options: { instanceNames?: string[] } = {},
): CloudPiNativeProviderConfig[] {
  const providers = config.getOptionalConfig(ROOT);
  if (!providers) return [];
  const instanceNames =
    options.instanceNames ??
    readCloudPiConfig(config).instances.map(instance => instance.name);

  return providers.keys().map(id => {
    const path = `${ROOT}.${id}`;
    const value = providers.getOptional(id);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw configError(
        path,
        `must be an object: providers are keyed by id, e.g. ${ROOT}.default.instance`,
      );
    }
    return readProviderConfig(id, providers.getConfig(id), path, instanceNames);
  });
}

function readProviderConfig(
  id: string,
  config: Config,
  path: string,
  instanceNames: string[],
): CloudPiNativeProviderConfig {
  assertKnownKeys(config, PROVIDER_KEYS, path);
  if (!KubernetesValidatorFunctions.isValidObjectName(id)) {
    throw configError(path, `'${id}' is not a valid provider id`);
  }
  const instance = readInstance(config, path, instanceNames);
  const entityNamespace =
    config.getOptionalString('entityNamespace') ?? instance;
  if (!KubernetesValidatorFunctions.isValidNamespace(entityNamespace)) {
    throw configError(
      `${path}.entityNamespace`,
      `${JSON.stringify(
        entityNamespace,
      )} is not a valid entity namespace ([a-z0-9-], at most 63 characters)`,
    );
  }
  const concurrency = config.getOptionalNumber('concurrency');
  if (
    concurrency !== undefined &&
    (!Number.isInteger(concurrency) || concurrency < 1)
  ) {
    throw configError(
      `${path}.concurrency`,
      `must be an integer of at least 1, got ${concurrency}`,
    );
  }
  return {
    id,
    instance,
    entityNamespace,
    schedule: readSchedule(config, `${path}.schedule`),
    filters: readFilters(
      config.getOptionalConfig('filters'),
      `${path}.filters`,
    ),
    concurrency,
    roleGroups: config.getOptionalBoolean('roleGroups') ?? false,
    platformOwner: readPlatformOwner(config, path, entityNamespace),
    maxRemovedShare: readMaxRemovedShare(
      config.getOptionalConfig('removalGuard'),
      `${path}.removalGuard`,
    ),
  };
}

function readMaxRemovedShare(config: Config | undefined, path: string) {
  if (config) assertKnownKeys(config, new Set(['maxShare']), path);
  const share = config?.getOptionalNumber('maxShare');
  if (share === undefined) return DEFAULT_MAX_REMOVED_SHARE;
  if (!(share >= 0 && share <= 1)) {
    throw configError(
      `${path}.maxShare`,
      `must be a number from 0 to 1 (a share of the provider's entities), got ${share}`,
    );
  }
  return share;
}

function readInstance(
  config: Config,
  path: string,
  instanceNames: string[],
): string {
  const instance = config.getOptionalString('instance');
  if (instance !== undefined) {
    if (!instanceNames.includes(instance)) {
      throw configError(
        `${path}.instance`,
        `no Cloud π Native instance named '${instance}' is configured (${
          instanceNames.length > 0
            ? `known instances: ${instanceNames.join(', ')}`
            : 'cloudPiNative.instances is empty'
        })`,
      );
    }
    return instance;
  }
  if (instanceNames.length === 1) return instanceNames[0];
  throw configError(
    `${path}.instance`,
    instanceNames.length === 0
      ? 'no Cloud π Native instance is configured under cloudPiNative.instances'
      : `required, since ${
          instanceNames.length
        } instances are configured (${instanceNames.join(', ')})`,
  );
}

function readSchedule(
  config: Config,
  path: string,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig('schedule');
  // Keys left out take their default, so `schedule: { frequency: … }` is enough.
  const merged = new ConfigReader({
    ...DEFAULT_CLOUD_PI_PROVIDER_SCHEDULE,
    ...schedule?.get<JsonObject>(),
  });
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(merged);
  } catch (error) {
    throw configError(path, (error as Error).message);
  }
}

function readFilters(
  config: Config | undefined,
  path: string,
): CloudPiNativeProjectFilters {
  if (config) assertKnownKeys(config, FILTER_KEYS, path);
  const statuses = readStatuses(config, 'statuses', path);
  const excluded = readStatuses(config, 'excludeStatuses', path) ?? [];
  const overlap = statuses?.filter(status => excluded.includes(status)) ?? [];
  if (overlap.length > 0) {
    throw configError(
      path,
      `statuses and excludeStatuses both name ${overlap.join(', ')}`,
    );
  }
  const excludeStatuses =
    statuses?.includes('archived') || excluded.includes('archived')
      ? excluded
      : [...excluded, 'archived' as const];

  const locked = config?.getOptionalString('locked') ?? 'include';
  if (!LOCKED_VALUES.includes(locked as CloudPiLockedFilter)) {
    throw configError(
      `${path}.locked`,
      `must be one of ${LOCKED_VALUES.join(', ')}, got ${JSON.stringify(
        locked,
      )}`,
    );
  }
  return {
    statuses,
    excludeStatuses,
    locked: locked as CloudPiLockedFilter,
    projectNamePattern: readPattern(config, 'projectNamePattern', path),
    slugPattern: readPattern(config, 'slugPattern', path),
    excludeSlugPattern: readPattern(config, 'excludeSlugPattern', path),
  };
}

function readStatuses(
  config: Config | undefined,
  key: string,
  path: string,
): ProjectStatus[] | undefined {
  const values = config?.getOptionalStringArray(key);
  if (values === undefined) return undefined;
  if (values.length === 0) {
    throw configError(`${path}.${key}`, 'must not be empty');
  }
  return values.map((value, index) => {
    const parsed = projectStatusSchema.safeParse(value);
    if (!parsed.success) {
      throw configError(
        `${path}.${key}[${index}]`,
        `unknown project status ${JSON.stringify(
          value,
        )} (expected one of ${projectStatusSchema.options.join(', ')})`,
      );
    }
    return parsed.data;
  });
}

function readPattern(
  config: Config | undefined,
  key: string,
  path: string,
): RegExp | undefined {
  const pattern = config?.getOptionalString(key);
  if (pattern === undefined) return undefined;
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw configError(
      `${path}.${key}`,
      `${JSON.stringify(pattern)} is not a valid regular expression (${
        (error as Error).message
      })`,
    );
  }
}

function readPlatformOwner(
  config: Config,
  path: string,
  entityNamespace: string,
): string {
  const value =
    config.getOptionalString('platformOwner') ??
    `group:${entityNamespace}/cpin-platform`;
  let problem: string | undefined;
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: entityNamespace,
    });
    const validators = makeValidator();
    if (!validators.isValidKind(ref.kind)) problem = `bad kind '${ref.kind}'`;
    else if (!validators.isValidNamespace(ref.namespace)) {
      problem = `bad namespace '${ref.namespace}'`;
    } else if (!validators.isValidEntityName(ref.name)) {
      problem = `bad name '${ref.name}'`;
    } else return stringifyEntityRef(ref);
  } catch (error) {
    problem = (error as Error).message;
  }
  throw configError(
    `${path}.platformOwner`,
    `${JSON.stringify(value)} is not a valid entity reference (${problem})`,
  );
}

function assertKnownKeys(config: Config, known: Set<string>, path: string) {
  const unknown = config.keys().filter(key => !known.has(key));
  if (unknown.length > 0) {
    throw configError(
      `${path}.${unknown[0]}`,
      `unknown key (expected one of ${[...known].join(', ')})`,
    );
  }
}

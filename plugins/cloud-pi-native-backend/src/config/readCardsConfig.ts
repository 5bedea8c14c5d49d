import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EVERYONE_ADMIN_PERMS,
  parsePerms,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiAccessRule,
  CloudPiAccessScope,
  isCloudPiAccessRule,
} from '../authorization/accessRules';

/** Cache settings of the cards backend, in milliseconds. */
export interface CardsCacheConfig {
  ttlMs: number;
  staleWhileRevalidateMs: number;
  degradedTtlMs: number;
  platformTtlMs: number;
  userTtlMs: number;
  /** How long a user's entity and permission decision serve their next reads; 0 = never. */
  authorizationTtlMs: number;
  entityTtlMs: number;
}

/** The `cloudPiNative.cards` block with every default filled in. */
export interface CardsConfig {
  cache: CardsCacheConfig;
  partTimeoutMs: number;
  access: Record<CloudPiAccessScope, CloudPiAccessRule>;
  /** Normalised entity refs of platform administrators. */
  platformAdmins: string[];
  everyonePlatformPermissions: bigint;
  journey: JourneyConfig;
}

/** Where the onboarding journey's next actions point. */
export interface JourneyConfig {
  documentationUrl: string;
  templates: { addRepository: string; addEnvironment: string };
}

const ROOT = 'cloudPiNative.cards';

/** Default access rules: membership for reads, the console's own rules for the rest. */
export const DEFAULT_ACCESS: Readonly<
  Record<CloudPiAccessScope, CloudPiAccessRule>
> = {
  overview: 'member',
  environments: 'member',
  'quality-gate': 'member',
  deployments: 'member',
  observability: 'member',
  builds: 'member',
  images: 'member',
  journey: 'member',
  reprovision: 'replay-hooks',
  secrets: 'see-secrets',
  'argocd-refresh': 'manage-environments',
  'argocd-sync': 'manage-environments',
  'argocd-rollback': 'manage-environments',
};

const ACCESS_KEYS: Record<CloudPiAccessScope, string> = {
  overview: 'overview',
  environments: 'environments',
  'quality-gate': 'qualityGate',
  deployments: 'deployments',
  observability: 'observability',
  builds: 'builds',
  images: 'images',
  journey: 'journey',
  reprovision: 'reprovision',
  secrets: 'secrets',
  'argocd-refresh': 'argocdRefresh',
  'argocd-sync': 'argocdSync',
  'argocd-rollback': 'argocdRollback',
};

/** Reads `cloudPiNative.cards`; an invalid value stops the backend with the key in the message. */
export function readCardsConfig(root: Config): CardsConfig {
  const config = root.getOptionalConfig(ROOT);
  const cache = config?.getOptionalConfig('cache');
  const accessConfig = config?.getOptionalConfig('access');

  const access = { ...DEFAULT_ACCESS };
  for (const [scope, key] of Object.entries(ACCESS_KEYS) as Array<
    [CloudPiAccessScope, string]
  >) {
    const value = accessConfig?.getOptionalString(key);
    if (value === undefined) continue;
    if (!isCloudPiAccessRule(value)) {
      throw new InputError(
        `Invalid configuration at '${ROOT}.access.${key}': unknown rule "${value}"`,
      );
    }
    access[scope] = value;
  }

  return {
    cache: {
      ttlMs: duration(cache, `${ROOT}.cache`, 'ttl', 60_000, { min: 1 }),
      staleWhileRevalidateMs: duration(
        cache,
        `${ROOT}.cache`,
        'staleWhileRevalidate',
        300_000,
      ),
      degradedTtlMs: duration(cache, `${ROOT}.cache`, 'degradedTtl', 10_000, {
        min: 1,
      }),
      platformTtlMs: duration(cache, `${ROOT}.cache`, 'platformTtl', 300_000, {
        min: 1,
      }),
      userTtlMs: duration(cache, `${ROOT}.cache`, 'userTtl', 600_000, {
        min: 1,
      }),
      authorizationTtlMs: duration(
        cache,
        `${ROOT}.cache`,
        'authorizationTtl',
        5_000,
      ),
      entityTtlMs: duration(cache, `${ROOT}.cache`, 'entityTtl', 5_000),
    },
    partTimeoutMs: duration(config, ROOT, 'partTimeout', 10_000, { min: 1 }),
    access,
    platformAdmins: (
      config?.getOptionalStringArray('platformAdmins') ?? []
    ).map((ref, index) => {
      try {
        return stringifyEntityRef(parseEntityRef(ref));
      } catch {
        throw new InputError(
          `Invalid configuration at '${ROOT}.platformAdmins[${index}]': not an entity ref`,
        );
      }
    }),
    everyonePlatformPermissions: everyonePermissions(config),
    journey: readJourney(config?.getOptionalConfig('journey')),
  };
}

function readJourney(config: Config | undefined): JourneyConfig {
  const path = `${ROOT}.journey`;
  const documentationUrl = (
    config?.getOptionalString('documentationUrl') ??
    'https://cloud-pi-native.fr'
  ).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(documentationUrl)) {
    throw new InputError(
      `Invalid configuration at '${path}.documentationUrl': not an http(s) URL`,
    );
  }
  const template = (key: string, fallback: string) => {
    const value = config?.getOptionalString(`templates.${key}`) ?? fallback;
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind: 'template' }),
      );
    } catch {
      throw new InputError(
        `Invalid configuration at '${path}.templates.${key}': not an entity ref`,
      );
    }
  };
  return {
    documentationUrl,
    templates: {
      addRepository: template(
        'addRepository',
        'template:default/cpin-add-repository',
      ),
      addEnvironment: template(
        'addEnvironment',
        'template:default/cpin-add-environment',
      ),
    },
  };
}

function everyonePermissions(config: Config | undefined): bigint {
  const value = config?.getOptionalString('everyonePlatformPermissions');
  if (value === undefined) return EVERYONE_ADMIN_PERMS;
  try {
    return parsePerms(value);
  } catch {
    throw new InputError(
      `Invalid configuration at '${ROOT}.everyonePlatformPermissions': not a decimal bitfield`,
    );
  }
}

function duration(
  config: Config | undefined,
  path: string,
  key: string,
  defaultMs: number,
  options: { min?: number } = {},
): number {
  if (!config?.has(key)) return defaultMs;
  const at = `${path}.${key}`;
  let ms: number;
  try {
    ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
  } catch (error) {
    throw new InputError(
      `Invalid configuration at '${at}': ${(error as Error).message}`,
    );
  }
  const min = options.min ?? 0;
  if (!Number.isFinite(ms) || ms < min) {
    throw new InputError(
      `Invalid configuration at '${at}': must be at least ${min} ms`,
    );
  }
  return ms;
}

import { Config } from '@backstage/config';

const NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** A configuration error naming the offending key. */
export function configError(key: string, problem: string): Error {
  return new Error(`Invalid Cloud π configuration at '${key}': ${problem}`);
}

/** Reads an identifier (instance name, zone slug, cluster label). */
export function readName(config: Config, key: string, path: string): string {
  const value = config.getString(key);
  if (!NAME_PATTERN.test(value)) {
    throw configError(
      `${path}.${key}`,
      `must be lowercase letters, digits and inner hyphens ([a-z0-9-]+), got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return value;
}

/** Reads an absolute http(s) URL without credentials, minus trailing slashes. */
export function readUrl(config: Config, key: string, path: string): string {
  const value = config.getString(key);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value is not echoed: a malformed URL may still hold credentials.
    throw configError(`${path}.${key}`, 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw configError(`${path}.${key}`, 'must use http or https');
  }
  if (url.username || url.password) {
    throw configError(
      `${path}.${key}`,
      'must not embed credentials; use the dedicated secret keys',
    );
  }
  return value.replace(/\/+$/, '');
}

/** Reads an optional integer within bounds, or returns the default. */
export function readInteger(
  config: Config | undefined,
  key: string,
  path: string,
  options: { min: number; defaultValue: number },
): number {
  const value = config?.getOptionalNumber(key);
  if (value === undefined) return options.defaultValue;
  if (!Number.isInteger(value) || value < options.min) {
    throw configError(
      `${path}.${key}`,
      `must be an integer >= ${options.min}, got ${value}`,
    );
  }
  return value;
}

/** Reads a required string that must not be blank. */
export function readNonEmpty(
  config: Config,
  key: string,
  path: string,
): string {
  const value = config.getString(key);
  if (value.trim() === '') {
    throw configError(`${path}.${key}`, 'must not be empty');
  }
  return value;
}

/** Throws when two entries share the same identifier. */
export function assertUnique(
  values: string[],
  describe: (index: number) => string,
): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const first = seen.get(value);
    if (first !== undefined) {
      throw configError(
        describe(index),
        `duplicates ${describe(first)} (${JSON.stringify(value)})`,
      );
    }
    seen.set(value, index);
  });
}

import type {
  PlatformSecretReader,
  PlatformSecretWriter,
} from '../console/services/deps';

/** Where and how the console reaches the platform KV. */
export interface PlatformVaultOptions {
  vaultUrl: string;
  kvName: string;
  token: string;
  headers?: Record<string, string>;
}

/**
 * Reads the platform KV (`forge-dso`) from the Vault stand-in over HTTP,
 * like the console does for `/projects/:id/secrets`. Missing secrets and
 * Vault errors give `undefined` (the group is then omitted).
 */
export function vaultPlatformSecretReader(
  options: PlatformVaultOptions,
): PlatformSecretReader {
  return async path => {
    const url = kvDataUrl(options, path);
    try {
      const response = await fetch(url, {
        headers: { ...options.headers, 'X-Vault-Token': options.token },
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as {
        data?: { data?: Record<string, unknown> };
      };
      const data = body.data?.data;
      if (!data) return undefined;
      return Object.fromEntries(
        Object.entries(data).map(([key, value]) => [key, String(value)]),
      );
    } catch {
      return undefined;
    }
  };
}

/**
 * Merges keys into a platform KV secret of the Vault stand-in over HTTP, like
 * the console writes a private repository's token (`GIT_INPUT_PASSWORD`): the
 * token never lands in the console database.
 */
export function vaultPlatformSecretWriter(
  options: PlatformVaultOptions,
): PlatformSecretWriter {
  const read = vaultPlatformSecretReader(options);
  return async (path, values) => {
    const current = (await read(path)) ?? {};
    const response = await fetch(kvDataUrl(options, path), {
      method: 'POST',
      headers: {
        ...options.headers,
        'X-Vault-Token': options.token,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ data: { ...current, ...values } }),
    });
    if (!response.ok) {
      throw new Error(`Vault refused the write of ${path}: ${response.status}`);
    }
  };
}

function kvDataUrl(options: { vaultUrl: string; kvName: string }, path: string) {
  return `${options.vaultUrl}/v1/${options.kvName}/data/${path
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
}

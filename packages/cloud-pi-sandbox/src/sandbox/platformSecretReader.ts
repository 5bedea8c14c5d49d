import type { PlatformSecretReader } from '../console/services/deps';

/**
 * Reads the platform KV (`forge-dso`) from the Vault stand-in over HTTP,
 * like the console does for `/projects/:id/secrets`. Missing secrets and
 * Vault errors give `undefined` (the group is then omitted).
 */
export function vaultPlatformSecretReader(options: {
  vaultUrl: string;
  kvName: string;
  token: string;
}): PlatformSecretReader {
  return async path => {
    const url = `${options.vaultUrl}/v1/${options.kvName}/data/${path
      .split('/')
      .map(encodeURIComponent)
      .join('/')}`;
    try {
      const response = await fetch(url, {
        headers: { 'X-Vault-Token': options.token },
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

import type { KvStore } from '../vault/kvStore';

/** Writes a KV v2 secret only when its data changes (no new version otherwise). */
export function writeSecret(
  kv: KvStore,
  path: string,
  data: Record<string, string>,
): boolean {
  const current = kv.readData(path);
  if (current && JSON.stringify(current) === JSON.stringify(data)) return false;
  kv.write(path, data);
  return true;
}

/** The live data of a secret as strings. */
export function readSecret(
  kv: KvStore,
  path: string,
): Record<string, string> | undefined {
  const data = kv.readData(path);
  return data
    ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]))
    : undefined;
}

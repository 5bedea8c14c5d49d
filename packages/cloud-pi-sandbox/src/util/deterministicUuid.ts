import { createHash } from 'node:crypto';

/**
 * A name-based UUID (version 5 layout, SHA-1 of a sandbox namespace, the kind
 * and a natural key), so seeded objects keep the same ids, and therefore the
 * same namespaces and tenants, across runs.
 */
export function deterministicUuid(kind: string, key: string): string {
  const hash = createHash('sha1')
    .update(`cloud-pi-sandbox:${kind}:${key}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(
    12,
    16,
  )}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

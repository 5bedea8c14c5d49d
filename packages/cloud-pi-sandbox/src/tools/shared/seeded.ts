import { createHash } from 'node:crypto';

/** Hex SHA-1 of a string (Git object ids, Argo CD workload suffixes). */
export function sha1Hex(value: string | Buffer): string {
  return createHash('sha1').update(value).digest('hex');
}

/** Hex SHA-256 of a string. */
export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * A deterministic pseudo-random generator (mulberry32) seeded from a string,
 * so generated demo data is varied but identical on every run.
 */
export function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID-shaped identifier derived from a seed (stable across requests). */
export function seededUuid(seed: string): string {
  const hex = sha256Hex(seed);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Lower-case alphanumerics of a given length derived from a seed (pod suffixes). */
export function seededAlphanumeric(seed: string, length: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const random = seededRandom(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[Math.floor(random() * alphabet.length)];
  }
  return out;
}

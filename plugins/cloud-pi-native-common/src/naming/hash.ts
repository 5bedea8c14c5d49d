import { hmac } from '@noble/hashes/hmac';
import { sha1 } from '@noble/hashes/sha1';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The console's 4-hex-digit suffix: HMAC-SHA256 keyed with the empty string.
 * Implemented without Node's crypto so the rule works in the browser too.
 *
 * @public
 */
export function h4(value: string): string {
  return bytesToHex(hmac(sha256, new Uint8Array(0), utf8ToBytes(value))).slice(
    0,
    4,
  );
}

/**
 * The first four hex digits of the SHA-1 of a string (Argo CD workload apps).
 *
 * @public
 */
export function sha1Prefix4(value: string): string {
  return bytesToHex(sha1(utf8ToBytes(value))).slice(0, 4);
}

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string is a UUID (the console accepts a UUID or a slug wherever a
 * project id is expected).
 *
 * @public
 */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * short-uuid's `compressUUID` with the base-36 alphabet and no padding, as the
 * console uses it for namespaces and observability tenants.
 *
 * @public
 */
export function b36(uuid: string): string {
  if (!isUuid(uuid)) {
    throw new TypeError(`Not a UUID: ${uuid}`);
  }
  return BigInt(`0x${uuid.replace(/-/g, '')}`).toString(36);
}

import { createHash, randomBytes } from 'node:crypto';

const TOKEN_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';

/** A 48-character token secret from `[A-Za-z0-9-]`, like the console's. */
export function generateTokenSecret(length = 48): string {
  const bytes = randomBytes(length);
  let secret = '';
  for (const byte of bytes) {
    // A slight modulo bias (63 symbols) is irrelevant for sandbox secrets.
    secret += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
  }
  return secret;
}

/** The console stores tokens as the hex SHA-256 of their value. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

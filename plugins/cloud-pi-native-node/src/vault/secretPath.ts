import { InputError } from '@backstage/errors';
import { encodePathSegment } from '../http/endpoint';

/**
 * Encodes a KV path (`app/db/credentials`) segment by segment. Leading and
 * trailing slashes are ignored; empty, `.` and `..` segments are refused.
 */
export function encodeSecretPath(
  path: string,
  options: { allowRoot?: boolean } = {},
): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') {
    if (options.allowRoot) return '';
    throw new InputError('A secret path is required');
  }
  return trimmed.split('/').map(encodePathSegment).join('/');
}

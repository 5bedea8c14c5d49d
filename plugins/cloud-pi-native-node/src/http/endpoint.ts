import { InputError } from '@backstage/errors';

/**
 * Tagged template building a URL path whose interpolated values are each
 * encoded as a single path segment. Empty, `.` and `..` values are refused:
 * once normalised by URL parsing they would point at another route.
 *
 * @example
 * ```ts
 * endpoint`/api/v1/projects/${slug}/members/${userId}`
 * ```
 */
export function endpoint(
  strings: TemplateStringsArray,
  ...values: Array<string | number>
): string {
  let path = strings[0];
  values.forEach((value, index) => {
    path += encodePathSegment(String(value)) + strings[index + 1];
  });
  return path;
}

/** Encodes one path segment, refusing values that would change the route. */
export function encodePathSegment(value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new InputError(`Invalid path parameter: ${JSON.stringify(value)}`);
  }
  return encodeURIComponent(value);
}

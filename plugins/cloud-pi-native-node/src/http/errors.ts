import {
  AuthenticationError,
  ConflictError,
  CustomErrorBase,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { CloudPiUpstream, upstreamTitle } from './upstreams';

/** Where a failed request went: enough to debug it, never a credential. @public */
export interface CloudPiRequestTarget {
  upstream: CloudPiUpstream;
  method: string;
  /** Path without the query string. */
  path: string;
}

/**
 * An upstream request was aborted because it did not complete in time.
 * Mutations may still have been applied upstream: re-read before retrying.
 *
 * @public
 */
export class CloudPiNativeTimeoutError extends CustomErrorBase {
  name = 'CloudPiNativeTimeoutError' as const;
  readonly upstream: CloudPiUpstream;
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;

  constructor(target: CloudPiRequestTarget & { timeoutMs: number }) {
    super(
      `${upstreamTitle(target.upstream)} did not answer ${target.method} ${
        target.path
      } within ${target.timeoutMs} ms`,
    );
    this.upstream = target.upstream;
    this.method = target.method;
    this.path = target.path;
    this.timeoutMs = target.timeoutMs;
  }
}

/** An upstream answered with a status that has no dedicated error class. @public */
export class CloudPiNativeHttpError extends CustomErrorBase {
  name = 'CloudPiNativeHttpError' as const;
  readonly upstream: CloudPiUpstream;
  readonly status: number;

  constructor(upstream: CloudPiUpstream, status: number, message: string) {
    super(message);
    this.upstream = upstream;
    this.status = status;
  }
}

/** An upstream answered 2xx with a body that does not match the expected shape. @public */
export class CloudPiNativeInvalidResponseError extends CustomErrorBase {
  name = 'CloudPiNativeInvalidResponseError' as const;
  readonly upstream: CloudPiUpstream;

  constructor(target: CloudPiRequestTarget, details: string) {
    super(
      `${upstreamTitle(target.upstream)} returned an unexpected response to ${
        target.method
      } ${target.path}: ${details}`,
    );
    this.upstream = target.upstream;
  }
}

/**
 * Maps an upstream HTTP status to the matching `@backstage/errors` class, so
 * Backstage's error handler answers with the right status: every 4xx is an
 * error of the request (an `InputError` unless a finer class fits), never a
 * 500. `message` is the
 * upstream's own message when it gave one (already redacted by the caller).
 */
export function errorFromStatus(
  target: CloudPiRequestTarget,
  status: number,
  message: string | undefined,
): Error {
  const text =
    message ||
    `${upstreamTitle(target.upstream)} answered ${status} to ${target.method} ${
      target.path
    }`;
  switch (status) {
    case 413:
    case 414:
    case 431:
      // Proxies and HTTP servers answer these before the console reads the
      // request: there is no message to pass on, and the user's input is
      // what made it too large.
      return new InputError(
        `La requête envoyée à ${upstreamTitle(
          target.upstream,
        )} est trop volumineuse (HTTP ${status}) : raccourcissez les valeurs saisies.`,
      );
    case 400:
    case 422:
      return new InputError(text);
    case 401:
      return new AuthenticationError(text);
    case 403:
      return new NotAllowedError(text);
    case 404:
      return new NotFoundError(text);
    case 409:
      return new ConflictError(text);
    case 429:
    case 502:
    case 503:
    case 504:
    case 408:
      return new ServiceUnavailableError(text);
    default:
      // Any other 4xx is about the request, never a server failure (500).
      return status >= 400 && status < 500
        ? new InputError(text)
        : new CloudPiNativeHttpError(target.upstream, status, text);
  }
}

/** The upstream could not be reached at all (DNS, refused, reset, TLS…). */
export function unreachableError(
  target: CloudPiRequestTarget,
  reason: string | undefined,
): ServiceUnavailableError {
  return new ServiceUnavailableError(
    `${upstreamTitle(target.upstream)} is unreachable (${
      reason ?? 'network error'
    }) for ${target.method} ${target.path}`,
  );
}

/**
 * A short, secret-free reason for a network failure: Node's fetch wraps the
 * socket error (`ECONNREFUSED`, `ENOTFOUND`…) in `cause`.
 */
export function networkErrorReason(error: unknown): string | undefined {
  const visit = (value: unknown, depth: number): string | undefined => {
    if (!value || typeof value !== 'object' || depth > 3) return undefined;
    const { code, cause, errors } = value as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string') return code;
    if (Array.isArray(errors) && errors.length > 0) {
      return visit(errors[0], depth + 1);
    }
    return visit(cause, depth + 1);
  };
  return visit(error, 0);
}

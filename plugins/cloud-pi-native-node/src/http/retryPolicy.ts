/** How failed idempotent requests are retried. @public */
export interface CloudPiRetryOptions {
  /** Retries after the first attempt (0 disables retries). */
  max: number;
  /** Base of the exponential backoff, in milliseconds. */
  baseDelayMs: number;
  /** Upper bound of any wait, including a server's `Retry-After`. */
  maxDelayMs: number;
}

/**
 * Only GET and HEAD are retried. PUT is idempotent in HTTP terms, but the
 * console's PUT routes run a synchronous, minutes-long provisioning: a 503
 * from a proxy does not mean the run did not happen, and replaying it would
 * start a second reconciliation racing the first. POST is never retried.
 */
export function isRetryableMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** 429 and 503 are the statuses that explicitly mean "try again later". */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * Delay before retry number `retry` (1-based): exponential with "equal
 * jitter" (half fixed, half random) so concurrent callers spread out.
 */
export function backoffDelay(
  retry: number,
  options: CloudPiRetryOptions,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(
    options.maxDelayMs,
    options.baseDelayMs * 2 ** (retry - 1),
  );
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * Parses `Retry-After` (delta-seconds or an HTTP-date) into milliseconds,
 * capped at `maxDelayMs`. Returns `undefined` when absent or unparsable.
 */
export function retryAfterDelay(
  header: string | null,
  maxDelayMs: number,
  now: number = Date.now(),
): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  let delay: number;
  if (/^\d+$/.test(value)) {
    delay = Number(value) * 1000;
  } else if (/^[a-z]{3},/i.test(value)) {
    // An HTTP-date always starts with the day name ("Wed, 21 Oct 2026 …");
    // checking it keeps Date.parse from accepting things like "-1".
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    delay = Math.max(0, date - now);
  } else {
    return undefined;
  }
  return Math.min(delay, maxDelayMs);
}

import { ServiceUnavailableError } from '@backstage/errors';
import { CardPartError } from '@cpin/plugin-cloud-pi-native-common';

/** The result of reading one part of a card: its value, or why it is missing. */
export type PartResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: CardPartError };

/**
 * Runs `fn` with a deadline. Past it, the part is reported as unavailable;
 * the upstream call itself still ends on the client's own timeout.
 */
export async function withDeadline<T>(
  what: string,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceUnavailableError(
            `${what} did not answer within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([fn(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads one part of a card: a failure or a missed deadline degrades only that part. */
export async function readPart<T>(
  what: string,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<PartResult<T>> {
  try {
    return { ok: true, value: await withDeadline(what, timeoutMs, fn) };
  } catch (error) {
    return { ok: false, error: toPartError(error) };
  }
}

/**
 * The serialised form of an error. Messages of the Cloud π clients are
 * already redacted (no credential); anything that is not an `Error` is
 * reported generically.
 */
export function toPartError(error: unknown): CardPartError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message };
  }
  return { name: 'Error', message: 'Unknown error' };
}

/** A part that cannot be read because a tool is not configured for the instance. */
export function notConfigured(what: string, instance: string): CardPartError {
  return {
    name: 'NotConfiguredError',
    message: `${what} is not configured for the Cloud π Native instance '${instance}'`,
  };
}

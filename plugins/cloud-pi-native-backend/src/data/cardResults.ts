import { CloudPiCardResult } from '@cpin/plugin-cloud-pi-native-common';

/** One card of a batched read, before its data is typed by kind. */
export type CardResult = CloudPiCardResult<unknown>;

/** The HTTP status Backstage's error handler answers for each error name. */
const STATUS_BY_NAME: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

/** The status of an error as Backstage's error handler derives it. */
function statusOf(error: Error): number {
  for (const field of ['statusCode', 'status'] as const) {
    const value = (error as Error & Record<typeof field, unknown>)[field];
    if (typeof value === 'number' && Number.isInteger(value)) {
      if (value >= 400 && value <= 599) return value;
    }
  }
  return STATUS_BY_NAME[error.name] ?? 500;
}

/**
 * A failed card of a batched read, with the status and the error body its
 * own route would have answered (name and message, never a stack).
 */
export function cardFailure(error: unknown): CardResult {
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    status: statusOf(failure),
    error: { name: failure.name, message: failure.message },
  };
}

import { ServiceUnavailableError } from '@backstage/errors';
import {
  GitbeakerRequestError,
  GitbeakerRetryError,
  GitbeakerTimeoutError,
} from '@gitbeaker/rest';
import {
  CloudPiNativeTimeoutError,
  CloudPiRequestTarget,
  errorFromStatus,
  networkErrorReason,
  unreachableError,
} from '../http/errors';
import { SecretRedactor } from '../http/redaction';

/** The HTTP status of a failed gitbeaker call, when a response arrived. */
export function gitbeakerStatus(error: unknown): number | undefined {
  return error instanceof GitbeakerRequestError
    ? error.cause?.response?.status
    : undefined;
}

/**
 * Maps a gitbeaker failure. Its `cause` holds the `Request` with the
 * `PRIVATE-TOKEN` header, so only the status and GitLab's message are kept.
 */
export function mapGitbeakerError(
  error: unknown,
  target: CloudPiRequestTarget,
  timeoutMs: number,
  redactor: SecretRedactor,
): Error {
  if (error instanceof GitbeakerRequestError) {
    const status = gitbeakerStatus(error);
    const description = error.cause?.description;
    const message =
      description &&
      description.trim() !== '' &&
      !description.trimStart().startsWith('<')
        ? redactor.redact(description)
        : undefined;
    return status === undefined
      ? unreachableError(target, undefined)
      : errorFromStatus(target, status, message);
  }
  if (error instanceof GitbeakerTimeoutError) {
    return new CloudPiNativeTimeoutError({ ...target, timeoutMs });
  }
  if (error instanceof GitbeakerRetryError) {
    return new ServiceUnavailableError(
      `GitLab kept answering 429/502 to ${target.method} ${target.path}`,
    );
  }
  return unreachableError(target, networkErrorReason(error));
}

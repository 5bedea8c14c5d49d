/** Why a request for data failed, as the reader is told. */
export type LoadFailure = 'unavailable' | 'timeout' | 'offline' | 'unexpected';

const byName: Record<string, LoadFailure> = {
  ServiceUnavailableError: 'unavailable',
  CloudPiNativeTimeoutError: 'timeout',
};

const byStatus: Record<number, LoadFailure> = {
  429: 'unavailable',
  502: 'unavailable',
  503: 'unavailable',
  408: 'timeout',
  504: 'timeout',
};

/**
 * Classifies a failed request: a `ResponseError` by the server-side error
 * name, then by HTTP status; a request the browser could not send at all
 * (`fetch` rejects with a `TypeError`) as offline. The server's messages are
 * written for operators, in English: the reader is told the kind of
 * failure in their language, the message is kept as a technical detail.
 */
export function loadFailureOf(error: Error): LoadFailure {
  if (error.name === 'ResponseError') {
    const { cause, statusCode } = error as Error & {
      cause?: { name?: string };
      statusCode?: number;
    };
    return (
      (cause?.name && byName[cause.name]) ||
      (statusCode && byStatus[statusCode]) ||
      'unexpected'
    );
  }
  return error.name === 'TypeError' ? 'offline' : 'unexpected';
}

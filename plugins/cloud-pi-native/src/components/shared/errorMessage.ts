/**
 * The message to show for an error: for a `ResponseError`, the server's own
 * message rather than the generic "Request failed with 500".
 */
export function errorMessage(error: Error): string {
  if (error.name === 'ResponseError') {
    const cause = (error as Error & { cause?: { message?: unknown } }).cause;
    if (cause && typeof cause.message === 'string' && cause.message) {
      return cause.message;
    }
  }
  return error.message;
}

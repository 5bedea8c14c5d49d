/** How a card presents a failed request. @public */
export type CloudPiErrorKind =
  | 'forbidden'
  | 'notFound'
  | 'unauthenticated'
  | 'other';

const byName: Record<string, CloudPiErrorKind> = {
  NotAllowedError: 'forbidden',
  NotFoundError: 'notFound',
  AuthenticationError: 'unauthenticated',
};

const byStatus: Record<number, CloudPiErrorKind> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'notFound',
};

/**
 * Classifies an error thrown by the `CloudPiNativeApi`: a `ResponseError`
 * by the server-side error name, then by HTTP status; any other error by name.
 *
 * @public
 */
export function classifyCloudPiError(error: Error): CloudPiErrorKind {
  const response = error as Error & {
    statusCode?: number;
    cause?: { name?: string };
  };
  if (error.name === 'ResponseError') {
    const remote = response.cause?.name;
    if (remote && byName[remote]) return byName[remote];
    return (response.statusCode && byStatus[response.statusCode]) || 'other';
  }
  return byName[error.name] ?? 'other';
}

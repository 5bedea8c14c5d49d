import type { Response } from 'express';

/** The identity the demo token stands for (a read-only ServiceAccount). */
export const READER_USER = 'system:serviceaccount:backstage:cpin-reader';

/** Sends a `meta/v1 Status` failure. */
export function sendStatus(
  res: Response,
  code: number,
  reason: string,
  message: string,
  details?: Record<string, string>,
): void {
  res.status(code).json({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

/** 404 for a path no API serves. */
export function sendUnknownPath(res: Response): void {
  sendStatus(
    res,
    404,
    'NotFound',
    'the server could not find the requested resource',
    {},
  );
}

/** 403 the API server's authorizer returns to the read-only identity. */
export function sendForbidden(
  res: Response,
  verb: string,
  plural: string,
  group: string,
  namespace?: string,
): void {
  const scope = namespace
    ? `in the namespace "${namespace}"`
    : 'at the cluster scope';
  sendStatus(
    res,
    403,
    'Forbidden',
    `${plural}${
      group ? `.${group}` : ''
    } is forbidden: User "${READER_USER}" cannot ${verb} resource "${plural}" in API group "${group}" ${scope}`,
    { ...(group ? { group } : {}), kind: plural },
  );
}

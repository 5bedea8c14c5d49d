import type { RequestHandler } from 'express';

/**
 * Checks the personal access token like GitLab: `PRIVATE-TOKEN` header,
 * `Authorization: Bearer`, or the `private_token` / `access_token` query
 * parameter. Anything else is GitLab's 401.
 */
export function gitlabAuth(validToken: string): RequestHandler {
  return (req, res, next) => {
    const header = req.header('private-token');
    const bearer = /^Bearer\s+(.+)$/i.exec(
      req.header('authorization') ?? '',
    )?.[1];
    const query = req.query.private_token ?? req.query.access_token;
    const token =
      header ?? bearer ?? (typeof query === 'string' ? query : undefined);
    if (token !== validToken) {
      res.status(401).json({ message: '401 Unauthorized' });
      return;
    }
    next();
  };
}

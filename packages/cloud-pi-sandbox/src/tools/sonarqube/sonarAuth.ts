import type { Request } from 'express';
import type { SonarIdentity, SonarStore } from './sonarStore';

/**
 * The identity behind a request: a user token sent as the Basic-auth login
 * with an empty password (SonarQube's documented form) or as a Bearer token.
 */
export function sonarIdentity(
  store: SonarStore,
  req: Request,
): SonarIdentity | undefined {
  const header = req.header('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (bearer) return store.identify(bearer.trim());
  const basic = /^Basic\s+(.+)$/i.exec(header)?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic.trim(), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const login = separator < 0 ? decoded : decoded.slice(0, separator);
  const password = separator < 0 ? '' : decoded.slice(separator + 1);
  return password === '' ? store.identify(login) : undefined;
}

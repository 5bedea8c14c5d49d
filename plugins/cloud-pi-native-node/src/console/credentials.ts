import { AuthenticationError } from '@backstage/errors';

/**
 * Who a console call is made as: an admin token or personal access token
 * (sent as `x-dso-token`), or the user's OIDC access token from the same
 * Keycloak realm as the console (sent as `Authorization: Bearer`).
 *
 * @public
 */
export type CloudPiCredential =
  | { type: 'token'; token: string }
  | { type: 'bearer'; token: string };

/** The header carrying a credential. */
export function credentialHeaders(
  credential: CloudPiCredential,
): Record<string, string> {
  if (!credential.token || credential.token.trim() === '') {
    throw new AuthenticationError('No Cloud π console credential was provided');
  }
  return credential.type === 'bearer'
    ? { authorization: `Bearer ${credential.token}` }
    : { 'x-dso-token': credential.token };
}

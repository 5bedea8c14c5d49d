import { AuthenticationError } from '@backstage/errors';
import { CLOUD_PI_USER_TOKEN_HEADER } from '@cpin/plugin-cloud-pi-native-common';
import { Request } from 'express';

/** Keycloak access tokens are JWTs: base64url segments separated by dots. */
const TOKEN = /^[A-Za-z0-9\-_.~+/]+=*$/;
const MAX_LENGTH = 16_384;

/**
 * The caller's platform access token from the `x-cloud-pi-user-token`
 * header (optionally prefixed with `Bearer `). It is only ever forwarded to
 * the instance's console, as `Authorization: Bearer`.
 */
export function readUserToken(request: Request): string {
  const raw = request.header(CLOUD_PI_USER_TOKEN_HEADER);
  const token = raw?.replace(/^Bearer\s+/i, '').trim();
  if (!token) {
    throw new AuthenticationError(
      `This operation acts on Cloud π Native as you: sign in to the platform (missing ${CLOUD_PI_USER_TOKEN_HEADER} header)`,
    );
  }
  if (token.length > MAX_LENGTH || !TOKEN.test(token)) {
    throw new AuthenticationError(
      `The ${CLOUD_PI_USER_TOKEN_HEADER} header does not hold an access token`,
    );
  }
  return token;
}

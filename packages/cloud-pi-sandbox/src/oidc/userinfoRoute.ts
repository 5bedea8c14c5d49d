import { Router } from 'express';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { accountClaims, type OidcAccountDirectory } from './accounts';

/**
 * The realm's userinfo endpoint. It accepts the realm's JWT access tokens,
 * as Keycloak's does; oidc-provider's own refuses tokens bound to a
 * resource server, which all of ours are.
 */
export function userinfoRoute(options: {
  issuer: string;
  accounts: OidcAccountDirectory;
  keys: { keys: JWK[] };
}): Router {
  const { issuer, accounts } = options;
  const keySet = createLocalJWKSet(options.keys);
  const router = Router();

  router.all('/', (req, res, next) => {
    const token = req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    const verified = token
      ? jwtVerify(token, keySet, { issuer }).then(
          ({ payload }) =>
            payload.sub ? accounts.findById(payload.sub) : undefined,
          () => undefined,
        )
      : Promise.resolve(undefined);
    verified
      .then(account => {
        if (!account) {
          res
            .status(401)
            .set(
              'WWW-Authenticate',
              'Bearer realm="cloud-pi", error="invalid_token"',
            )
            .json({
              error: 'invalid_token',
              error_description: 'Token verification failed',
            });
          return;
        }
        res
          .set('Cache-Control', 'no-store')
          .json(accountClaims(account, accounts));
      })
      .catch(next);
  });
  return router;
}

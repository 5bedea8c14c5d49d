import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Router } from 'express';
import { SignJWT, importJWK, type JWK } from 'jose';
import Provider from 'oidc-provider';
import { accountClaims, type OidcAccountDirectory } from './accounts';
import {
  interactionErrorHandler,
  interactionRoutes,
} from './interactionRoutes';
import {
  ACCESS_TOKEN_AUDIENCE,
  ENDPOINTS,
  OIDC_SCOPES,
  providerConfiguration,
  type OidcClientConfig,
} from './providerConfiguration';
import { userinfoRoute } from './userinfoRoute';

export type { OidcClientConfig } from './providerConfiguration';

/** Options of the sandbox realm. */
export interface SandboxOidcOptions {
  /** Public issuer, e.g. `http://localhost:7180/realms/cloud-pi`. */
  issuer: string;
  clients: OidcClientConfig[];
  accounts: OidcAccountDirectory;
  /** Access token lifetime (Keycloak's default is 5 minutes). */
  accessTokenTtlSeconds?: number;
}

/** Options of a directly issued access token. @public */
export interface IssueAccessTokenOptions {
  /** Lifetime in seconds; negative values produce an expired token. */
  expiresInSeconds?: number;
  /** `azp` claim (defaults to the first client). */
  clientId?: string;
}

/** The realm: a router to mount at the issuer path, and test helpers. */
export interface SandboxOidc {
  issuer: string;
  router: Router;
  /** Signs an access token for an account, as the token endpoint would. */
  issueAccessToken(
    accountId: string,
    options?: IssueAccessTokenOptions,
  ): Promise<string>;
  /** The realm's public keys. */
  publicJwks(): { keys: JWK[] };
}

/**
 * A Keycloak-shaped OpenID Provider (oidc-provider) with the realm's URL
 * layout, a login form, automatic consent for the (first-party) clients and
 * RS256 JWT access tokens carrying Keycloak's user claims. Its userinfo
 * endpoint accepts those JWTs, as Keycloak's does (oidc-provider's own
 * refuses access tokens bound to a resource server).
 */
export async function createSandboxOidc(
  options: SandboxOidcOptions,
): Promise<SandboxOidc> {
  const { issuer, accounts } = options;
  const mountPath = new URL(issuer).pathname.replace(/\/$/, '');
  const ttl = options.accessTokenTtlSeconds ?? 300;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const privateJwk = {
    ...(privateKey.export({ format: 'jwk' }) as JWK),
    kid,
    alg: 'RS256',
    use: 'sig',
  };
  const publicJwk: JWK = {
    kty: privateJwk.kty,
    n: privateJwk.n,
    e: privateJwk.e,
    kid,
    alg: 'RS256',
    use: 'sig',
  };
  const signingKey = await importJWK(privateJwk, 'RS256');

  const provider = new Provider(
    issuer,
    providerConfiguration({
      clients: options.clients,
      accounts,
      signingJwk: privateJwk,
      mountPath,
      ttl,
    }),
  );
  // Honour X-Forwarded-* when the sandbox sits behind a proxy (`publicUrl`).
  provider.proxy = true;

  const router = Router();
  router.use(interactionRoutes(provider, accounts, mountPath));
  router.use(
    `${ENDPOINTS}/userinfo`,
    userinfoRoute({ issuer, accounts, keys: { keys: [publicJwk] } }),
  );
  router.use(provider.callback());
  router.use(interactionErrorHandler);

  return {
    issuer,
    router,
    publicJwks: () => ({ keys: [publicJwk] }),
    async issueAccessToken(accountId, tokenOptions = {}) {
      const account = accounts.findById(accountId);
      if (!account) throw new Error(`Unknown account ${accountId}`);
      const now = Math.floor(Date.now() / 1000);
      const { sub, ...claims } = accountClaims(account, accounts);
      return new SignJWT({
        ...claims,
        typ: 'Bearer',
        azp: tokenOptions.clientId ?? options.clients[0]?.clientId,
        scope: OIDC_SCOPES,
      })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setSubject(sub)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + (tokenOptions.expiresInSeconds ?? ttl))
        .sign(signingKey);
    },
  };
}

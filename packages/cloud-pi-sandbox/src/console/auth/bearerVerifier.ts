import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** Verifies a Bearer access token and returns its claims, or throws. */
export interface BearerVerifier {
  verify(token: string): Promise<JWTPayload>;
}

/** Where the console finds its identity provider. */
export interface OidcDiscoveryOptions {
  /** URL of `.well-known/openid-configuration` (may be an internal address). */
  discoveryUrl: string;
  /** Expected `iss` of the tokens (the public issuer). */
  issuer: string;
}

interface DiscoveryDocument {
  issuer: string;
  jwks_uri: string;
}

/**
 * Verifies RS256 tokens against the realm's JWKS, found through discovery
 * over HTTP like the NestJS console does. No audience check (neither does
 * the console). Discovery is fetched lazily and retried after a failure.
 */
export function createOidcBearerVerifier(
  options: OidcDiscoveryOptions,
): BearerVerifier {
  let jwks: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  const loadJwks = async () => {
    const response = await fetch(options.discoveryUrl);
    if (!response.ok) {
      throw new Error(`OIDC discovery failed with HTTP ${response.status}`);
    }
    const document = (await response.json()) as DiscoveryDocument;
    if (document.issuer !== options.issuer) {
      throw new Error(
        `OIDC discovery returned issuer ${document.issuer}, expected ${options.issuer}`,
      );
    }
    return createRemoteJWKSet(new URL(document.jwks_uri));
  };

  return {
    async verify(token) {
      if (!jwks) {
        jwks = loadJwks();
        jwks.catch(() => {
          jwks = undefined;
        });
      }
      const keySet = await jwks;
      const { payload } = await jwtVerify(token, keySet, {
        issuer: options.issuer,
        algorithms: ['RS256'],
      });
      return payload;
    },
  };
}

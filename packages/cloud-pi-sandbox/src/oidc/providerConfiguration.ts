import { randomBytes } from 'node:crypto';
import { errors, type Configuration, type JWK } from 'oidc-provider';
import { accountClaims, type OidcAccountDirectory } from './accounts';
import { MemoryAdapterStore } from './memoryAdapter';
import { errorPage, loggedOutPage, logoutPage } from './pages';

/** A confidential client of the realm. */
export interface OidcClientConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

/** Resource indicator of every access token: makes them JWTs. */
export const DEFAULT_RESOURCE = 'urn:cloud-pi-native:console';
/** `aud` of access tokens, like a Keycloak realm with the account client. */
export const ACCESS_TOKEN_AUDIENCE = 'account';
/** Scopes of the realm's access tokens. */
export const OIDC_SCOPES = 'openid profile email groups';
/** Keycloak's endpoint prefix under the realm. */
export const ENDPOINTS = '/protocol/openid-connect';

/**
 * oidc-provider configured like a Keycloak realm: its endpoint paths,
 * user claims in ID tokens, a `groups` claim, refresh tokens for the
 * confidential clients and, through a default resource indicator, RS256
 * JWT access tokens.
 */
export function providerConfiguration(options: {
  clients: OidcClientConfig[];
  accounts: OidcAccountDirectory;
  signingJwk: JWK;
  mountPath: string;
  ttl: number;
}): Configuration {
  const { accounts, ttl, mountPath } = options;
  return {
    adapter: new MemoryAdapterStore().adapterFor,
    clients: options.clients.map(client => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [options.signingJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: {
      authorization: `${ENDPOINTS}/auth`,
      token: `${ENDPOINTS}/token`,
      jwks: `${ENDPOINTS}/certs`,
      userinfo: `${ENDPOINTS}/userinfo`,
      end_session: `${ENDPOINTS}/logout`,
      introspection: `${ENDPOINTS}/token/introspect`,
      revocation: `${ENDPOINTS}/revoke`,
    },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'groups'],
    claims: {
      // Keycloak's group mapper adds `groups` whatever the requested scopes.
      openid: ['sub', 'groups'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Put the user claims in the ID token too, as Keycloak does.
    conformIdTokenClaims: false,
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
    issueRefreshToken: async (_ctx, client) =>
      client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: ttl,
      AuthorizationCode: 60,
      IdToken: ttl,
      RefreshToken: 8 * 3600,
      Session: 10 * 3600,
      Grant: 10 * 3600,
      Interaction: 3600,
    },
    findAccount: async (_ctx, sub) => {
      const account = accounts.findById(sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: async () => accountClaims(account, accounts),
      };
    },
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined;
      const account = token.accountId
        ? accounts.findById(token.accountId)
        : undefined;
      if (!account) return undefined;
      const { sub: _sub, ...claims } = accountClaims(account, accounts);
      return { ...claims, typ: 'Bearer', azp: token.clientId };
    },
    interactions: {
      url: async (_ctx, interaction) =>
        `${mountPath}/login-actions/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async ctx => {
          ctx.type = 'html';
          ctx.body = loggedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx, _client, oneOf) =>
          oneOf ?? DEFAULT_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          if (resource !== DEFAULT_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: OIDC_SCOPES,
            audience: ACCESS_TOKEN_AUDIENCE,
            accessTokenTTL: ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage({ ...out });
    },
  };
}

import { OAuth2 } from '@backstage/core-app-api';
import type {
  ConfigApi,
  DiscoveryApi,
  OAuthRequestApi,
} from '@backstage/core-plugin-api';

/**
 * The platform Keycloak sign-in, served by the backend's `oidc` auth
 * provider (`@backstage/plugin-auth-backend-module-oidc-provider`).
 */
export function createCloudPiAuthApi(deps: {
  configApi: ConfigApi;
  discoveryApi: DiscoveryApi;
  oauthRequestApi: OAuthRequestApi;
}) {
  const { configApi, discoveryApi, oauthRequestApi } = deps;
  return OAuth2.create({
    configApi,
    discoveryApi,
    oauthRequestApi,
    provider: { id: 'oidc', title: 'Cloud π Native', icon: () => null },
    environment: configApi.getOptionalString('auth.environment'),
    defaultScopes: ['openid', 'profile', 'email', 'offline_access'],
  });
}

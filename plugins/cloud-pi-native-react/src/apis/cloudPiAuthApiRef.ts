import {
  type BackstageIdentityApi,
  type OAuthApi,
  type OpenIdConnectApi,
  type ProfileInfoApi,
  type SessionApi,
  createApiRef,
} from '@backstage/core-plugin-api';

/**
 * Sign-in with the platform's Keycloak (the same realm as the console), whose
 * access tokens the console accepts as `Authorization: Bearer`. The scaffolder
 * field extensions use it to act towards the console as the requesting user.
 *
 * @public
 */
export const cloudPiAuthApiRef = createApiRef<
  OAuthApi &
    OpenIdConnectApi &
    ProfileInfoApi &
    BackstageIdentityApi &
    SessionApi
>({
  id: 'plugin.cloud-pi-native.auth',
});

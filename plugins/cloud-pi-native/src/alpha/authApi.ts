import {
  ApiBlueprint,
  configApiRef,
  discoveryApiRef,
  oauthRequestApiRef,
} from '@backstage/frontend-plugin-api';
import { cloudPiAuthApiRef } from '@cpin/plugin-cloud-pi-native-react';
import { createCloudPiAuthApi } from '../api/createCloudPiAuthApi';

/**
 * The Keycloak sign-in of the platform, served by the backend's `oidc` auth
 * provider (`@backstage/plugin-auth-backend-module-oidc-provider`).
 *
 * @alpha
 */
export const cloudPiAuthApi = ApiBlueprint.make({
  name: 'auth',
  params: defineParams =>
    defineParams({
      api: cloudPiAuthApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        oauthRequestApi: oauthRequestApiRef,
        configApi: configApiRef,
      },
      factory: createCloudPiAuthApi,
    }),
});

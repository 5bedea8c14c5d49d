import {
  SignInPage,
  type SignInProviderConfig,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import { cloudPiAuthApiRef } from '@cpin/plugin-cloud-pi-native-react';

const keycloakProvider: SignInProviderConfig = {
  id: 'cloud-pi-keycloak',
  title: 'Cloud π Native',
  message: 'Connexion avec votre compte Cloud π Native (Keycloak)',
  apiRef: cloudPiAuthApiRef,
};

/**
 * Sign-in with the platform's Keycloak; guest access is only offered in the
 * development auth environment (the backend refuses it elsewhere anyway).
 */
export function CloudPiSignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  const guestEnabled =
    config.getOptionalString('auth.environment') === 'development';
  return (
    <SignInPage
      {...props}
      title="Cloud π Native"
      align="center"
      providers={
        guestEnabled ? [keycloakProvider, 'guest'] : [keycloakProvider]
      }
    />
  );
}

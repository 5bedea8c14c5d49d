import type { createBackend } from '@backstage/backend-defaults';
import { permissionModuleCloudPiExamplePolicy } from './permissions/permissionModule';
import { searchModuleCatalogReaderTexts } from './search/catalogReaderTexts';

/**
 * Adds the portal's plugins to a backend: the Cloud π Native suite the way an
 * adopter installs it, next to the stock Backstage plugins. Shared by the
 * example backend and the real-backend benchmark (bench/), so that the
 * benchmark measures the same backend.
 */
export function addPortalFeatures(backend: ReturnType<typeof createBackend>) {
  backend.add(import('@backstage/plugin-app-backend'));
  backend.add(import('@backstage/plugin-proxy-backend'));

  // Auth: Keycloak (OIDC) in every environment, guest only where configured.
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

  // Catalog, with the Cloud π Native entity provider.
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
  );
  backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
  backend.add(import('@cpin/plugin-catalog-backend-module-cloud-pi-native'));

  // Scaffolder, with the Cloud π Native actions.
  backend.add(import('@backstage/plugin-scaffolder-backend'));
  backend.add(import('@cpin/plugin-scaffolder-backend-module-cloud-pi-native'));
  backend.add(
    import('@backstage/plugin-scaffolder-backend-module-notifications'),
  );

  // The Cloud π Native cards backend.
  backend.add(import('@cpin/plugin-cloud-pi-native-backend'));

  // Permissions: users and groups come only from trusted sources (see
  // src/permissions); the Cloud π Native backend enforces the platform's rules.
  backend.add(import('@backstage/plugin-permission-backend'));
  backend.add(permissionModuleCloudPiExamplePolicy);

  // Search (PostgreSQL engine when running on PostgreSQL, in-memory otherwise).
  backend.add(import('@backstage/plugin-search-backend'));
  backend.add(import('@backstage/plugin-search-backend-module-pg'));
  backend.add(import('@backstage/plugin-search-backend-module-catalog'));
  // The Cloud π provider's French descriptions beside the English ones.
  backend.add(searchModuleCatalogReaderTexts);
  backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

  backend.add(import('@backstage/plugin-techdocs-backend'));
  backend.add(import('@backstage/plugin-kubernetes-backend'));
  backend.add(import('@backstage/plugin-user-settings-backend'));
  backend.add(import('@backstage/plugin-notifications-backend'));
  backend.add(import('@backstage/plugin-signals-backend'));
  backend.add(import('@backstage/plugin-mcp-actions-backend'));
}

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { cloudPiServiceRef } from '@cpin/plugin-cloud-pi-native-node';
import { cloudPiCatalogRefreshPermission } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiNativeEntityProvider } from './providers';
import { createRefreshRouter } from './router/createRefreshRouter';

/**
 * Registers one Cloud π Native entity provider per
 * `catalog.providers.cloudPiNative.<id>` entry.
 *
 * @public
 */
export const catalogModuleCloudPiNative = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'cloud-pi-native-entity-provider',
  register(env) {
    env.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        cloudPi: cloudPiServiceRef,
        metrics: metricsServiceRef,
        events: eventsServiceRef,
        cache: coreServices.cache,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        processing,
        config,
        logger,
        scheduler,
        lifecycle,
        auth,
        catalog,
        cloudPi,
        metrics,
        events,
        cache,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
      }) {
        // Runs wait for the catalog to serve requests: they read its Users.
        const ready = new Promise<void>(resolve =>
          lifecycle.addStartupHook(() => resolve()),
        );
        const providers = CloudPiNativeEntityProvider.fromConfig(config, {
          logger,
          cloudPi,
          catalog,
          auth,
          scheduler,
          ready,
          metrics,
          events,
          cache,
        });
        if (providers.length === 0) {
          logger.info(
            'No catalog.providers.cloudPiNative entry: no Cloud π Native project is imported',
          );
        }
        processing.addEntityProvider(providers);
        permissionsRegistry.addPermissions([cloudPiCatalogRefreshPermission]);
        httpRouter.use(
          createRefreshRouter({ providers, httpAuth, permissions }),
        );
      },
    });
  },
});

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
import { CloudPiNativeEntityProvider } from './providers';

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
        });
        if (providers.length === 0) {
          logger.info(
            'No catalog.providers.cloudPiNative entry: no Cloud π Native project is imported',
          );
        }
        processing.addEntityProvider(providers);
      },
    });
  },
});

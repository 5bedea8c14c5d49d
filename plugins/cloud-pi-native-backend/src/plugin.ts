import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { cloudPiNativePermissions } from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiServiceRef } from '@cpin/plugin-cloud-pi-native-node';
import { registerArgoActions } from './actions/registerArgoActions';
import { registerCardActions } from './actions/registerCardActions';
import { CallerResolver } from './authorization/CallerResolver';
import { EntityAccess } from './authorization/EntityAccess';
import { SwrCache } from './cache/SwrCache';
import { readCardsConfig } from './config/readCardsConfig';
import { CardDataService } from './data/CardDataService';
import { ProjectSources } from './data/ProjectSources';
import { ArgoOperations } from './operations/ArgoOperations';
import { ProjectOperations } from './operations/ProjectOperations';
import { PickerService } from './pickers/PickerService';
import { createRouter } from './router/createRouter';

/**
 * The Cloud π Native backend plugin: serves the data of the entity cards
 * and the scaffolder pickers, authorized per request and cached.
 *
 * @public
 */
export const cloudPiNativePlugin = createBackendPlugin({
  pluginId: 'cloud-pi-native',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        actionsRegistry: actionsRegistryServiceRef,
        catalog: catalogServiceRef,
        cloudPi: cloudPiServiceRef,
        events: eventsServiceRef,
      },
      async init(deps) {
        const { httpRouter, logger, cloudPi } = deps;
        const config = readCardsConfig(deps.config);
        deps.permissionsRegistry.addPermissions([...cloudPiNativePermissions]);

        if (cloudPi.listInstances().length === 0) {
          logger.warn(
            'No Cloud π Native instance is configured (cloudPiNative.instances): the card routes answer 503 and the pickers list no instance',
          );
        }

        const swr = new SwrCache({
          cache: deps.cache,
          logger,
          staleWhileRevalidateMs: config.cache.staleWhileRevalidateMs,
        });
        const sources = new ProjectSources(swr, config.cache);
        const callers = new CallerResolver({
          userInfo: deps.userInfo,
          catalog: deps.catalog,
          auth: deps.auth,
          swr,
          config,
        });
        const access = new EntityAccess({
          catalog: deps.catalog,
          auth: deps.auth,
          permissions: deps.permissions,
          cloudPi,
          sources,
          callers,
          config,
        });
        const cards = new CardDataService({ access, sources, swr, config });
        const argo = new ArgoOperations({
          access,
          cards,
          sources,
          auditor: deps.auditor,
        });

        httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            logger,
            cards,
            operations: new ProjectOperations({
              access,
              sources,
              events: deps.events,
              logger,
            }),
            argo,
            pickers: new PickerService({ cloudPi, sources, callers, config }),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });

        registerCardActions({
          actionsRegistry: deps.actionsRegistry,
          auth: deps.auth,
          cards,
        });
        registerArgoActions({
          actionsRegistry: deps.actionsRegistry,
          auth: deps.auth,
          argo,
        });
      },
    });
  },
});

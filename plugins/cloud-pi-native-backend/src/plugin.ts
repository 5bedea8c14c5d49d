import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { createRouter } from './router';

/**
 * The Cloud π Native backend plugin: serves the data of the entity cards.
 *
 * @public
 */
export const cloudPiNativePlugin = createBackendPlugin({
  pluginId: 'cloud-pi-native',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ httpRouter, logger }) {
        httpRouter.use(await createRouter({ logger }));
      },
    });
  },
});

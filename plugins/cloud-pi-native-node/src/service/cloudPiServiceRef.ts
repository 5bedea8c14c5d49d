import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DefaultCloudPiService } from './DefaultCloudPiService';
import { CloudPiService } from './types';

/**
 * The Cloud π Native instances of the backend, configured from
 * `cloudPiNative.instances`.
 *
 * Root scope: the clients hold process-wide caches (Argo CD sessions, Vault
 * AppRole tokens) and keep-alive connections, so the catalog module, the
 * scaffolder module and the cards backend share one set instead of each
 * logging in on its own. Nothing in it depends on the calling plugin:
 * user-scoped calls go through `consoleAs(credential)`.
 *
 * @public
 */
export const cloudPiServiceRef = createServiceRef<CloudPiService>({
  id: 'cloud-pi-native.service',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.rootLogger,
      },
      factory: ({ config, logger }) =>
        DefaultCloudPiService.fromConfig(config, {
          logger: logger.child({ service: 'cloud-pi-native' }),
        }),
    }),
});

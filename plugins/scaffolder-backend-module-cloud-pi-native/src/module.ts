import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { cloudPiServiceRef } from '@cpin/plugin-cloud-pi-native-node';
import { createCloudPiNativeActions } from './actions';

/**
 * Adds the Cloud π Native actions (`cpin:*`) to the scaffolder.
 *
 * @public
 */
export const scaffolderModuleCloudPiNative = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'cloud-pi-native',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        cloudPi: cloudPiServiceRef,
        events: eventsServiceRef,
        catalog: catalogServiceRef,
      },
      async init({ scaffolder, cloudPi, events, catalog }) {
        scaffolder.addActions(
          ...createCloudPiNativeActions({ cloudPi, events, catalog }),
        );
      },
    });
  },
});

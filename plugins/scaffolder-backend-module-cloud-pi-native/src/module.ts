import { createBackendModule } from '@backstage/backend-plugin-api';
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
      },
      async init({ scaffolder, cloudPi, events }) {
        scaffolder.addActions(
          ...createCloudPiNativeActions({ cloudPi, events }),
        );
      },
    });
  },
});

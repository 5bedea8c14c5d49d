import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { CloudPiExamplePermissionPolicy } from './CloudPiExamplePermissionPolicy';

/** Installs {@link CloudPiExamplePermissionPolicy} in the permission backend. */
export const permissionModuleCloudPiExamplePolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'cloud-pi-example-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new CloudPiExamplePermissionPolicy());
      },
    });
  },
});

import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
} from '@backstage/plugin-permission-node';
import { CLOUD_PI_NATIVE_ANNOTATIONS } from '@cpin/plugin-cloud-pi-native-common';

/**
 * The kinds users may register from their own locations (`catalog.rules` of
 * app-config.yaml refuses the others), and therefore unregister.
 */
export const USER_REGISTRABLE_KINDS = [
  'Component',
  'API',
  'Resource',
  'System',
  'Location',
] as const;

/**
 * The example portal's permission policy.
 *
 * - The Cloud π Native permissions (`cloud-pi-native.*`) are allowed here:
 *   the Cloud π backend then applies the platform's own rules (membership,
 *   REPLAY_HOOKS, SEE_SECRETS…) to the caller, on every request.
 * - Users and Groups come only from trusted sources: the org file (the only
 *   location whose `catalog.rules` allow them) and the entity providers. A
 *   user may unregister only what users may register: never a User, a
 *   Group, a Template, nor an entity imported from Cloud π Native.
 * - Everything else is allowed, as in Backstage's allow-all example.
 */
export class CloudPiExamplePermissionPolicy implements PermissionPolicy {
  async handle(request: PolicyQuery): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, catalogEntityDeletePermission)) {
      return createCatalogConditionalDecision(permission, {
        allOf: [
          catalogConditions.isEntityKind({
            kinds: [...USER_REGISTRABLE_KINDS],
          }),
          {
            not: catalogConditions.hasAnnotation({
              annotation: CLOUD_PI_NATIVE_ANNOTATIONS.instance,
            }),
          },
        ],
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

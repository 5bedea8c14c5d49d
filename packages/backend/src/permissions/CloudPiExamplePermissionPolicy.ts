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
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS,
  cloudPiCatalogRefreshPermission,
} from '@cpin/plugin-cloud-pi-native-common';

/** The example org's platform team: it may ask the catalog to re-read a project. */
export const PLATFORM_TEAM_REF = 'group:default/cloud-pi-native-maintainers';

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
 *   REPLAY_HOOKS, SEE_SECRETS…) to the caller, on every request. Only the
 *   platform team may ask the catalog to re-read a project on demand
 *   (services, such as a relay of console webhooks, are not subject to the
 *   policy).
 * - Users and Groups come only from trusted sources: the org file (the only
 *   location whose `catalog.rules` allow them) and the entity providers. A
 *   user may unregister only what users may register: never a User, a
 *   Group, a Template, nor an entity imported from Cloud π Native.
 * - Everything else is allowed, as in Backstage's allow-all example.
 */
export class CloudPiExamplePermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, cloudPiCatalogRefreshPermission)) {
      return {
        result: user?.info.ownershipEntityRefs.includes(PLATFORM_TEAM_REF)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
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

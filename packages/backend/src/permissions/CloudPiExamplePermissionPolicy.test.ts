import { startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';
import { PermissionPolicy } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  cloudPiCatalogRefreshPermission,
  cloudPiNativePermissions,
  cloudPiSecretsListPermission,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiExamplePermissionPolicy,
  PLATFORM_TEAM_REF,
} from './CloudPiExamplePermissionPolicy';
import { permissionModuleCloudPiExamplePolicy } from './permissionModule';

describe('CloudPiExamplePermissionPolicy', () => {
  const policy = new CloudPiExamplePermissionPolicy();

  it.each(cloudPiNativePermissions.map(p => [p.name, p] as const))(
    'allows %s, leaving the platform rules to the Cloud π backend',
    async (_name, permission) => {
      expect(await policy.handle({ permission })).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    },
  );

  it('lets only the platform team ask the catalog to re-read a project', async () => {
    const user = (ownershipEntityRefs: string[]) => ({
      identity: {
        type: 'user' as const,
        userEntityRef: 'user:default/someone',
        ownershipEntityRefs,
      },
      token: 'token',
      credentials: {} as never,
      info: { userEntityRef: 'user:default/someone', ownershipEntityRefs },
    });
    const decide = (refs?: string[]) =>
      policy.handle(
        { permission: cloudPiCatalogRefreshPermission },
        refs && user(refs),
      );
    expect(await decide([PLATFORM_TEAM_REF])).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await decide(['user:default/alice.martin'])).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(await decide()).toEqual({ result: AuthorizeResult.DENY });
  });

  it('lets users register locations and read the catalog', async () => {
    for (const permission of [
      catalogLocationCreatePermission,
      catalogEntityReadPermission,
    ]) {
      expect(await policy.handle({ permission })).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets users unregister only the kinds they may register, never an imported entity', async () => {
    const decision = (await policy.handle({
      permission: catalogEntityDeletePermission,
    })) as ConditionalPolicyDecision;

    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        allOf: [
          {
            rule: 'IS_ENTITY_KIND',
            resourceType: 'catalog-entity',
            params: {
              kinds: ['Component', 'API', 'Resource', 'System', 'Location'],
            },
          },
          {
            not: {
              rule: 'HAS_ANNOTATION',
              resourceType: 'catalog-entity',
              params: { annotation: 'cloud-pi-native.fr/instance' },
            },
          },
        ],
      },
    });
  });
});

describe('permissionModuleCloudPiExamplePolicy', () => {
  it('installs the example policy in the permission backend', async () => {
    let installed: PermissionPolicy | undefined;
    await startTestBackend({
      extensionPoints: [
        [
          policyExtensionPoint,
          {
            setPolicy: (policy: PermissionPolicy) => {
              installed = policy;
            },
          },
        ],
      ],
      features: [permissionModuleCloudPiExamplePolicy],
    });

    expect(installed).toBeInstanceOf(CloudPiExamplePermissionPolicy);
    expect(
      await installed!.handle({ permission: cloudPiSecretsListPermission }),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });
});

import {
  CloudPiEntityDataKind,
  CloudPiNativePermission,
  cloudPiArgoRefreshPermission,
  cloudPiArgoRollbackPermission,
  cloudPiArgoSyncPermission,
  cloudPiEntityDataPermissions,
  cloudPiProjectReprovisionPermission,
} from '@cpin/plugin-cloud-pi-native-common';

/** Permissions evaluated with a card's read, to tell the card what the caller may do. */
export const CARD_ALSO: Partial<
  Record<CloudPiEntityDataKind, CloudPiNativePermission[]>
> = {
  overview: [cloudPiProjectReprovisionPermission],
  deployments: [
    cloudPiArgoRefreshPermission,
    cloudPiArgoSyncPermission,
    cloudPiArgoRollbackPermission,
  ],
};

/**
 * Every permission a card read may need, evaluated together in one call to
 * the permission service: one decision then serves every card of a page.
 */
export const CARD_READ_PERMISSIONS: readonly CloudPiNativePermission[] = [
  ...Object.values(cloudPiEntityDataPermissions),
  ...Object.values(CARD_ALSO).flat(),
];

import { isResourcePermission } from '@backstage/plugin-permission-common';
import { cloudPiEntityDataPermissions } from '../cards';
import {
  cloudPiNativePermissions,
  cloudPiProjectReprovisionPermission,
} from './backstagePermissions';

describe('Backstage permissions', () => {
  it('are unique, named under cloud-pi-native and checked against catalog entities', () => {
    const names = cloudPiNativePermissions.map(p => p.name);

    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'cloud-pi-native.overview.read',
      'cloud-pi-native.environments.read',
      'cloud-pi-native.quality-gate.read',
      'cloud-pi-native.deployments.read',
      'cloud-pi-native.observability.read',
      'cloud-pi-native.project.reprovision',
      'cloud-pi-native.secrets.list',
      'cloud-pi-native.builds.read',
      'cloud-pi-native.images.read',
      'cloud-pi-native.journey.read',
      'cloud-pi-native.argocd.refresh',
      'cloud-pi-native.argocd.sync',
      'cloud-pi-native.argocd.rollback',
    ]);
    for (const permission of cloudPiNativePermissions) {
      expect(isResourcePermission(permission, 'catalog-entity')).toBe(true);
    }
  });

  it('marks reprovisioning as an update and maps each card route to its read permission', () => {
    expect(cloudPiProjectReprovisionPermission.attributes.action).toBe(
      'update',
    );
    expect(cloudPiEntityDataPermissions['quality-gate'].name).toBe(
      'cloud-pi-native.quality-gate.read',
    );
    expect(
      Object.values(cloudPiEntityDataPermissions).every(
        p => p.attributes.action === 'read',
      ),
    ).toBe(true);
  });
});

import {
  ResourcePermission,
  createPermission,
} from '@backstage/plugin-permission-common';

/**
 * The catalog's resource type (`RESOURCE_TYPE_CATALOG_ENTITY` of
 * `@backstage/plugin-catalog-common`), spelled out to keep this package free
 * of a catalog runtime dependency.
 */
const CATALOG_ENTITY = 'catalog-entity';

/**
 * A Backstage permission of the suite. Every one of them is checked against
 * the catalog entity the data belongs to, so policies can use the catalog's
 * conditional rules (`isEntityOwner`, `hasAnnotation`…).
 *
 * @public
 */
export type CloudPiNativePermission = ResourcePermission<'catalog-entity'>;

/** Read the project overview card of an entity. @public */
export const cloudPiOverviewReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.overview.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the environments (and budget) of an entity's project. @public */
export const cloudPiEnvironmentsReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.environments.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the SonarQube quality gates of an entity's repositories. @public */
export const cloudPiQualityGateReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.quality-gate.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the Argo CD deployments (and namespace quotas) of an entity. @public */
export const cloudPiDeploymentsReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.deployments.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the observability links of an entity. @public */
export const cloudPiObservabilityReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.observability.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Replay the provisioning of an entity's project (acts as the user). @public */
export const cloudPiProjectReprovisionPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.project.reprovision',
    attributes: { action: 'update' },
    resourceType: CATALOG_ENTITY,
  });

/** List the secrets of an entity's project (acts as the user, never cached). @public */
export const cloudPiSecretsListPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.secrets.list',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the GitLab CI builds and mirror state of an entity's repositories. @public */
export const cloudPiBuildsReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.builds.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the container images (Harbor scan and signature) of an entity. @public */
export const cloudPiImagesReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.images.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Read the onboarding journey of an entity's project. @public */
export const cloudPiJourneyReadPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.journey.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/** Ask Argo CD to reconcile one of an entity's applications now. @public */
export const cloudPiArgoRefreshPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.argocd.refresh',
    attributes: { action: 'update' },
    resourceType: CATALOG_ENTITY,
  });

/** Sync one of an entity's Argo CD applications to its target state. @public */
export const cloudPiArgoSyncPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.argocd.sync',
    attributes: { action: 'update' },
    resourceType: CATALOG_ENTITY,
  });

/** Roll one of an entity's Argo CD applications back to its previous revision. @public */
export const cloudPiArgoRollbackPermission: CloudPiNativePermission =
  createPermission({
    name: 'cloud-pi-native.argocd.rollback',
    attributes: { action: 'update' },
    resourceType: CATALOG_ENTITY,
  });

/**
 * Ask the catalog to read one project from the console now (an operator, or
 * a relay of console webhooks). Not tied to an entity: the project may not
 * be in the catalog yet. @public
 */
export const cloudPiCatalogRefreshPermission = createPermission({
  name: 'cloud-pi-native.catalog.refresh',
  attributes: { action: 'update' },
});

/** Every Backstage permission of the suite, for `permissionsRegistry.addPermissions`. @public */
export const cloudPiNativePermissions: readonly CloudPiNativePermission[] = [
  cloudPiOverviewReadPermission,
  cloudPiEnvironmentsReadPermission,
  cloudPiQualityGateReadPermission,
  cloudPiDeploymentsReadPermission,
  cloudPiObservabilityReadPermission,
  cloudPiProjectReprovisionPermission,
  cloudPiSecretsListPermission,
  cloudPiBuildsReadPermission,
  cloudPiImagesReadPermission,
  cloudPiJourneyReadPermission,
  cloudPiArgoRefreshPermission,
  cloudPiArgoSyncPermission,
  cloudPiArgoRollbackPermission,
];

import type { Entity } from '@backstage/catalog-model';

/** Prefix of every annotation the suite writes. @public */
export const CLOUD_PI_NATIVE_ANNOTATION_PREFIX = 'cloud-pi-native.fr/';

/** Annotations written by the catalog provider and read by the cards. @public */
export const CLOUD_PI_NATIVE_ANNOTATIONS = {
  /** Name of the configured console instance the entity comes from. */
  instance: 'cloud-pi-native.fr/instance',
  projectId: 'cloud-pi-native.fr/project-id',
  projectSlug: 'cloud-pi-native.fr/project-slug',
  projectStatus: 'cloud-pi-native.fr/status',
  projectLocked: 'cloud-pi-native.fr/locked',
  lastProvisioningVersion: 'cloud-pi-native.fr/last-provisioning-version',
  repositoryId: 'cloud-pi-native.fr/repository-id',
  repositoryName: 'cloud-pi-native.fr/repository-name',
  externalRepoUrl: 'cloud-pi-native.fr/external-repo-url',
  isInfra: 'cloud-pi-native.fr/is-infra',
  environmentId: 'cloud-pi-native.fr/environment-id',
  environmentName: 'cloud-pi-native.fr/environment-name',
  stage: 'cloud-pi-native.fr/stage',
  zone: 'cloud-pi-native.fr/zone',
  cluster: 'cloud-pi-native.fr/cluster',
  clusterId: 'cloud-pi-native.fr/cluster-id',
  cpu: 'cloud-pi-native.fr/cpu',
  gpu: 'cloud-pi-native.fr/gpu',
  memory: 'cloud-pi-native.fr/memory',
  autosync: 'cloud-pi-native.fr/autosync',
  oidcGroup: 'cloud-pi-native.fr/oidc-group',
  /** `true` when the last successful provisioning ran on an older console version. */
  provisioningOutdated: 'cloud-pi-native.fr/provisioning-outdated',
  deployRevision: 'cloud-pi-native.fr/deploy-revision',
  deployPath: 'cloud-pi-native.fr/deploy-path',
  helmValuesFiles: 'cloud-pi-native.fr/helm-values-files',
  /** `public` or `dedicated` (clusters). */
  privacy: 'cloud-pi-native.fr/privacy',
  roleId: 'cloud-pi-native.fr/role-id',
  /** A project permission bitfield, as the console's decimal string. */
  permissions: 'cloud-pi-native.fr/permissions',
  /** Comma-separated e-mails of team members with no matching User entity. */
  unresolvedMembers: 'cloud-pi-native.fr/unresolved-members',
  /** On a project's team Group: the User entity of the project owner. */
  projectOwner: 'cloud-pi-native.fr/project-owner',
} as const;

const A = CLOUD_PI_NATIVE_ANNOTATIONS;

function annotation(entity: Entity, key: string): string | undefined {
  const value = entity.metadata.annotations?.[key];
  return value && value.trim() !== '' ? value : undefined;
}

/** Where an entity points in Cloud π: instance and project, plus repo or env. @public */
export interface CloudPiEntityRef {
  instance: string;
  projectSlug: string;
  projectId?: string;
  repositoryName?: string;
  environmentName?: string;
}

/**
 * Reads the Cloud π coordinates of an entity from its annotations, or
 * `undefined` when it is not a Cloud π entity. Only names and ids are read:
 * URLs are always derived from configuration, never from annotations.
 *
 * @public
 */
export function getCloudPiEntityRef(
  entity: Entity,
): CloudPiEntityRef | undefined {
  const instance = annotation(entity, A.instance);
  const projectSlug = annotation(entity, A.projectSlug);
  if (!instance || !projectSlug) return undefined;
  return {
    instance,
    projectSlug,
    projectId: annotation(entity, A.projectId),
    repositoryName: annotation(entity, A.repositoryName),
    environmentName: annotation(entity, A.environmentName),
  };
}

/**
 * The annotation with the catalog provider's description of an entity in
 * `language` (e.g. `fr`), beside `metadata.description`, in English. Only
 * the descriptions the provider writes itself have one; the console's
 * (a project's, a zone's) are shown as they are.
 *
 * @public
 */
export function descriptionAnnotation(language: string): string {
  return `${CLOUD_PI_NATIVE_ANNOTATION_PREFIX}description-${language}`;
}

/**
 * Whether the Cloud π catalog provider wrote the entity: an entity of a
 * project, or a cluster or zone of the platform.
 *
 * @public
 */
export function isFromCloudPiProvider(entity: Entity): boolean {
  return annotation(entity, A.instance) !== undefined;
}

/**
 * An entity's description for a reader of `language`: the one the catalog
 * provider wrote in that language, if any, else `metadata.description`.
 *
 * @public
 */
export function descriptionFor(
  entity: Entity,
  language: string | undefined,
): string | undefined {
  const localized =
    language && isFromCloudPiProvider(entity)
      ? annotation(entity, descriptionAnnotation(language))
      : undefined;
  return localized ?? entity.metadata.description;
}

/** Whether an entity belongs to a Cloud π project. @public */
export function isCloudPiNativeAvailable(entity: Entity): boolean {
  return getCloudPiEntityRef(entity) !== undefined;
}

/** Whether an entity is a Cloud π project (a System). @public */
export function isCloudPiProject(entity: Entity): boolean {
  return (
    entity.kind.toLowerCase() === 'system' && isCloudPiNativeAvailable(entity)
  );
}

/** Whether an entity is a Cloud π repository (a Component). @public */
export function isCloudPiRepository(entity: Entity): boolean {
  return (
    isCloudPiNativeAvailable(entity) &&
    annotation(entity, A.repositoryName) !== undefined
  );
}

/** Whether an entity is a Cloud π environment (a Resource). @public */
export function isCloudPiEnvironment(entity: Entity): boolean {
  return (
    isCloudPiNativeAvailable(entity) &&
    annotation(entity, A.environmentName) !== undefined
  );
}

/** Whether the quality gate card has something to show (a repo or a project). @public */
export function isQualityGateAvailable(entity: Entity): boolean {
  return isCloudPiRepository(entity) || isCloudPiProject(entity);
}

/** Whether the deployments card has something to show. @public */
export function isDeploymentsAvailable(entity: Entity): boolean {
  return isCloudPiNativeAvailable(entity);
}

/** Whether the observability card has something to show. @public */
export function isObservabilityAvailable(entity: Entity): boolean {
  return isCloudPiProject(entity) || isCloudPiEnvironment(entity);
}

/** Whether the builds card has something to show (a repo or a project). @public */
export function isBuildsAvailable(entity: Entity): boolean {
  return isCloudPiRepository(entity) || isCloudPiProject(entity);
}

/** Whether the images card has something to show. @public */
export function isImagesAvailable(entity: Entity): boolean {
  return isCloudPiNativeAvailable(entity);
}

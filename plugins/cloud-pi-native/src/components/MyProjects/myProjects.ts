import type { Entity } from '@backstage/catalog-model';
import {
  CATALOG_FILTER_EXISTS,
  type CatalogApi,
} from '@backstage/plugin-catalog-react';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  type ProjectStatus,
  isCloudPiProject,
  projectStatusSchema,
} from '@cpin/plugin-cloud-pi-native-common';

/** A Cloud π project of the user, as the catalog provider describes it. */
export interface MyProject {
  /** The System entity (kind, namespace and name only are relied upon). */
  entity: Entity;
  title: string;
  /** `undefined` when the annotation is missing or not a known status. */
  status?: ProjectStatus;
  locked: boolean;
  outdated: boolean;
}

/** The catalog fields the list needs, and no more. */
export const MY_PROJECTS_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.annotations',
];

/**
 * The user's Cloud π projects, read from the catalog as the user: the
 * Systems written by the catalog provider that one of the user's ownership
 * refs owns (a project's System is owned by its team Group, whose members
 * are the project's owner and members).
 */
export async function fetchMyProjects(
  catalogApi: CatalogApi,
  ownershipRefs: string[],
): Promise<MyProject[]> {
  if (ownershipRefs.length === 0) return [];
  const { items } = await catalogApi.getEntities({
    filter: {
      kind: 'system',
      'relations.ownedBy': ownershipRefs,
      [`metadata.annotations.${A.projectSlug}`]: CATALOG_FILTER_EXISTS,
    },
    fields: MY_PROJECTS_FIELDS,
  });
  return sortProjects(items.filter(isCloudPiProject).map(toProject));
}

function toProject(entity: Entity): MyProject {
  const annotations = entity.metadata.annotations ?? {};
  const status = projectStatusSchema.safeParse(annotations[A.projectStatus]);
  return {
    entity,
    title: entity.metadata.title || entity.metadata.name,
    status: status.success ? status.data : undefined,
    locked: annotations[A.projectLocked] === 'true',
    outdated: annotations[A.provisioningOutdated] === 'true',
  };
}

/** What needs attention first: failed, degraded, in progress, then the rest. */
const STATUS_ORDER: ReadonlyArray<ProjectStatus | undefined> = [
  'failed',
  'warning',
  'initializing',
  'created',
  'archived',
  undefined,
];

function statusRank(status: ProjectStatus | undefined): number {
  return STATUS_ORDER.indexOf(status);
}

/** Failed and degraded projects first, then by title. */
export function sortProjects(projects: MyProject[]): MyProject[] {
  return [...projects].sort(
    (a, b) =>
      statusRank(a.status) - statusRank(b.status) ||
      a.title.localeCompare(b.title) ||
      a.entity.metadata.name.localeCompare(b.entity.metadata.name),
  );
}

/** How many projects have each status, in the list's order; none at zero. */
export function countByStatus(
  projects: MyProject[],
): Array<{ status: ProjectStatus | undefined; count: number }> {
  return STATUS_ORDER.map(status => ({
    status,
    count: projects.filter(project => project.status === status).length,
  })).filter(({ count }) => count > 0);
}

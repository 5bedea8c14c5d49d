import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';

/** Which catalog entities a provider wrote. */
export interface ProviderScope {
  /** The provider's `entityNamespace`. */
  namespace: string;
  /** Name of the console instance (the `cloud-pi-native.fr/instance` annotation). */
  instance: string;
  /** Console origin: the provider's entities are managed by its pages. */
  consoleUrl: string;
}

/**
 * The entities of this provider as the catalog holds them now: the state
 * the last applied mutation left, whichever replica applied it. Entities
 * registered from elsewhere with the same annotations are left out, since
 * only the provider's are managed by a page of the console.
 */
export async function loadProviderEntities(
  catalog: Pick<CatalogService, 'queryEntities'>,
  credentials: BackstageCredentials,
  scope: ProviderScope,
  options: { pageSize?: number; projectId?: string } = {},
): Promise<Entity[]> {
  const limit = options.pageSize ?? 500;
  const consolePages = `url:${scope.consoleUrl.replace(/\/+$/, '')}/`;
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, limit }
        : {
            filter: {
              ...scopeFilter(scope),
              ...(options.projectId && {
                [`metadata.annotations.${A.projectId}`]: options.projectId,
              }),
            },
            limit,
          },
      { credentials },
    );
    for (const entity of page.items) {
      const location = entity.metadata.annotations?.[ANNOTATION_LOCATION];
      if (location?.startsWith(consolePages))
        entities.push(unprocessed(entity));
    }
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return entities;
}

/**
 * How many entities, and projects (Systems), the catalog holds under the
 * provider's namespace and instance: the denominators of the removal guard
 * for a targeted refresh, without loading every entity.
 */
export async function countProviderEntities(
  catalog: Pick<CatalogService, 'queryEntities'>,
  credentials: BackstageCredentials,
  scope: ProviderScope,
): Promise<{ entities: number; projects: number }> {
  const count = async (extra: Record<string, string>) =>
    (
      await catalog.queryEntities(
        {
          filter: { ...scopeFilter(scope), ...extra },
          limit: 1,
          fields: ['kind'],
        },
        { credentials },
      )
    ).totalItems;
  const [entities, projects] = await Promise.all([
    count({}),
    count({ kind: 'System' }),
  ]);
  return { entities, projects };
}

function scopeFilter(scope: ProviderScope): Record<string, string> {
  return {
    'metadata.namespace': scope.namespace,
    [`metadata.annotations.${A.instance}`]: scope.instance,
  };
}

/** The project an entity belongs to (its `cloud-pi-native.fr/project-id`), if any. */
export function projectIdOf(entity: Entity): string | undefined {
  return entity.metadata.annotations?.[A.projectId];
}

/** Entity references, lower-cased as the catalog compares them. */
export function entityRefSet(entities: Entity[]): Set<string> {
  return new Set(
    entities.map(entity =>
      stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    ),
  );
}

/**
 * An entity as a provider emits it: without what the catalog adds while
 * storing and stitching it (uid, etag, relations, status).
 */
function unprocessed(entity: Entity): Entity {
  const {
    relations: _relations,
    status: _status,
    ...rest
  } = entity as Entity & {
    status?: unknown;
  };
  const {
    uid: _uid,
    etag: _etag,
    generation: _generation,
    ...metadata
  } = rest.metadata as Entity['metadata'] & { generation?: unknown };
  return { ...rest, metadata };
}

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { randomUUID } from 'node:crypto';
import { fakeConnection } from './fakeConnection';

/**
 * An in-memory catalog fed by a recording connection: a full mutation
 * replaces the provider's entities and a delta one adds, replaces and
 * removes some; they then come back from `queryEntities` with what the real
 * catalog adds (uid, etag, relations).
 */
export function liveCatalog(users: Entity[]) {
  let provided = new Map<string, Entity>();
  let current = catalogServiceMock({ entities: users });
  const connection = fakeConnection(mutation => {
    if (mutation.type === 'full') {
      provided = new Map();
      mutation.entities.forEach(({ entity }) =>
        provided.set(ref(entity), entity),
      );
    } else {
      mutation.removed.forEach(removed =>
        provided.delete(
          'entityRef' in removed ? removed.entityRef : ref(removed.entity),
        ),
      );
      mutation.added.forEach(({ entity }) => provided.set(ref(entity), entity));
    }
    current = catalogServiceMock({
      entities: [...users, ...[...provided.values()].map(stored)],
    });
  });
  const catalog: Pick<CatalogService, 'queryEntities'> = {
    queryEntities: (request, options) =>
      current.queryEntities(request, options),
  };
  return { catalog, connection };
}

function ref(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

function stored(entity: Entity): Entity {
  const copy = JSON.parse(JSON.stringify(entity)) as Entity;
  return {
    ...copy,
    metadata: { ...copy.metadata, uid: randomUUID(), etag: randomUUID() },
    relations: [],
  };
}

import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { randomUUID } from 'node:crypto';
import { fakeConnection } from './fakeConnection';

/**
 * An in-memory catalog fed by a recording connection: a full mutation
 * replaces the provider's entities, which then come back from
 * `queryEntities` with what the real catalog adds (uid, etag, relations).
 */
export function liveCatalog(users: Entity[]) {
  let current = catalogServiceMock({ entities: users });
  const connection = fakeConnection(mutation => {
    if (mutation.type !== 'full') return;
    current = catalogServiceMock({
      entities: [
        ...users,
        ...mutation.entities.map(({ entity }) => stored(entity)),
      ],
    });
  });
  const catalog: Pick<CatalogService, 'queryEntities'> = {
    queryEntities: (request, options) =>
      current.queryEntities(request, options),
  };
  return { catalog, connection };
}

function stored(entity: Entity): Entity {
  const copy = JSON.parse(JSON.stringify(entity)) as Entity;
  return {
    ...copy,
    metadata: { ...copy.metadata, uid: randomUUID(), etag: randomUUID() },
    relations: [],
  };
}

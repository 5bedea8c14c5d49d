/*
 * The Kubernetes backend in a Node process of its own, for the community
 * plugins test: its client library is loaded with a dynamic import(), which
 * Jest only runs with --experimental-vm-modules. The catalog it resolves
 * entities with serves the entities the test imported (file CPIN_ENTITIES).
 */
import { createBackend } from '@backstage/backend-defaults';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readFileSync } from 'node:fs';

const entities: Entity[] = JSON.parse(
  readFileSync(process.env.CPIN_ENTITIES!, 'utf8'),
);
const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));

const backend = createBackend();
backend.add(
  createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () =>
      ({
        async getEntityByRef(ref: string | CompoundEntityRef) {
          return byRef.get(stringifyEntityRef(parseEntityRef(ref)));
        },
      } as any),
  }),
);
backend.add(import('@backstage/plugin-kubernetes-backend'));
backend.start();

import { type Entity, parseEntityRef } from '@backstage/catalog-model';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { isCloudPiNativeAvailable } from '@cpin/plugin-cloud-pi-native';
import type { RelationCardName } from './ReaderRelationCard';

/** The relations one card or tab lists: their type and the kind they reach. */
interface ListedRelations {
  kind: string;
  type: string;
  targetKind: string;
}

/**
 * Whether a relation card or tab shows on an entity page: on entities of its
 * kind, except Cloud π entities without such relations. The provider writes
 * every relation of those; an empty table there only says "none" and how to
 * declare some by hand, which does not apply.
 */
export function showsRelations(
  ...listed: ListedRelations[]
): (entity: Entity) => boolean {
  return entity =>
    listed.some(({ kind, type, targetKind }) => {
      if (entity.kind.toLowerCase() !== kind) return false;
      if (!isCloudPiNativeAvailable(entity)) return true;
      return (entity.relations ?? []).some(
        relation =>
          relation.type === type &&
          parseEntityRef(relation.targetRef).kind.toLowerCase() === targetKind,
      );
    });
}

const relations = (
  kind: string,
  type: string,
  targetKind: string,
): ListedRelations => ({ kind, type, targetKind });

const dependsOnComponents = relations('component', 'dependsOn', 'component');
const dependsOnResources = relations('component', 'dependsOn', 'resource');
const providesApis = relations('component', 'providesApi', 'api');
const consumesApis = relations('component', 'consumesApi', 'api');

const catalogCard = (name: RelationCardName, ...listed: ListedRelations[]) =>
  catalogPlugin.getExtension(`entity-card:catalog/${name}`).override({
    factory: originalFactory =>
      originalFactory({
        params: {
          filter: showsRelations(...listed),
          loader: () =>
            import('./ReaderRelationCard').then(m => (
              <m.ReaderRelationCard name={name} />
            )),
        },
      }),
  });

const apiDocsExtension = (
  id:
    | 'entity-card:api-docs/provided-apis'
    | 'entity-card:api-docs/consumed-apis'
    | 'entity-content:api-docs/apis',
  ...listed: ListedRelations[]
) =>
  apiDocsPlugin.getExtension(id).override({
    factory: originalFactory =>
      originalFactory({ params: { filter: showsRelations(...listed) } }),
  });

/**
 * The catalog's relation cards, without the empty ones of Cloud π entities,
 * with descriptions in the reader's language.
 */
export const catalogRelationCards = [
  catalogCard('depends-on-components', dependsOnComponents),
  catalogCard('depends-on-resources', dependsOnResources),
  catalogCard(
    'has-subcomponents',
    relations('component', 'hasPart', 'component'),
  ),
  catalogCard('has-components', relations('system', 'hasPart', 'component')),
  catalogCard('has-resources', relations('system', 'hasPart', 'resource')),
];

/** The API cards and tab, without the empty ones of Cloud π repositories. */
export const apiDocsRelationsModule = createFrontendModule({
  pluginId: 'api-docs',
  extensions: [
    apiDocsExtension('entity-card:api-docs/provided-apis', providesApis),
    apiDocsExtension('entity-card:api-docs/consumed-apis', consumesApis),
    apiDocsExtension(
      'entity-content:api-docs/apis',
      providesApis,
      consumesApis,
    ),
  ],
});

import { type Entity, parseEntityRef } from '@backstage/catalog-model';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { isCloudPiNativeAvailable } from '@cpin/plugin-cloud-pi-native';

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

const dependsOnComponents = {
  kind: 'component',
  type: 'dependsOn',
  targetKind: 'component',
};
const dependsOnResources = {
  kind: 'component',
  type: 'dependsOn',
  targetKind: 'resource',
};
const providesApis = {
  kind: 'component',
  type: 'providesApi',
  targetKind: 'api',
};
const consumesApis = {
  kind: 'component',
  type: 'consumesApi',
  targetKind: 'api',
};

const catalogCard = (
  id:
    | 'entity-card:catalog/depends-on-components'
    | 'entity-card:catalog/depends-on-resources'
    | 'entity-card:catalog/has-subcomponents'
    | 'entity-card:catalog/has-components'
    | 'entity-card:catalog/has-resources',
  ...listed: ListedRelations[]
) =>
  catalogPlugin.getExtension(id).override({
    factory: originalFactory =>
      originalFactory({ params: { filter: showsRelations(...listed) } }),
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

/** The catalog's relation cards, without the empty ones of Cloud π entities. */
export const catalogRelationCards = [
  catalogCard('entity-card:catalog/depends-on-components', dependsOnComponents),
  catalogCard('entity-card:catalog/depends-on-resources', dependsOnResources),
  catalogCard('entity-card:catalog/has-subcomponents', {
    kind: 'component',
    type: 'hasPart',
    targetKind: 'component',
  }),
  catalogCard('entity-card:catalog/has-components', {
    kind: 'system',
    type: 'hasPart',
    targetKind: 'component',
  }),
  catalogCard('entity-card:catalog/has-resources', {
    kind: 'system',
    type: 'hasPart',
    targetKind: 'resource',
  }),
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

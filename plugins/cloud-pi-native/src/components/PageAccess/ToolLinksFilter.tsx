import type { Entity } from '@backstage/catalog-model';
import { EntityProvider, useEntity } from '@backstage/plugin-catalog-react';
import { isCloudPiNativeAvailable } from '@cpin/plugin-cloud-pi-native-common';
import { type ReactNode, useMemo } from 'react';
import { usePageRefusal } from './usePageAccess';

/**
 * Link types of Cloud π entities that lead outside the project's tools (an
 * external repository may be public); the provider's other links (console,
 * GitLab, SonarQube, Argo CD, Vault, Grafana…) need project membership.
 */
const LINKS_WITHOUT_MEMBERSHIP = new Set(['external-repository']);

function withoutToolLinks(entity: Entity): Entity {
  const links = entity.metadata.links?.filter(
    link => link.type && LINKS_WITHOUT_MEMBERSHIP.has(link.type),
  );
  return { ...entity, metadata: { ...entity.metadata, links } };
}

/**
 * Gives its children (e.g. the catalog's links card) the entity without the
 * Cloud π tool links once the page's cards learnt that the user may not see
 * the project (not a member, or a project the console no longer knows):
 * those links would only lead to refusals. Renders nothing when no link is
 * left. The backend and the tools still enforce access; this only avoids
 * offering dead ends.
 *
 * @public
 */
export function CloudPiToolLinksFilter(props: { children: ReactNode }) {
  const { entity } = useEntity();
  const refusal = usePageRefusal(entity);
  const hide =
    isCloudPiNativeAvailable(entity) &&
    (refusal === 'forbidden' || refusal === 'notFound');
  const filtered = useMemo(
    () => (hide ? withoutToolLinks(entity) : entity),
    [hide, entity],
  );
  if (!hide) return <>{props.children}</>;
  if (!filtered.metadata.links?.length) return null;
  return <EntityProvider entity={filtered}>{props.children}</EntityProvider>;
}

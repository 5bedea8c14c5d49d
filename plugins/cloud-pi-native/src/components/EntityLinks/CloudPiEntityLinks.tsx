import { EntityProvider, useEntity } from '@backstage/plugin-catalog-react';
import {
  isCloudPiNativeAvailable,
  isFromCloudPiProvider,
} from '@cpin/plugin-cloud-pi-native-common';
import { type ReactNode, useMemo } from 'react';
import { usePageRefusal } from '../PageAccess/usePageAccess';
import { useCloudPiTranslation } from '../shared';
import { readerLinks, withLinks } from './readerLinks';

/**
 * Gives its children (e.g. the catalog's links card) an entity of the
 * Cloud π provider with its links as the reader should see them:
 *
 * - the provider's own titles (console, external repository, Grafana
 *   instances, logs), written in English, in the reader's language; the
 *   other titles are tool names, kept;
 * - without the links to the project's tools once the page's cards learnt
 *   that the user may not see the project (not a member, or a project the
 *   console no longer knows), since they would only lead to refusals.
 *   Nothing is rendered when no link is left. The backend and the tools
 *   still enforce access; this only avoids offering dead ends.
 *
 * Other entities are passed on as they are.
 *
 * @public
 */
export function CloudPiEntityLinks(props: { children: ReactNode }) {
  const { entity } = useEntity();
  const t = useCloudPiTranslation();
  const refusal = usePageRefusal(entity);
  const fromCloudPi = isFromCloudPiProvider(entity);
  const withoutTools =
    isCloudPiNativeAvailable(entity) &&
    (refusal === 'forbidden' || refusal === 'notFound');
  const shown = useMemo(() => {
    if (!fromCloudPi) return undefined;
    const links = readerLinks(entity.metadata.links ?? [], t, withoutTools);
    return { links, entity: withLinks(entity, links) };
  }, [fromCloudPi, entity, t, withoutTools]);
  if (!shown) return <>{props.children}</>;
  if (withoutTools && shown.links.length === 0) return null;
  return (
    <EntityProvider entity={shown.entity}>{props.children}</EntityProvider>
  );
}

import {
  appLanguageApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { EntityProvider, useEntity } from '@backstage/plugin-catalog-react';
import {
  descriptionFor,
  isCloudPiNativeAvailable,
  isFromCloudPiProvider,
} from '@cpin/plugin-cloud-pi-native-common';
import { type ReactNode, useMemo } from 'react';
import { usePageRefusal } from '../PageAccess/usePageAccess';
import { useCloudPiTranslation } from '../shared';
import { readerLinks } from './readerLinks';

/**
 * Gives its children (e.g. the catalog's about and links cards) an entity
 * of the Cloud π provider as its reader should see it:
 *
 * - the description the provider wrote in the reader's language, when it
 *   wrote one (`metadata.description` is English);
 * - the provider's own link titles (console, external repository, Grafana
 *   instances, logs) in the reader's language; the other titles are tool
 *   names, kept;
 * - without the links to the project's tools once the page's cards learnt
 *   that the user may not see the project (not a member, or a project the
 *   console no longer knows), since they would only lead to refusals.
 *   The backend and the tools still enforce access; this only avoids
 *   offering dead ends.
 *
 * Other entities are passed on as they are.
 *
 * @public
 */
export function CloudPiEntityForReader(props: {
  children: ReactNode;
  /** For a links card: render nothing once the tool links are left out and no link is left. */
  hideWithoutLinks?: boolean;
}) {
  const { entity } = useEntity();
  const t = useCloudPiTranslation();
  const language = useApiHolder()
    .get(appLanguageApiRef)
    ?.getLanguage().language;
  const refusal = usePageRefusal(entity);
  const fromCloudPi = isFromCloudPiProvider(entity);
  const withoutTools =
    isCloudPiNativeAvailable(entity) &&
    (refusal === 'forbidden' || refusal === 'notFound');
  const shown = useMemo(() => {
    if (!fromCloudPi) return undefined;
    const { metadata } = entity;
    const links = readerLinks(metadata.links ?? [], t, withoutTools);
    const description = descriptionFor(entity, language);
    return {
      links,
      entity: {
        ...entity,
        metadata: {
          ...metadata,
          links,
          ...(description ? { description } : {}),
        },
      },
    };
  }, [fromCloudPi, entity, t, language, withoutTools]);
  if (!shown) return <>{props.children}</>;
  if (props.hideWithoutLinks && withoutTools && shown.links.length === 0) {
    return null;
  }
  return (
    <EntityProvider entity={shown.entity}>{props.children}</EntityProvider>
  );
}

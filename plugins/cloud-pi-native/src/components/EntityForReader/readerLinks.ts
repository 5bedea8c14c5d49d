import type { EntityLink } from '@backstage/catalog-model';
import { CLOUD_PI_LINK_TYPES as L } from '@cpin/plugin-cloud-pi-native-common';
import type { CloudPiTranslate } from '../shared';

/**
 * Link types of Cloud π entities that lead outside the project's tools (an
 * external repository may be public); the provider's other links (console,
 * GitLab, SonarQube, Argo CD, Vault, Grafana…) need project membership.
 */
const LINKS_WITHOUT_MEMBERSHIP = new Set<string>([L.externalRepository]);

/** The provider's title of a link of this type, in the reader's language. */
function readerTitle(
  type: string | undefined,
  t: CloudPiTranslate,
): string | undefined {
  switch (type) {
    case L.console:
      return t('links.console');
    case L.consoleAdmin:
      return t('links.consoleAdmin');
    case L.externalRepository:
      return t('links.externalRepository');
    case L.grafanaHprod:
      return t('observability.grafana.hprod');
    case L.grafanaProd:
      return t('observability.grafana.prod');
    case L.logs:
      return t('links.logs');
    default:
      return undefined;
  }
}

/**
 * The entity's links as its reader should see them: the provider's own
 * titles in the reader's language (other titles are tool names, kept), and
 * without the links to the project's tools when `withoutTools`.
 */
export function readerLinks(
  links: EntityLink[],
  t: CloudPiTranslate,
  withoutTools: boolean,
): EntityLink[] {
  return links
    .filter(
      link =>
        !withoutTools ||
        (link.type !== undefined && LINKS_WITHOUT_MEMBERSHIP.has(link.type)),
    )
    .map(link => {
      const title = readerTitle(link.type, t);
      return title ? { ...link, title } : link;
    });
}

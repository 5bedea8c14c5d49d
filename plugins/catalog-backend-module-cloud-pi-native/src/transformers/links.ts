import { EntityLink } from '@backstage/catalog-model';
import {
  CLOUD_PI_LINK_TYPES,
  ProjectService,
  StageKind,
} from '@cpin/plugin-cloud-pi-native-common';

/**
 * `raw` as an http(s) URL without credentials, or `undefined`. Upstream URLs
 * end up in entities every catalog reader sees: user info (an external
 * repository URL may embed a token) is dropped, other schemes are refused.
 */
export function safeHttpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.username = '';
  url.password = '';
  return url.toString();
}

/** A link, or nothing when the URL is not a safe http(s) URL. */
export function link(
  url: string | undefined,
  title: string,
  type: string,
  icon?: string,
): EntityLink[] {
  const safe = safeHttpUrl(url);
  if (!safe) return [];
  return [{ url: safe, title, type, ...(icon ? { icon } : {}) }];
}

/** Type of the link to a project's Grafana instance of `kind`. */
export function grafanaLinkType(kind: StageKind): string {
  return kind === 'prod'
    ? CLOUD_PI_LINK_TYPES.grafanaProd
    : CLOUD_PI_LINK_TYPES.grafanaHprod;
}

/**
 * The links of `GET /projects/:id/services`: one per tool URL (GitLab,
 * SonarQube, Argo CD per zone, Grafana hors-prod and prod, Harbor, Vault,
 * Nexus…), in the console's order. A link to one of the project's Grafana
 * instances (`grafanaUrl`) gets that instance's type, so that the frontend
 * can word it as the environments' Grafana links; the console names it in
 * French ("Observabilité: Hors production").
 */
export function serviceLinks(
  services: ProjectService[],
  grafanaUrl: (kind: StageKind) => string | undefined,
): EntityLink[] {
  const grafanaKinds = new Map(
    (['hprod', 'prod'] as const).flatMap(kind => {
      const url = grafanaUrl(kind);
      return url ? [[url, kind] as const] : [];
    }),
  );
  return services.flatMap(service =>
    service.urls.flatMap(url => {
      const grafanaKind = grafanaKinds.get(url.to);
      return link(
        url.to,
        url.name.toLowerCase().includes(service.title.toLowerCase())
          ? url.name
          : `${service.title}: ${url.name}`,
        grafanaKind ? grafanaLinkType(grafanaKind) : service.name,
        service.name === 'observability' ? 'dashboard' : undefined,
      );
    }),
  );
}

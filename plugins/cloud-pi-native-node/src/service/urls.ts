import { InputError } from '@backstage/errors';
import {
  StageKind,
  consoleProjectUrl,
  gitlabGroupPath,
  gitlabProjectPath,
  grafanaInstanceUrl,
  isUuid,
  observabilityTenant,
  vaultProjectMount,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiInstanceConfig } from '../config/types';

/** Tabs of the console's project page. @public */
export type ConsoleProjectTab =
  | 'resources'
  | 'services'
  | 'team'
  | 'roles'
  | 'logs';

/**
 * Deep links of one instance, computed only from configuration and the
 * platform's naming rules, never from entity annotations. A link to a tool
 * that is not configured is `undefined`.
 *
 * @public
 */
export interface CloudPiUrls {
  consoleProject(slug: string, tab?: ConsoleProjectTab): string;
  /** The project's Grafana instance for hors-prod or prod. */
  grafana(slug: string, kind: StageKind): string | undefined;
  /** Grafana Explore on the tenant's Loki datasource, filtered on the namespace. */
  lokiExplore(
    projectId: string,
    slug: string,
    kind: StageKind,
    namespace: string,
  ): string | undefined;
  /** Grafana Explore on the tenant's Prometheus datasource (CPU per pod by default). */
  prometheusExplore(
    projectId: string,
    slug: string,
    kind: StageKind,
    namespace: string,
    expr?: string,
  ): string | undefined;
  /** An application in the Argo CD of a zone. */
  argocdApp(zone: string, appName: string): string | undefined;
  gitlabGroup(slug: string): string | undefined;
  gitlabProject(slug: string, repositoryName: string): string | undefined;
  sonarqubeProject(projectKey: string): string | undefined;
  /** The project's application-secrets mount in the Vault UI. */
  vaultMount(slug: string): string | undefined;
  /**
   * A Harbor project (numeric id), one of its repositories (the name
   * inside the project) or one artifact of it (digest), in the Harbor UI.
   */
  harbor(
    harborProjectId: number,
    repository?: string,
    digest?: string,
  ): string | undefined;
  /** The host images of the registry are pushed to, e.g. `harbor.example.fr`. */
  readonly registryHost?: string;
}

/** Builds the deep links of an instance. */
export function createCloudPiUrls(config: CloudPiInstanceConfig): CloudPiUrls {
  const argocd = new Map(config.argocd.map(entry => [entry.zone, entry.url]));
  const { gitlab, sonarqube, vault, grafana, observability, harbor } = config;

  const explore = (
    projectId: string,
    slug: string,
    kind: StageKind,
    datasource: { type: string; uidPattern: string },
    expr: string,
  ) => {
    if (!grafana) return undefined;
    if (!isUuid(projectId)) {
      throw new InputError(`Not a project id: ${JSON.stringify(projectId)}`);
    }
    const uid = datasource.uidPattern.replace(
      '{tenant}',
      observabilityTenant(projectId, kind),
    );
    const panes = {
      cpin: {
        datasource: uid,
        queries: [
          { refId: 'A', datasource: { type: datasource.type, uid }, expr },
        ],
        range: { from: 'now-1h', to: 'now' },
      },
    };
    return `${grafanaInstanceUrl(
      grafana.url,
      slug,
      kind,
    )}/explore?schemaVersion=1&orgId=1&panes=${encodeURIComponent(
      JSON.stringify(panes),
    )}`;
  };

  return {
    consoleProject: (slug, tab) =>
      consoleProjectUrl(config.consoleUrl, slug) + (tab ? `?tab=${tab}` : ''),
    grafana: (slug, kind) =>
      grafana ? grafanaInstanceUrl(grafana.url, slug, kind) : undefined,
    lokiExplore: (projectId, slug, kind, namespace) =>
      explore(
        projectId,
        slug,
        kind,
        { type: 'loki', uidPattern: observability.lokiDatasourceUid },
        // JSON string quoting is valid LogQL string quoting.
        `{namespace=${JSON.stringify(namespace)}}`,
      ),
    prometheusExplore: (projectId, slug, kind, namespace, expr) =>
      explore(
        projectId,
        slug,
        kind,
        {
          type: 'prometheus',
          uidPattern: observability.prometheusDatasourceUid,
        },
        expr ??
          `sum by (pod) (rate(container_cpu_usage_seconds_total{namespace=${JSON.stringify(
            namespace,
          )}, container!=""}[5m]))`,
      ),
    argocdApp: (zone, appName) => {
      const url = argocd.get(zone);
      return url
        ? `${url}/applications/${encodeURIComponent(appName)}`
        : undefined;
    },
    gitlabGroup: slug =>
      gitlab
        ? `${gitlab.url}/${gitlabGroupPath(config.projectsRootDir, slug)}`
        : undefined,
    gitlabProject: (slug, repositoryName) =>
      gitlab
        ? `${gitlab.url}/${gitlabProjectPath(
            config.projectsRootDir,
            slug,
            repositoryName,
          )}`
        : undefined,
    sonarqubeProject: projectKey =>
      sonarqube
        ? `${sonarqube.url}/dashboard?id=${encodeURIComponent(projectKey)}`
        : undefined,
    harbor: (harborProjectId, repository, digest) => {
      if (!harbor) return undefined;
      let url = `${harbor.url}/harbor/projects/${harborProjectId}/repositories`;
      if (repository) url += `/${encodeURIComponent(repository)}`;
      if (repository && digest) {
        url += `/artifacts-tab/artifacts/${encodeURIComponent(digest)}`;
      }
      return url;
    },
    registryHost: harbor ? new URL(harbor.url).host : undefined,
    vaultMount: slug =>
      vault
        ? `${vault.url}/ui/vault/secrets/${encodeURIComponent(
            vaultProjectMount(slug),
          )}`
        : undefined,
  };
}

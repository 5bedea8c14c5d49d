import {
  StageKind,
  dsoLabelSelector,
  grafanaInstanceName,
} from '@cpin/plugin-cloud-pi-native-common';
import { DeploymentTarget } from './deploymentTargets';

/*
 * Annotations of the third-party plugins the entities light up: Argo CD
 * (community and Roadie), Kubernetes and Grafana. The rules are documented
 * in the module's README ("Annotations for other plugins").
 */

/** Argo CD plugins: Applications by label (exclusive with `argocd/app-name`). */
export const ARGOCD_APP_SELECTOR_ANNOTATION = 'argocd/app-selector';
/** Community Argo CD plugin: the instances to query, by name (comma-separated). */
export const ARGOCD_INSTANCE_NAME_ANNOTATION = 'argocd/instance-name';
/** Kubernetes plugin: one namespace. */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
/** Kubernetes plugin: wins over `backstage.io/kubernetes-id`. */
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';
/** Kubernetes plugin: one cluster (named after the console label). */
export const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';
/** Grafana plugin: the `grafana.hosts[].id` to query. */
export const GRAFANA_HOST_ID_ANNOTATION = 'grafana/host-id';
/** Grafana plugin: a dashboard tag (one word) or a query over dashboards. */
export const GRAFANA_DASHBOARD_SELECTOR_ANNOTATION =
  'grafana/dashboard-selector';
/** Grafana plugin: `label=value` selectors of alert rules, comma-separated. */
export const GRAFANA_ALERT_LABEL_SELECTOR_ANNOTATION =
  'grafana/alert-label-selector';

/**
 * Tag of the namespace dashboard every project Grafana ships
 * ("Kubernetes / Views / Namespaces" of the `dso-grafana` chart).
 */
export const PLATFORM_DASHBOARD_TAG = 'Kubernetes';

/** Argo CD Applications deploying some repositories of a project. */
export function argocdRepositorySelector(
  slug: string,
  repositories: string[],
): string {
  const names = [...new Set(repositories)].sort();
  return names.length === 1
    ? dsoLabelSelector(slug, undefined, names[0])
    : `dso/project.slug=${slug},dso/repository in (${names.join(',')})`;
}

/** `argocd/instance-name`: the zones, each zone's Argo CD being named after it. */
export function argocdInstances(zones: string[]): string {
  return [...new Set(zones)].sort().join(',');
}

/**
 * The Grafana instance of a set of environments: production when one of
 * them is (`prod-<slug>`), hors-production otherwise; and selectors of the
 * alert rules on their namespaces in that instance.
 */
export function grafanaAnnotations(
  slug: string,
  environments: Array<{ kind: StageKind; namespace: string }>,
  dashboardSelector: string,
): Record<string, string> {
  if (environments.length === 0) return {};
  const kind: StageKind = environments.some(e => e.kind === 'prod')
    ? 'prod'
    : 'hprod';
  const namespaces = [
    ...new Set(environments.filter(e => e.kind === kind).map(e => e.namespace)),
  ].sort();
  return {
    [GRAFANA_HOST_ID_ANNOTATION]: grafanaInstanceName(slug, kind),
    [GRAFANA_DASHBOARD_SELECTOR_ANNOTATION]: dashboardSelector,
    [GRAFANA_ALERT_LABEL_SELECTOR_ANNOTATION]: namespaces
      .map(namespace => `namespace=${namespace}`)
      .join(','),
  };
}

/**
 * The one cluster the Kubernetes plugin is pointed at for a repository
 * deployed into several: the cluster of its production environment, else
 * the cluster hosting most of its environments, else the first by label.
 * The namespace is only set when that cluster hosts a single one of them.
 */
export function kubernetesTarget(
  targets: DeploymentTarget[],
): { cluster: string; namespace?: string } | undefined {
  if (targets.length === 0) return undefined;
  const count = (label: string) =>
    targets.filter(t => t.cluster.label === label).length;
  const [chosen] = [...targets].sort(
    (a, b) =>
      Number(b.kind === 'prod') - Number(a.kind === 'prod') ||
      count(b.cluster.label) - count(a.cluster.label) ||
      a.cluster.label.localeCompare(b.cluster.label),
  );
  const onCluster = targets.filter(
    t => t.cluster.label === chosen.cluster.label,
  );
  return {
    cluster: chosen.cluster.label,
    ...(onCluster.length === 1 ? { namespace: chosen.namespace } : {}),
  };
}

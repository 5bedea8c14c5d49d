import {
  namespaceJson,
  podMetricsJson,
  resourceQuotaJson,
  serviceJson,
} from './kubernetesObjects';
import { deploymentJson, podJson, replicaSetJson } from './workloadObjects';
import {
  liveDeployments,
  livePods,
  namespacesIn,
  type ClusterView,
} from './clusterView';

/** An API resource the fake serves (read-only). */
export interface ResourceDefinition {
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  /** The read-only identity may not read it (Secrets). */
  forbidden?: boolean;
  /** Objects (without `apiVersion`/`kind`) in a namespace, or everywhere. */
  items(view: ClusterView, namespace?: string): Array<Record<string, any>>;
}

const none = () => [];

const core = (
  plural: string,
  singular: string,
  kind: string,
  namespaced: boolean,
  items: ResourceDefinition['items'],
  extra: Partial<ResourceDefinition> = {},
): ResourceDefinition => ({
  group: '',
  version: 'v1',
  plural,
  singular,
  kind,
  namespaced,
  items,
  ...extra,
});

const grouped = (
  group: string,
  version: string,
  plural: string,
  singular: string,
  kind: string,
  items: ResourceDefinition['items'],
  extra: Partial<ResourceDefinition> = {},
): ResourceDefinition => ({
  group,
  version,
  plural,
  singular,
  kind,
  namespaced: true,
  items,
  ...extra,
});

/**
 * Every resource type the fake API server knows. Types the Backstage
 * Kubernetes plugin fetches but the platform does not create here (ConfigMaps,
 * Jobs, Ingresses…) answer empty lists rather than 404s.
 */
export const RESOURCES: readonly ResourceDefinition[] = [
  core(
    'namespaces',
    'namespace',
    'Namespace',
    false,
    view => namespacesIn(view).map(namespaceJson),
    {
      shortNames: ['ns'],
    },
  ),
  core(
    'pods',
    'pod',
    'Pod',
    true,
    (view, ns) =>
      namespacesIn(view, ns).flatMap(namespace =>
        livePods(view, namespace).map(({ deployment, pod }) =>
          podJson(namespace.name, deployment, pod),
        ),
      ),
    { shortNames: ['po'], categories: ['all'] },
  ),
  core(
    'services',
    'service',
    'Service',
    true,
    (view, ns) =>
      namespacesIn(view, ns).flatMap(namespace =>
        liveDeployments(view, namespace).map(d =>
          serviceJson(view.label, namespace.name, d),
        ),
      ),
    { shortNames: ['svc'], categories: ['all'] },
  ),
  core(
    'resourcequotas',
    'resourcequota',
    'ResourceQuota',
    true,
    (view, ns) =>
      namespacesIn(view, ns)
        .filter(namespace => namespace.quota)
        .map(namespace =>
          resourceQuotaJson(
            namespace,
            livePods(view, namespace).map(p => p.pod),
          ),
        ),
    { shortNames: ['quota'] },
  ),
  core('configmaps', 'configmap', 'ConfigMap', true, none, {
    shortNames: ['cm'],
  }),
  core('limitranges', 'limitrange', 'LimitRange', true, none, {
    shortNames: ['limits'],
  }),
  core('secrets', 'secret', 'Secret', true, none, { forbidden: true }),
  grouped(
    'apps',
    'v1',
    'deployments',
    'deployment',
    'Deployment',
    (view, ns) =>
      namespacesIn(view, ns).flatMap(namespace =>
        liveDeployments(view, namespace).map(d =>
          deploymentJson(view.label, namespace.name, d, view.healthOf(d)),
        ),
      ),
    { shortNames: ['deploy'], categories: ['all'] },
  ),
  grouped(
    'apps',
    'v1',
    'replicasets',
    'replicaset',
    'ReplicaSet',
    (view, ns) =>
      namespacesIn(view, ns).flatMap(namespace =>
        liveDeployments(view, namespace).map(d =>
          replicaSetJson(view.label, namespace.name, d, view.healthOf(d)),
        ),
      ),
    { shortNames: ['rs'], categories: ['all'] },
  ),
  grouped('apps', 'v1', 'statefulsets', 'statefulset', 'StatefulSet', none, {
    shortNames: ['sts'],
  }),
  grouped('apps', 'v1', 'daemonsets', 'daemonset', 'DaemonSet', none, {
    shortNames: ['ds'],
  }),
  grouped('batch', 'v1', 'jobs', 'job', 'Job', none),
  grouped('batch', 'v1', 'cronjobs', 'cronjob', 'CronJob', none, {
    shortNames: ['cj'],
  }),
  grouped(
    'autoscaling',
    'v2',
    'horizontalpodautoscalers',
    'horizontalpodautoscaler',
    'HorizontalPodAutoscaler',
    none,
    {
      shortNames: ['hpa'],
    },
  ),
  grouped('networking.k8s.io', 'v1', 'ingresses', 'ingress', 'Ingress', none, {
    shortNames: ['ing'],
  }),
  grouped(
    'metrics.k8s.io',
    'v1beta1',
    'pods',
    'pod',
    'PodMetrics',
    (view, ns) =>
      namespacesIn(view, ns).flatMap(namespace =>
        livePods(view, namespace)
          .filter(({ pod }) => pod.state !== 'creating')
          .map(({ deployment, pod }) =>
            podMetricsJson(namespace.name, deployment, pod, view.clock()),
          ),
      ),
  ),
  grouped(
    'argoproj.io',
    'v1alpha1',
    'applications',
    'application',
    'Application',
    (view, ns) =>
      ns === undefined || ns === 'argocd' ? view.applications() : [],
    { shortNames: ['app', 'apps'] },
  ),
];

/** The `groupVersion` string of a resource (`v1`, `apps/v1`). */
export function groupVersionOf(
  resource: Pick<ResourceDefinition, 'group' | 'version'>,
): string {
  return resource.group
    ? `${resource.group}/${resource.version}`
    : resource.version;
}

/** Resources of a group version. */
export function resourcesOf(groupVersion: string): ResourceDefinition[] {
  return RESOURCES.filter(r => groupVersionOf(r) === groupVersion);
}

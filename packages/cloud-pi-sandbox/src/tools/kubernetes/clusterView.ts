import type { HealthStatus } from '../argocd/applicationTypes';
import type { Clock } from '../shared/clock';
import type {
  K8sCluster,
  K8sDeployment,
  K8sNamespace,
  KubernetesStore,
} from './kubernetesStore';
import { podsOf, type DerivedPod } from './workloads';

/** What a cluster's API server fake reads: the store plus Argo CD's live health. */
export interface ClusterView {
  label: string;
  store: KubernetesStore;
  clock: Clock;
  /** Health of the Application that deploys a Deployment. */
  healthOf(deployment: K8sDeployment): HealthStatus;
  /** `argoproj.io/v1alpha1` Applications deploying to this cluster (CRD objects). */
  applications(): Array<Record<string, any>>;
}

/** The cluster's state. */
export function clusterOf(view: ClusterView): K8sCluster {
  return view.store.cluster(view.label);
}

/** Namespaces, all or one. */
export function namespacesIn(
  view: ClusterView,
  namespace?: string,
): K8sNamespace[] {
  const all = clusterOf(view).namespaces;
  if (namespace === undefined) return [...all.values()];
  const one = all.get(namespace);
  return one ? [one] : [];
}

/** Deployments that exist live (an Application reported Missing has none). */
export function liveDeployments(
  view: ClusterView,
  namespace: K8sNamespace,
): K8sDeployment[] {
  return [...namespace.deployments.values()].filter(
    d => view.healthOf(d) !== 'Missing',
  );
}

/** Pods of a namespace with their Deployment. */
export function livePods(
  view: ClusterView,
  namespace: K8sNamespace,
): Array<{ deployment: K8sDeployment; pod: DerivedPod }> {
  return [...namespace.deployments.values()].flatMap(deployment =>
    podsOf(
      view.label,
      namespace.name,
      deployment,
      view.healthOf(deployment),
    ).map(pod => ({
      deployment,
      pod,
    })),
  );
}

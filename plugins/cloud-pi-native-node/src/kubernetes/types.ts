/** A quantity as Kubernetes wrote it and as a number in base units. @public */
export interface KubernetesQuantity {
  raw: string;
  /** Cores for CPU, bytes for memory, a count otherwise. */
  value: number;
}

/** Limit and consumption of one resource of a ResourceQuota. @public */
export interface ResourceQuotaItem {
  hard?: KubernetesQuantity;
  used?: KubernetesQuantity;
}

/** A ResourceQuota (`dso-quota` by default): hard limits against usage. @public */
export interface ResourceQuotaUsage {
  name: string;
  namespace: string;
  /** Keyed by resource name, e.g. `limits.cpu`, `requests.memory`. */
  resources: Record<string, ResourceQuotaItem>;
}

/** The fields of a namespace the suite shows. @public */
export interface KubernetesNamespace {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** `Active` or `Terminating`. */
  phase?: string;
  createdAt?: string;
}

/** A workload (Deployment) of a namespace, by name and labels. @public */
export interface KubernetesWorkload {
  name: string;
  namespace: string;
  labels: Record<string, string>;
}

import { randomUUID } from 'node:crypto';
import type { Clock } from '../shared/clock';

/** A Deployment of a workload namespace. */
export interface K8sDeployment {
  name: string;
  uid: string;
  createdAt: Date;
  resourceVersion: number;
  generation: number;
  labels: Record<string, string>;
  image: string;
  replicas: number;
  /** Zone and Application that deploy it (its live health comes from there). */
  zone: string;
  applicationName: string;
}

/** The `dso-quota` ResourceQuota of a namespace. */
export interface K8sQuota {
  uid: string;
  createdAt: Date;
  resourceVersion: number;
  labels: Record<string, string>;
  hard: Record<string, string>;
}

/** A namespace and what the fake tracks inside it. */
export interface K8sNamespace {
  name: string;
  uid: string;
  createdAt: Date;
  resourceVersion: number;
  labels: Record<string, string>;
  projectId?: string;
  quota?: K8sQuota;
  deployments: Map<string, K8sDeployment>;
}

/** The state of one cluster. */
export interface K8sCluster {
  label: string;
  createdAt: Date;
  namespaces: Map<string, K8sNamespace>;
}

const SYSTEM_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'argocd',
];

/**
 * Objects of every cluster. Only namespaces, quotas and Deployments are
 * stored; ReplicaSets, Pods, Services and metrics are derived on read, so a
 * world of thousands of namespaces stays small.
 */
export class KubernetesStore {
  private readonly clusters = new Map<string, K8sCluster>();
  /** Console project id → `<cluster>/<namespace>` of its namespaces. */
  private readonly byProject = new Map<string, Set<string>>();
  private nextResourceVersion = 5000;

  constructor(private readonly clock: Clock) {}

  /** The current resource version (list metadata). */
  get resourceVersion(): string {
    return String(this.nextResourceVersion);
  }

  /** A cluster, created with its system namespaces on first use. */
  cluster(label: string): K8sCluster {
    let cluster = this.clusters.get(label);
    if (!cluster) {
      const createdAt = this.clock();
      cluster = { label, createdAt, namespaces: new Map() };
      for (const name of SYSTEM_NAMESPACES) {
        cluster.namespaces.set(name, {
          name,
          uid: randomUUID(),
          createdAt,
          resourceVersion: this.nextResourceVersion++,
          labels: { 'kubernetes.io/metadata.name': name },
          deployments: new Map(),
        });
      }
      this.clusters.set(label, cluster);
    }
    return cluster;
  }

  /** Creates or relabels a namespace (no-op when unchanged). */
  upsertNamespace(
    clusterLabel: string,
    name: string,
    labels: Record<string, string>,
    projectId: string,
  ): K8sNamespace {
    const cluster = this.cluster(clusterLabel);
    const fullLabels = { ...labels, 'kubernetes.io/metadata.name': name };
    const existing = cluster.namespaces.get(name);
    if (existing) {
      if (!sameJson(existing.labels, fullLabels)) {
        existing.labels = fullLabels;
        existing.resourceVersion = this.nextResourceVersion++;
      }
      existing.projectId = projectId;
      return existing;
    }
    const namespace: K8sNamespace = {
      name,
      uid: randomUUID(),
      createdAt: this.clock(),
      resourceVersion: this.nextResourceVersion++,
      labels: fullLabels,
      projectId,
      deployments: new Map(),
    };
    cluster.namespaces.set(name, namespace);
    const keys = this.byProject.get(projectId) ?? new Set<string>();
    this.byProject.set(projectId, keys.add(`${clusterLabel}/${name}`));
    return namespace;
  }

  /** Sets the `dso-quota` of a namespace (no-op when unchanged). */
  setQuota(
    namespace: K8sNamespace,
    hard: Record<string, string>,
    labels: Record<string, string>,
  ): void {
    if (
      namespace.quota &&
      sameJson(namespace.quota.hard, hard) &&
      sameJson(namespace.quota.labels, labels)
    ) {
      return;
    }
    namespace.quota = {
      uid: namespace.quota?.uid ?? randomUUID(),
      createdAt: namespace.quota?.createdAt ?? this.clock(),
      resourceVersion: this.nextResourceVersion++,
      labels,
      hard,
    };
  }

  /** Replaces the Deployments of a namespace, keeping unchanged ones as they are. */
  setDeployments(
    namespace: K8sNamespace,
    desired: Array<
      Pick<
        K8sDeployment,
        'name' | 'labels' | 'image' | 'replicas' | 'zone' | 'applicationName'
      >
    >,
  ): void {
    const names = new Set(desired.map(d => d.name));
    for (const name of [...namespace.deployments.keys()]) {
      if (!names.has(name)) namespace.deployments.delete(name);
    }
    for (const wanted of desired) {
      const existing = namespace.deployments.get(wanted.name);
      if (existing && sameJson(pick(existing), pick(wanted))) continue;
      namespace.deployments.set(wanted.name, {
        ...wanted,
        uid: existing?.uid ?? randomUUID(),
        createdAt: existing?.createdAt ?? this.clock(),
        resourceVersion: this.nextResourceVersion++,
        generation: (existing?.generation ?? 0) + 1,
      });
    }
  }

  /** Deletes a namespace and everything in it. */
  deleteNamespace(clusterLabel: string, name: string): boolean {
    const namespace = this.clusters.get(clusterLabel)?.namespaces.get(name);
    if (!namespace) return false;
    if (namespace.projectId)
      this.byProject
        .get(namespace.projectId)
        ?.delete(`${clusterLabel}/${name}`);
    return this.clusters.get(clusterLabel)!.namespaces.delete(name);
  }

  /** Namespaces of a console project across clusters. */
  namespacesOfProject(
    projectId: string,
  ): Array<{ cluster: string; name: string }> {
    return [...(this.byProject.get(projectId) ?? [])].map(key => {
      const separator = key.indexOf('/');
      return {
        cluster: key.slice(0, separator),
        name: key.slice(separator + 1),
      };
    });
  }
}

function pick(
  d: Pick<
    K8sDeployment,
    'labels' | 'image' | 'replicas' | 'zone' | 'applicationName'
  >,
) {
  return [d.labels, d.image, d.replicas, d.zone, d.applicationName];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

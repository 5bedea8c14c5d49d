/** `v1alpha1ApplicationSource` (the fields the platform's charts set). */
export interface ApplicationSource {
  repoURL: string;
  path?: string;
  targetRevision?: string;
  helm?: {
    valueFiles?: string[];
    parameters?: Array<{ name: string; value: string }>;
  };
}

/** `v1alpha1ApplicationSpec` (the fields the platform's charts set). */
export interface ApplicationSpec {
  project: string;
  source: ApplicationSource;
  destination: { name?: string; server?: string; namespace?: string };
  syncPolicy?: {
    automated?: { prune: boolean; selfHeal: boolean; allowEmpty?: boolean };
    syncOptions?: string[];
  };
}

/** A Kubernetes object an Application manages. */
export interface ManagedResource {
  group?: string;
  version: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** Which chart produced an Application (its `dso/type` label). */
export type ApplicationKind =
  | 'root'
  | 'infrastructure'
  | 'app'
  | 'observability';

/** An Application as the GitOps charts render it, before Argo CD syncs it. */
export interface DesiredApplication {
  name: string;
  kind: ApplicationKind;
  labels: Record<string, string>;
  finalizers?: string[];
  spec: ApplicationSpec;
  /** Console project the Application belongs to (cleanup index). */
  projectId: string;
  /** Clusters whose environments it deploys (Kubernetes CRD view). */
  clusterLabels: string[];
  resources: ManagedResource[];
  images: string[];
}

/** Sync status values the fake uses. */
export type SyncStatus = 'Synced' | 'OutOfSync';

/** Health status values the fake uses. */
export type HealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Missing';

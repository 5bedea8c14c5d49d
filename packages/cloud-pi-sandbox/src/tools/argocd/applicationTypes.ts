/** `v1alpha1ApplicationSource` (the fields the platform's charts set). */
export interface ApplicationSource {
  repoURL: string;
  path?: string;
  targetRevision?: string;
  /** Name other sources use to read files of this one (`$<ref>/<path>`). */
  ref?: string;
  helm?: {
    valueFiles?: string[];
    parameters?: Array<{ name: string; value: string }>;
  };
}

/** `v1alpha1ApplicationSpec` (the fields the platform's charts set). */
export interface ApplicationSpec {
  project: string;
  /** Exactly one of `source` and `sources` (multi-source Applications). */
  source?: ApplicationSource;
  sources?: ApplicationSource[];
  destination: { name?: string; server?: string; namespace?: string };
  syncPolicy?: {
    automated?: { prune: boolean; selfHeal: boolean; allowEmpty?: boolean };
    syncOptions?: string[];
  };
}

/** The source whose revision an Application tracks: the only one, or the first of several. */
export function primarySource(spec: ApplicationSpec): ApplicationSource {
  const source = spec.source ?? spec.sources?.[0];
  if (!source) throw new Error('An Application needs a source');
  return source;
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

import { rfc3339Seconds } from '../shared/clock';
import type {
  HealthStatus,
  ManagedResource,
  SyncStatus,
} from './applicationTypes';
import type { ApplicationRecord } from './argoStore';

const RECONCILIATION_PERIOD_MS = 180_000;

/** Health of one managed resource given the Application's health. */
export function resourceHealth(
  resource: ManagedResource,
  appHealth: HealthStatus,
): HealthStatus | undefined {
  // Argo CD reports no health for kinds without a health check (Secret, AppProject…).
  if (
    ![
      'Deployment',
      'Service',
      'Namespace',
      'Application',
      'Pod',
      'ReplicaSet',
    ].includes(resource.kind)
  ) {
    return undefined;
  }
  if (resource.kind === 'Deployment') return appHealth;
  if (resource.kind === 'Service' || resource.kind === 'Namespace') {
    return appHealth === 'Missing' ? 'Missing' : 'Healthy';
  }
  return appHealth;
}

/**
 * A `v1alpha1Application` as the Argo CD API returns it (no `apiVersion` and
 * `kind`; the Kubernetes CRD view adds them).
 */
export function applicationJson(
  app: ApplicationRecord,
  sync: SyncStatus,
  now: Date,
  /** Per source of a multi-source Application (`ArgoStore.revisionsOf`). */
  revisions: string[] = [],
) {
  const last = app.history.at(-1)!;
  const reconciledAt = new Date(
    Math.max(
      last.deployedAt.getTime(),
      app.refreshedAt?.getTime() ?? 0,
      Math.floor(now.getTime() / RECONCILIATION_PERIOD_MS) *
        RECONCILIATION_PERIOD_MS,
    ),
  );
  const resources = app.resources.map(resource => {
    const health = resourceHealth(resource, app.health);
    return {
      ...(resource.group ? { group: resource.group } : {}),
      version: resource.version,
      kind: resource.kind,
      ...(resource.namespace ? { namespace: resource.namespace } : {}),
      name: resource.name,
      status: app.health === 'Missing' ? 'OutOfSync' : sync,
      ...(health ? { health: { status: health } } : {}),
    };
  });
  // Multi-source Applications report `sources`/`revisions` instead.
  const { source, sources } = app.spec;
  const multi = sources !== undefined;
  const compared = multi ? { sources } : { source };
  const revisionOf = (revision: string) =>
    multi ? { revisions: [revision, ...revisions.slice(1)] } : { revision };
  return {
    metadata: {
      name: app.name,
      namespace: 'argocd',
      uid: app.uid,
      resourceVersion: String(app.resourceVersion),
      generation: app.generation,
      creationTimestamp: rfc3339Seconds(app.createdAt),
      labels: app.labels,
      ...(app.finalizers ? { finalizers: app.finalizers } : {}),
    },
    spec: app.spec,
    status: {
      resources,
      sync: {
        status: sync,
        comparedTo: { ...compared, destination: app.spec.destination },
        ...revisionOf(app.revision),
      },
      health: {
        status: app.health,
        lastTransitionTime: rfc3339Seconds(app.healthChangedAt),
        ...(app.healthMessage ? { message: app.healthMessage } : {}),
      },
      history: app.history.map(entry => ({
        ...revisionOf(entry.revision),
        deployedAt: rfc3339Seconds(entry.deployedAt),
        id: entry.id,
        ...compared,
        deployStartedAt: rfc3339Seconds(entry.deployStartedAt),
        initiatedBy: entry.automated
          ? { automated: true }
          : { username: 'admin' },
      })),
      reconciledAt: rfc3339Seconds(reconciledAt),
      operationState: {
        operation: {
          sync: { ...revisionOf(last.revision), syncStrategy: { hook: {} } },
          initiatedBy: last.automated
            ? { automated: true }
            : { username: 'admin' },
          retry: {},
        },
        phase: 'Succeeded',
        message: 'successfully synced (all tasks run)',
        syncResult: {
          resources: app.resources.map(resource => ({
            group: resource.group ?? '',
            version: resource.version,
            kind: resource.kind,
            namespace: resource.namespace ?? '',
            name: resource.name,
            status: 'Synced',
            message: `${resource.kind.toLowerCase()}${
              resource.group ? `.${resource.group}` : ''
            }/${resource.name} configured`,
            hookPhase: 'Running',
            syncPhase: 'Sync',
          })),
          ...revisionOf(last.revision),
          ...compared,
        },
        startedAt: rfc3339Seconds(last.deployStartedAt),
        finishedAt: rfc3339Seconds(last.deployedAt),
      },
      ...(multi
        ? { sourceTypes: sources.map(s => (s.helm ? 'Helm' : 'Directory')) }
        : { sourceType: source?.helm ? 'Helm' : 'Directory' }),
      summary: app.images.length ? { images: app.images } : {},
      controllerNamespace: 'argocd',
    },
  };
}

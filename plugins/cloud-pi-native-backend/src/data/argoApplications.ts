import {
  ArgoApplicationSummary,
  ArgoHealthStatus,
  ArgoSyncStatus,
} from '@cpin/plugin-cloud-pi-native-common';
import { ArgoCdApplication } from '@cpin/plugin-cloud-pi-native-node';
import { toIsoDateTime } from './viewContext';

const SYNC: ReadonlySet<string> = new Set(['Synced', 'OutOfSync']);
const HEALTH: ReadonlySet<string> = new Set([
  'Healthy',
  'Progressing',
  'Degraded',
  'Suspended',
  'Missing',
]);

/**
 * An application with what the backend keeps for itself (dropped from
 * responses): every repository it deploys (its own `dso/repository` and
 * those of the workloads it manages, for scoping), its chart (`dso/type`:
 * `app`, `infrastructure`…), its AppProject and the images it runs. Its
 * own repository stays in the response.
 */
export type ScopedApplication = ArgoApplicationSummary & {
  repository: string | null;
  deploys: string[];
  kind: string | null;
  appProject: string;
  images: string[];
};

/** Removes what {@link ScopedApplication} keeps for the backend only. */
export function publicSummary(app: ScopedApplication): ArgoApplicationSummary {
  const {
    deploys: _deploys,
    kind: _kind,
    appProject: _appProject,
    images: _images,
    ...summary
  } = app;
  return summary;
}

/** The `apps/v1` Deployments an application manages, as `<namespace>/<name>`. */
export function managedWorkloads(app: ArgoCdApplication): string[] {
  const resources = (app.status as { resources?: unknown } | undefined)
    ?.resources;
  if (!Array.isArray(resources)) return [];
  return resources.flatMap(resource => {
    const r = resource as {
      group?: string;
      kind?: string;
      namespace?: string;
      name?: string;
    };
    return r.group === 'apps' && r.kind === 'Deployment' && r.name
      ? [`${r.namespace ?? ''}/${r.name}`]
      : [];
  });
}

/** Maps an Argo CD application to the card's summary. */
export function toApplicationSummary(
  app: ArgoCdApplication,
  url: string,
): Omit<ScopedApplication, 'deploys'> {
  const status = app.status;
  const resources = (status as { resources?: unknown } | undefined)?.resources;
  return {
    name: app.metadata.name,
    syncStatus: (SYNC.has(status?.sync?.status ?? '')
      ? status?.sync?.status
      : 'Unknown') as ArgoSyncStatus,
    healthStatus: (HEALTH.has(status?.health?.status ?? '')
      ? status?.health?.status
      : 'Unknown') as ArgoHealthStatus,
    revision: status?.sync?.revision ?? status?.sync?.revisions?.[0] ?? null,
    message: status?.health?.message ?? status?.operationState?.message ?? null,
    lastSyncedAt: toIsoDateTime(status?.operationState?.finishedAt),
    outOfSyncResources: Array.isArray(resources)
      ? resources.filter(
          r => (r as { status?: unknown } | null)?.status === 'OutOfSync',
        ).length
      : 0,
    url,
    autoSync: Boolean(app.spec.syncPolicy?.automated),
    previousRevision: previousRevision(status?.history),
    repository: app.metadata.labels?.['dso/repository'] ?? null,
    kind: app.metadata.labels?.['dso/type'] ?? null,
    appProject: app.spec.project,
    images: status?.summary?.images ?? [],
  };
}

type History = NonNullable<NonNullable<ArgoCdApplication['status']>['history']>;

/** The revision of the deployment before the current one (a rollback's target). */
export function previousRevision(history: History | null | undefined) {
  return previousDeployment(history)?.revision ?? null;
}

/** The deployment before the current one in `status.history` (ordered by id). */
export function previousDeployment(
  history: History | null | undefined,
): { id: number; revision: string | null } | undefined {
  const entries = [...(history ?? [])]
    .map(entry => ({ id: Number(entry.id), revision: entry.revision ?? null }))
    .sort((a, b) => a.id - b.id);
  return entries.length >= 2 ? entries[entries.length - 2] : undefined;
}

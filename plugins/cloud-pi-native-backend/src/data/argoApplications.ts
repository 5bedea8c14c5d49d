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

/** An application with the repository it deploys (`dso/repository`), kept for scoping. */
export type ScopedApplication = ArgoApplicationSummary & {
  repository: string | null;
};

/** Maps an Argo CD application to the card's summary. */
export function toApplicationSummary(
  app: ArgoCdApplication,
  url: string,
): ScopedApplication {
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
    repository: app.metadata.labels?.['dso/repository'] ?? null,
  };
}

import type {
  ArgoHealthStatus,
  ArgoSyncStatus,
} from '@cpin/plugin-cloud-pi-native-common';
import type { StatusTone } from '../shared';

/** How each Argo CD sync status is shown. */
export const syncTones: Record<ArgoSyncStatus, StatusTone> = {
  Synced: 'ok',
  OutOfSync: 'warning',
  Unknown: 'unknown',
};

/** How each Argo CD health status is shown. */
export const healthTones: Record<ArgoHealthStatus, StatusTone> = {
  Healthy: 'ok',
  Progressing: 'progress',
  Degraded: 'error',
  Suspended: 'paused',
  Missing: 'warning',
  Unknown: 'unknown',
};

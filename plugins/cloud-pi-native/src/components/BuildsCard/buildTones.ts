import type {
  MirrorSync,
  PipelineStatus,
} from '@cpin/plugin-cloud-pi-native-common';
import type { StatusTone } from '../shared';

/** How each GitLab CI pipeline status is shown. */
export const pipelineTones: Record<PipelineStatus, StatusTone> = {
  created: 'progress',
  waiting_for_resource: 'progress',
  preparing: 'progress',
  pending: 'progress',
  running: 'progress',
  success: 'ok',
  failed: 'error',
  canceling: 'neutral',
  canceled: 'neutral',
  skipped: 'neutral',
  manual: 'paused',
  scheduled: 'paused',
  unknown: 'unknown',
};

/** How each mirror sync state is shown. */
export const mirrorTones: Record<MirrorSync['state'], StatusTone> = {
  synced: 'ok',
  syncing: 'progress',
  failed: 'error',
  never: 'warning',
  unknown: 'unknown',
};

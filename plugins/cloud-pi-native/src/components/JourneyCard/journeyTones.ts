import type { JourneyStepState } from '@cpin/plugin-cloud-pi-native-common';
import type { StatusTone } from '../shared';

/** How each step state is shown (icon, colour; the label is always visible). */
export const journeyTones: Record<JourneyStepState, StatusTone> = {
  done: 'ok',
  'in-progress': 'progress',
  blocked: 'error',
  'not-started': 'neutral',
  unknown: 'unknown',
};

import {
  JourneyAction,
  JourneyEvidence,
  JourneyEvidenceCode,
  JourneyStep,
  JourneyStepId,
  JourneyStepState,
} from '@cpin/plugin-cloud-pi-native-common';

/** One finding of a step: the state it implies and what it shows. */
export interface Finding {
  state: JourneyStepState;
  evidence: JourneyEvidence;
}

/** A finding. */
export function finding(
  state: JourneyStepState,
  code: JourneyEvidenceCode,
  params: JourneyEvidence['params'] = {},
  url?: string | null,
): Finding {
  return {
    state,
    evidence: { code, params, ...(url ? { url } : {}) },
  };
}

/**
 * The state of a step from its findings: blocked if anything blocks, then
 * unknown if something could not be read, done only when everything is
 * done, not started when nothing is, in progress otherwise.
 */
export function combine(states: JourneyStepState[]): JourneyStepState {
  if (states.length === 0) return 'not-started';
  if (states.includes('blocked')) return 'blocked';
  if (states.includes('unknown')) return 'unknown';
  if (states.every(s => s === 'done')) return 'done';
  if (states.every(s => s === 'not-started')) return 'not-started';
  return 'in-progress';
}

/** Blocking findings first, then the rest in their order. */
const ORDER: Record<JourneyStepState, number> = {
  blocked: 0,
  unknown: 1,
  'in-progress': 2,
  'not-started': 3,
  done: 4,
};

/**
 * A step from its findings; the next action is chosen for the step's
 * state, and dropped once the step is done.
 */
export function step(
  id: JourneyStepId,
  findings: Finding[],
  nextAction: (state: JourneyStepState) => JourneyAction | null,
): JourneyStep {
  const state = combine(findings.map(f => f.state));
  return {
    id,
    state,
    evidence: [...findings]
      .sort((a, b) => ORDER[a.state] - ORDER[b.state])
      .map(f => f.evidence),
    nextAction: state === 'done' ? null : nextAction(state),
  };
}

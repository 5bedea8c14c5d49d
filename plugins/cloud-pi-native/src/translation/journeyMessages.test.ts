import {
  JOURNEY_STEP_IDS,
  journeyActionCodeSchema,
  journeyEvidenceCodeSchema,
  journeyStepStateSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { journeyMessages } from './journeyMessages';

describe('journey messages', () => {
  const { journey } = journeyMessages;

  it('name every step, state, evidence code and action code of the contract', () => {
    expect(Object.keys(journey.steps).sort()).toEqual(
      [...JOURNEY_STEP_IDS].sort(),
    );
    expect(Object.keys(journey.state).sort()).toEqual(
      [...journeyStepStateSchema.options].sort(),
    );
    expect(Object.keys(journey.evidence).sort()).toEqual(
      [...journeyEvidenceCodeSchema.options].sort(),
    );
    expect(Object.keys(journey.action).sort()).toEqual(
      [...journeyActionCodeSchema.options].sort(),
    );
  });
});

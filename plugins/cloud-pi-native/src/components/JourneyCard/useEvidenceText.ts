import type { JourneyEvidence } from '@cpin/plugin-cloud-pi-native-common';
import { useCallback } from 'react';
import { conditionText } from '../QualityGateCard/conditionText';
import { useCloudPiTranslation, useFormatters } from '../shared';

/** Parameters holding an ISO date, shown in the user's language. */
export const DATE_PARAMS = new Set(['at']);

/**
 * The sentence of a piece of evidence in the app language: its code picks
 * the message, its parameters fill it (dates formatted, environment kinds
 * translated).
 */
export function useEvidenceText(): (evidence: JourneyEvidence) => string {
  const t = useCloudPiTranslation();
  const f = useFormatters();
  return useCallback(
    (evidence: JourneyEvidence) => {
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(evidence.params)) {
        if (typeof value === 'number') values[key] = f.number(value);
        else if (DATE_PARAMS.has(key) && value) values[key] = f.dateTime(value);
        else if (key === 'kind' && (value === 'prod' || value === 'hprod')) {
          values[key] = t(`common.stageKind.${value}`);
        } else values[key] = value;
      }
      // The gate's conditions as the quality gate card words them.
      if (evidence.conditions?.length) {
        values.conditions = evidence.conditions
          .map(condition => conditionText(t, f, condition))
          .join(' · ');
      }
      return t(`journey.evidence.${evidence.code}`, values as never);
    },
    [t, f],
  );
}

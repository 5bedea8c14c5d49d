import {
  QualityGateCondition,
  SonarMeasures,
  SonarRating,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  SonarQubeCondition,
  SonarQubeMeasure,
} from '@cpin/plugin-cloud-pi-native-node';

const OVERALL = {
  bugs: 'bugs',
  vulnerabilities: 'vulnerabilities',
  securityHotspots: 'security_hotspots',
  codeSmells: 'code_smells',
  coverage: 'coverage',
  duplications: 'duplicated_lines_density',
  reliabilityRating: 'reliability_rating',
  securityRating: 'security_rating',
  maintainabilityRating: 'sqale_rating',
} as const satisfies Record<keyof SonarMeasures, string>;

const NEW_CODE = {
  bugs: 'new_bugs',
  vulnerabilities: 'new_vulnerabilities',
  securityHotspots: 'new_security_hotspots',
  codeSmells: 'new_code_smells',
  coverage: 'new_coverage',
  duplications: 'new_duplicated_lines_density',
  reliabilityRating: 'new_reliability_rating',
  securityRating: 'new_security_rating',
  maintainabilityRating: 'new_maintainability_rating',
} as const satisfies Record<keyof SonarMeasures, string>;

/** Every metric key the quality gate card reads, overall and on new code. */
export const SONAR_METRIC_KEYS: string[] = [
  ...Object.values(OVERALL),
  ...Object.values(NEW_CODE),
];

const RATINGS: SonarRating[] = ['A', 'B', 'C', 'D', 'E'];
const COMPARATORS = new Set(['GT', 'LT', 'EQ', 'NE']);

/** Maps SonarQube's string values to the card's measures; missing or odd values are `null`. */
export function toSonarMeasures(
  measures: Record<string, SonarQubeMeasure>,
  scope: 'overall' | 'newCode',
): SonarMeasures {
  const keys = scope === 'overall' ? OVERALL : NEW_CODE;
  // New-code metrics carry their value in the period.
  const raw = (key: string) => {
    const measure = measures[key];
    return scope === 'overall'
      ? measure?.value
      : measure?.newCodeValue ?? measure?.value;
  };
  return {
    bugs: count(raw(keys.bugs)),
    vulnerabilities: count(raw(keys.vulnerabilities)),
    securityHotspots: count(raw(keys.securityHotspots)),
    codeSmells: count(raw(keys.codeSmells)),
    coverage: percentage(raw(keys.coverage)),
    duplications: percentage(raw(keys.duplications)),
    reliabilityRating: rating(raw(keys.reliabilityRating)),
    securityRating: rating(raw(keys.securityRating)),
    maintainabilityRating: rating(raw(keys.maintainabilityRating)),
  };
}

/** The conditions that are not met, with the comparators the contract knows. */
export function failedConditions(
  conditions: SonarQubeCondition[],
): QualityGateCondition[] {
  return conditions.flatMap(condition =>
    condition.status !== 'OK' &&
    condition.comparator &&
    COMPARATORS.has(condition.comparator)
      ? [
          {
            metric: condition.metricKey,
            comparator:
              condition.comparator as QualityGateCondition['comparator'],
            threshold: condition.errorThreshold ?? '',
            actual: condition.actualValue ?? null,
          },
        ]
      : [],
  );
}

function number(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function count(value: string | undefined): number | null {
  const parsed = number(value);
  return parsed !== null && Number.isInteger(parsed) && parsed >= 0
    ? parsed
    : null;
}

function percentage(value: string | undefined): number | null {
  const parsed = number(value);
  return parsed !== null && parsed >= 0 && parsed <= 100 ? parsed : null;
}

function rating(value: string | undefined): SonarRating | null {
  const parsed = number(value);
  if (parsed === null) return null;
  return RATINGS[Math.round(parsed) - 1] ?? null;
}

import { seededRandom } from '../shared/seeded';

/** Metric values of a project (numbers, and `alert_status` as a level). */
export type SonarMeasureValues = Record<string, number | string>;

/** One condition of the quality gate, evaluated. */
export interface GateCondition {
  status: 'OK' | 'ERROR';
  metricKey: string;
  comparator: 'GT' | 'LT';
  errorThreshold: string;
  actualValue: string;
}

/** The "Sonar way" gate: conditions on new code only (Clean as You Code). */
const SONAR_WAY: ReadonlyArray<{
  metricKey: string;
  comparator: 'GT' | 'LT';
  threshold: number;
}> = [
  { metricKey: 'new_reliability_rating', comparator: 'GT', threshold: 1 },
  { metricKey: 'new_security_rating', comparator: 'GT', threshold: 1 },
  { metricKey: 'new_maintainability_rating', comparator: 'GT', threshold: 1 },
  { metricKey: 'new_coverage', comparator: 'LT', threshold: 80 },
  { metricKey: 'new_duplicated_lines_density', comparator: 'GT', threshold: 3 },
  {
    metricKey: 'new_security_hotspots_reviewed',
    comparator: 'LT',
    threshold: 100,
  },
];

/** Name of the gate every project uses (the console assigns none). */
export const SONAR_WAY_NAME = 'Sonar way';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Deterministic measures for a project key: the same key always gives the
 * same, plausible figures, and about one project in five fails its gate on
 * new code. `forced` (demo control) makes the gate pass or fail on purpose.
 */
export function sonarMeasures(
  key: string,
  forced?: 'OK' | 'ERROR',
): SonarMeasureValues {
  const rng = seededRandom(`sonarqube:${key}`);
  const ncloc = 800 + Math.floor(rng() ** 2 * 40_000);
  const bugs = Math.floor(rng() ** 3 * 20);
  const vulnerabilities = Math.floor(rng() ** 4 * 8);
  const hotspots = Math.floor(rng() ** 2 * 10);
  const reviewed = hotspots ? Math.round(rng() * 100) : 100;
  const codeSmells = Math.floor((ncloc / 1000) * (2 + rng() * 15));
  const debt = codeSmells * (5 + Math.floor(rng() * 25));
  const debtRatio = round1((debt / (ncloc * 30)) * 100);

  const newLines = 50 + Math.floor(rng() * 1_500);
  const failing = rng() < 0.2;
  const failures = new Set<string>();
  if (failing) {
    failures.add(
      ['coverage', 'duplication', 'reliability'][Math.floor(rng() * 3)],
    );
    if (rng() < 0.3) failures.add('coverage');
  }
  let newCoverage = failures.has('coverage')
    ? round1(45 + rng() * 34.9)
    : round1(80 + rng() * 18);
  let newDuplication = failures.has('duplication')
    ? round1(3.1 + rng() * 6)
    : round1(rng() * 3);
  let newBugs = failures.has('reliability') ? 1 + Math.floor(rng() * 3) : 0;
  const newCodeSmells = Math.floor(rng() * 12);

  if (forced === 'ERROR') newCoverage = 61.2;
  if (forced === 'OK') {
    newCoverage = Math.max(newCoverage, 86.4);
    newDuplication = Math.min(newDuplication, 1.2);
    newBugs = 0;
  }

  const values: SonarMeasureValues = {
    ncloc,
    lines: Math.round(ncloc * 1.3),
    new_lines: newLines,
    bugs,
    new_bugs: newBugs,
    reliability_rating: rating(bugs, [0, 2, 7, 14]),
    new_reliability_rating: newBugs ? 3 : 1,
    vulnerabilities,
    new_vulnerabilities: 0,
    security_rating: rating(vulnerabilities, [0, 1, 3, 5]),
    new_security_rating: 1,
    security_hotspots: hotspots,
    new_security_hotspots: 0,
    security_hotspots_reviewed: reviewed,
    new_security_hotspots_reviewed: 100,
    security_review_rating: rating(100 - reviewed, [20, 30, 50, 70]),
    new_security_review_rating: 1,
    code_smells: codeSmells,
    new_code_smells: newCodeSmells,
    sqale_index: debt,
    new_technical_debt: newCodeSmells * 10,
    sqale_debt_ratio: debtRatio,
    new_sqale_debt_ratio: round1(
      ((newCodeSmells * 10) / (newLines * 30)) * 100,
    ),
    sqale_rating: rating(debtRatio, [5, 10, 20, 50]),
    new_maintainability_rating: 1,
    coverage: round1(35 + rng() * 60),
    new_coverage: newCoverage,
    duplicated_lines_density: round1(rng() ** 2 * 12),
    new_duplicated_lines_density: newDuplication,
  };
  values.alert_status = qualityGate(values).status;
  return values;
}

/** Evaluates the Sonar way gate on measures. */
export function qualityGate(values: SonarMeasureValues): {
  status: 'OK' | 'ERROR';
  conditions: GateCondition[];
} {
  const conditions = SONAR_WAY.map(({ metricKey, comparator, threshold }) => {
    const actual = Number(values[metricKey]);
    const failed =
      comparator === 'GT' ? actual > threshold : actual < threshold;
    return {
      status: failed ? ('ERROR' as const) : ('OK' as const),
      metricKey,
      comparator,
      errorThreshold: String(threshold),
      actualValue: String(actual),
    };
  });
  return {
    status: conditions.some(c => c.status === 'ERROR') ? 'ERROR' : 'OK',
    conditions,
  };
}

/** Formats a value as SonarQube does (ratings as `"1.0"`, percents with one decimal). */
export function formatMeasure(type: string, value: number | string): string {
  if (typeof value === 'string') return value;
  if (type === 'RATING' || type === 'PERCENT' || type === 'FLOAT')
    return value.toFixed(1);
  return String(Math.round(value));
}

/** A-to-E rating (1–5) from a value and the upper bounds of A, B, C and D. */
function rating(
  value: number,
  bounds: [number, number, number, number],
): number {
  const index = bounds.findIndex(bound => value <= bound);
  return index === -1 ? 5 : index + 1;
}

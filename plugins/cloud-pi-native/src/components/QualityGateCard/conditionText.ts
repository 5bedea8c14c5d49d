import type { QualityGateCondition } from '@cpin/plugin-cloud-pi-native-common';
import type { CloudPiTranslate, Formatters } from '../shared';

/** SonarQube metrics whose name the plugin translates. */
export const KNOWN_METRICS = [
  'coverage',
  'new_coverage',
  'line_coverage',
  'new_line_coverage',
  'branch_coverage',
  'new_branch_coverage',
  'duplicated_lines_density',
  'new_duplicated_lines_density',
  'bugs',
  'new_bugs',
  'vulnerabilities',
  'new_vulnerabilities',
  'code_smells',
  'new_code_smells',
  'security_hotspots',
  'new_security_hotspots',
  'security_hotspots_reviewed',
  'new_security_hotspots_reviewed',
  'reliability_rating',
  'new_reliability_rating',
  'security_rating',
  'new_security_rating',
  'sqale_rating',
  'new_maintainability_rating',
  'security_review_rating',
  'new_security_review_rating',
  'blocker_violations',
  'critical_violations',
  'new_blocker_violations',
  'new_critical_violations',
] as const;

type KnownMetric = (typeof KNOWN_METRICS)[number];

const PERCENT_METRIC = /(coverage|density|hotspots_reviewed)$/;
const RATING_METRIC = /_rating$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const RATINGS = ['A', 'B', 'C', 'D', 'E'];

function isKnownMetric(metric: string): metric is KnownMetric {
  return (KNOWN_METRICS as readonly string[]).includes(metric);
}

/** The metric's name in the app language; an unknown key is shown as is. */
export function metricName(t: CloudPiTranslate, metric: string): string {
  return isKnownMetric(metric) ? t(`qualityGate.metrics.${metric}`) : metric;
}

/**
 * A value of a condition as SonarQube shows it, in the app language:
 * "61,5 %" for a coverage, "C" for a rating (SonarQube sends 1–5), a
 * localized number otherwise.
 */
export function metricValue(
  f: Formatters,
  metric: string,
  value: string,
): string {
  if (!NUMBER.test(value)) return value;
  const number = Number(value);
  if (RATING_METRIC.test(metric) && Number.isInteger(number)) {
    return RATINGS[number - 1] ?? value;
  }
  if (PERCENT_METRIC.test(metric)) return f.percent(number);
  return f.number(number);
}

/** "Coverage on new code is 61.5%; the gate fails when it is less than 80%." */
export function conditionText(
  t: CloudPiTranslate,
  f: Formatters,
  condition: QualityGateCondition,
): string {
  const { metric } = condition;
  return t('qualityGate.condition', {
    metric: metricName(t, metric),
    actual:
      condition.actual === null
        ? t('common.notAvailable')
        : metricValue(f, metric, condition.actual),
    comparator: t(`qualityGate.comparator.${condition.comparator}`),
    threshold: metricValue(f, metric, condition.threshold),
  });
}

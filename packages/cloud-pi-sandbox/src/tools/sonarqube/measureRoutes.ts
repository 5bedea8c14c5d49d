import type { Request, Response, Router } from 'express';
import { queryString } from '../shared/queryParams';
import {
  identityOf,
  paging,
  sendErrors,
  type SonarApiContext,
} from './sonarApiContext';
import { formatMeasure, sonarMeasures } from './sonarMeasures';
import {
  SONAR_METRICS,
  SONAR_METRICS_BY_KEY,
  type SonarMetric,
} from './sonarMetrics';
import type { SonarProject } from './sonarStore';

/** `api/measures/component`, `api/measures/search` and `api/metrics/search`. */
export function registerMeasureRoutes(
  router: Router,
  ctx: SonarApiContext,
): void {
  router.get('/api/measures/component', (req, res) => {
    const project = ctx.loadProject(req, res, 'component');
    if (!project) return;
    const metrics = requestedMetrics(req, res);
    if (!metrics) return;
    const values = sonarMeasures(project.key, project.forcedGate);
    const additional = (queryString(req, 'additionalFields') ?? '').split(',');
    res.json({
      component: {
        key: project.key,
        name: project.name,
        qualifier: 'TRK',
        measures: metrics.map(metric => {
          const value = formatMeasure(metric.type, values[metric.key]);
          return metric.key.startsWith('new_')
            ? {
                metric: metric.key,
                period: {
                  value,
                  bestValue: isBest(metric, values[metric.key]),
                },
              }
            : { metric: metric.key, value };
        }),
      },
      ...(additional.includes('metrics')
        ? {
            metrics: metrics.map(metric => ({
              key: metric.key,
              name: metric.name,
              description: metric.description,
              domain: metric.domain,
              type: metric.type,
              higherValuesAreBetter: metric.direction === 1,
              qualitative: metric.qualitative,
              hidden: false,
            })),
          }
        : {}),
      ...(additional.includes('period') || additional.includes('periods')
        ? { period: ctx.newCodePeriod(project) }
        : {}),
    });
  });

  router.get('/api/measures/search', (req, res) => {
    const keys = (queryString(req, 'projectKeys') ?? '')
      .split(',')
      .filter(Boolean);
    if (!keys.length) {
      sendErrors(res, 400, "The 'projectKeys' parameter is missing");
      return;
    }
    const metrics = requestedMetrics(req, res);
    if (!metrics) return;
    const identity = identityOf(res);
    const projects = keys
      .map(key => ctx.store.projects.get(key))
      .filter((p): p is SonarProject =>
        Boolean(p && ctx.store.canBrowse(identity, p)),
      );
    const measures = metrics
      .slice()
      .sort((a, b) => a.key.localeCompare(b.key))
      .flatMap(metric =>
        projects.map(project => {
          const raw = sonarMeasures(project.key, project.forcedGate)[
            metric.key
          ];
          const value = formatMeasure(metric.type, raw);
          const bestValue = isBest(metric, raw);
          return metric.key.startsWith('new_')
            ? {
                metric: metric.key,
                component: project.key,
                period: { index: 1, value, bestValue },
              }
            : { metric: metric.key, value, component: project.key, bestValue };
        }),
      );
    res.json({ measures });
  });

  router.get('/api/metrics/search', (req, res) => {
    const { page, size } = paging(req, 100, 500);
    res.json({
      metrics: SONAR_METRICS.slice((page - 1) * size, page * size).map(
        (metric, index) => ({
          id: String((page - 1) * size + index + 1),
          key: metric.key,
          name: metric.name,
          description: metric.description,
          domain: metric.domain,
          type: metric.type,
          direction: metric.direction,
          qualitative: metric.qualitative,
          hidden: false,
          custom: false,
        }),
      ),
      total: SONAR_METRICS.length,
      p: page,
      ps: size,
    });
  });
}

function requestedMetrics(
  req: Request,
  res: Response,
): SonarMetric[] | undefined {
  const keys = (queryString(req, 'metricKeys') ?? '')
    .split(',')
    .map(k => k.trim())
    .filter(Boolean);
  if (!keys.length) {
    sendErrors(res, 400, "The 'metricKeys' parameter is missing");
    return undefined;
  }
  const unknown = keys.filter(k => !SONAR_METRICS_BY_KEY.has(k));
  if (unknown.length) {
    sendErrors(
      res,
      404,
      `The following metric keys are not found: ${unknown.join(', ')}`,
    );
    return undefined;
  }
  return keys.map(k => SONAR_METRICS_BY_KEY.get(k)!);
}

function isBest(metric: SonarMetric, value: number | string): boolean {
  return metric.bestValue !== undefined && Number(value) === metric.bestValue;
}

import { Router } from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import { queryString } from '../shared/queryParams';
import { formatMeasure, qualityGate, sonarMeasures } from './sonarMeasures';
import { SONAR_METRICS_BY_KEY } from './sonarMetrics';
import type { SonarStore } from './sonarStore';

/** Stand-in pages for the links to SonarQube: `/dashboard?id=<key>` and `/projects`. */
export function sonarWebPages(store: SonarStore, baseUrl: string): Router {
  const router = Router();
  router.get('/dashboard', (req, res) => {
    const project = store.projects.get(queryString(req, 'id') ?? '');
    if (!project) {
      res
        .status(404)
        .type('html')
        .send(
          htmlPage({
            tool: 'SonarQube',
            title: 'Not found',
            body: '<p>No such project.</p>',
          }),
        );
      return;
    }
    const values = sonarMeasures(project.key, project.forcedGate);
    const gate = qualityGate(values);
    const rows = [
      'bugs',
      'vulnerabilities',
      'code_smells',
      'security_hotspots',
      'coverage',
      'duplicated_lines_density',
      'ncloc',
    ]
      .map(key => {
        const metric = SONAR_METRICS_BY_KEY.get(key)!;
        return `<tr><td>${escapeHtml(metric.name)}</td><td>${formatMeasure(
          metric.type,
          values[key],
        )}</td></tr>`;
      })
      .join('');
    const failed = gate.conditions.filter(c => c.status === 'ERROR');
    res.type('html').send(
      htmlPage({
        tool: 'SonarQube',
        title: project.name,
        body: `<p>Key <code>${escapeHtml(
          project.key,
        )}</code> · Quality gate <strong>${
          gate.status === 'OK' ? 'Passed' : 'Failed'
        }</strong>${
          failed.length
            ? ` (${failed
                .map(
                  c =>
                    `${escapeHtml(c.metricKey)} ${
                      c.comparator === 'LT' ? '&lt;' : '&gt;'
                    } ${c.errorThreshold}: ${c.actualValue}`,
                )
                .join(', ')})`
            : ''
        }</p><table>${rows}</table><p><a href="${escapeHtml(
          baseUrl,
        )}/projects">All projects</a></p>`,
      }),
    );
  });
  router.get('/projects', (_req, res) => {
    const items = [...store.projects.values()]
      .map(
        p =>
          `<li><a href="${escapeHtml(
            `${baseUrl}/dashboard?id=${encodeURIComponent(p.key)}`,
          )}">${escapeHtml(p.name)}</a></li>`,
      )
      .join('');
    res.type('html').send(
      htmlPage({
        tool: 'SonarQube',
        title: 'Projects',
        body: `<ul>${items || '<li>None</li>'}</ul>`,
      }),
    );
  });
  return router;
}

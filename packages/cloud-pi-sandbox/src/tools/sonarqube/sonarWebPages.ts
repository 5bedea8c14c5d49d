import { Router, type Request, type Response } from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import { queryString } from '../shared/queryParams';
import { formatMeasure, qualityGate, sonarMeasures } from './sonarMeasures';
import { SONAR_METRICS_BY_KEY } from './sonarMetrics';
import type { SonarStore } from './sonarStore';

/** Issue types of the issues page (`types=`), and the measure counting them. */
const ISSUE_TYPES: Record<string, { metric: string; label: string }> = {
  BUG: { metric: 'bugs', label: 'Bugs' },
  VULNERABILITY: { metric: 'vulnerabilities', label: 'Vulnerabilities' },
  CODE_SMELL: { metric: 'code_smells', label: 'Code Smells' },
};

/**
 * Stand-in pages for the links to SonarQube: `/dashboard?id=<key>`,
 * `/projects`, and the deep links the cards offer: `/project/issues`,
 * `/component_measures` and `/security_hotspots`.
 */
export function sonarWebPages(store: SonarStore, baseUrl: string): Router {
  const router = Router();
  const notFound = (res: Response): void => {
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
  };
  const projectOf = (req: Request) =>
    store.projects.get(queryString(req, 'id') ?? '');
  const backLink = (key: string) =>
    `<p><a href="${escapeHtml(
      `${baseUrl}/dashboard?id=${encodeURIComponent(key)}`,
    )}">Overview</a></p>`;

  router.get('/project/issues', (req, res) => {
    const project = projectOf(req);
    if (!project) {
      notFound(res);
      return;
    }
    const values = sonarMeasures(project.key, project.forcedGate);
    const types = (queryString(req, 'types') ?? 'BUG,VULNERABILITY,CODE_SMELL')
      .split(',')
      .filter(type => ISSUE_TYPES[type]);
    const rows = types
      .map(
        type =>
          `<tr><td>${ISSUE_TYPES[type].label}</td><td>${formatMeasure(
            'INT',
            values[ISSUE_TYPES[type].metric],
          )}</td></tr>`,
      )
      .join('');
    res.type('html').send(
      htmlPage({
        tool: 'SonarQube',
        title: `Issues · ${project.name}`,
        body: `<p>Open issues (${
          queryString(req, 'resolved') === 'false' ? 'unresolved' : 'all'
        }).</p><table>${rows}</table>${backLink(project.key)}`,
      }),
    );
  });

  router.get('/component_measures', (req, res) => {
    const project = projectOf(req);
    if (!project) {
      notFound(res);
      return;
    }
    const values = sonarMeasures(project.key, project.forcedGate);
    const key = queryString(req, 'metric') ?? 'ncloc';
    const metric = SONAR_METRICS_BY_KEY.get(key);
    if (!metric) {
      notFound(res);
      return;
    }
    res.type('html').send(
      htmlPage({
        tool: 'SonarQube',
        title: `${metric.name} · ${project.name}`,
        body: `<p>${escapeHtml(metric.name)}: <strong>${formatMeasure(
          metric.type,
          values[key],
        )}</strong></p>${backLink(project.key)}`,
      }),
    );
  });

  router.get('/security_hotspots', (req, res) => {
    const project = projectOf(req);
    if (!project) {
      notFound(res);
      return;
    }
    const values = sonarMeasures(project.key, project.forcedGate);
    res.type('html').send(
      htmlPage({
        tool: 'SonarQube',
        title: `Security Hotspots · ${project.name}`,
        body: `<p>Security hotspots to review: <strong>${formatMeasure(
          'INT',
          values.security_hotspots,
        )}</strong>, reviewed ${formatMeasure(
          'PERCENT',
          values.security_hotspots_reviewed,
        )}.</p>${backLink(project.key)}`,
      }),
    );
  });

  router.get('/dashboard', (req, res) => {
    const project = projectOf(req);
    if (!project) {
      notFound(res);
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

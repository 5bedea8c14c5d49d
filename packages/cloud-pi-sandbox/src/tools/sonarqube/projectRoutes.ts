import type { Router } from 'express';
import { queryString } from '../shared/queryParams';
import { sonarAnalyses, sonarDate } from './sonarAnalyses';
import {
  identityOf,
  paging,
  sendErrors,
  type SonarApiContext,
} from './sonarApiContext';
import { qualityGate, sonarMeasures, SONAR_WAY_NAME } from './sonarMeasures';

/** Components, quality gates, analyses and the project search. */
export function registerProjectRoutes(
  router: Router,
  ctx: SonarApiContext,
): void {
  router.get('/api/components/show', (req, res) => {
    const project = ctx.loadProject(req, res, 'component');
    if (!project) return;
    res.json({
      component: {
        key: project.key,
        name: project.name,
        qualifier: 'TRK',
        ...ctx.projectDates(project),
        version: ctx.latestVersion(project),
        tags: [],
        visibility: project.visibility,
      },
      ancestors: [],
    });
  });

  router.get('/api/qualitygates/project_status', (req, res) => {
    if (
      !queryString(req, 'projectKey') &&
      !queryString(req, 'projectId') &&
      !queryString(req, 'analysisId')
    ) {
      sendErrors(
        res,
        400,
        "Either 'analysisId', 'projectId' or 'projectKey' must be provided",
      );
      return;
    }
    const key = queryString(req, 'projectKey') ?? queryString(req, 'projectId');
    const project = key ? ctx.store.projects.get(key) : undefined;
    if (!project) {
      sendErrors(
        res,
        404,
        `Project '${key ?? queryString(req, 'analysisId')}' not found`,
      );
      return;
    }
    if (!ctx.authorize(req, res, project)) return;
    const gate = qualityGate(sonarMeasures(project.key, project.forcedGate));
    res.json({
      projectStatus: {
        status: gate.status,
        conditions: gate.conditions,
        ignoredConditions: false,
        caycStatus: 'compliant',
        period: ctx.newCodePeriod(project),
      },
    });
  });

  router.get('/api/qualitygates/get_by_project', (req, res) => {
    if (!ctx.loadProject(req, res, 'project')) return;
    res.json({
      qualityGate: {
        id: 'AU-Tpxb--iU5OvuD2FLy',
        name: SONAR_WAY_NAME,
        default: true,
      },
    });
  });

  router.get('/api/project_analyses/search', (req, res) => {
    const project = ctx.loadProject(req, res, 'project');
    if (!project) return;
    const category = queryString(req, 'category');
    const analyses = sonarAnalyses(
      project,
      ctx.store.revisionOf(project),
    ).filter(a => !category || a.events.some(e => e.category === category));
    const { page, size } = paging(req, 100, 500);
    res.json({
      paging: { pageIndex: page, pageSize: size, total: analyses.length },
      analyses: analyses.slice((page - 1) * size, page * size).map(a => ({
        key: a.key,
        date: sonarDate(a.date),
        projectVersion: a.projectVersion,
        buildString: a.buildString,
        revision: a.revision,
        manualNewCodePeriodBaseline: a.manualNewCodePeriodBaseline,
        events: a.events,
      })),
    });
  });

  router.get('/api/projects/search', (req, res) => {
    if (!identityOf(res).admin) {
      sendErrors(res, 403, 'Insufficient privileges');
      return;
    }
    const q = queryString(req, 'q')?.toLowerCase();
    const only = (queryString(req, 'projects') ?? '')
      .split(',')
      .filter(Boolean);
    const projects = [...ctx.store.projects.values()]
      .filter(
        p =>
          !q ||
          p.key.toLowerCase().includes(q) ||
          p.name.toLowerCase().includes(q),
      )
      .filter(p => !only.length || only.includes(p.key))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, size } = paging(req, 100, 500);
    res.json({
      paging: { pageIndex: page, pageSize: size, total: projects.length },
      components: projects.slice((page - 1) * size, page * size).map(p => ({
        key: p.key,
        name: p.name,
        qualifier: 'TRK',
        visibility: p.visibility,
        lastAnalysisDate: ctx.projectDates(p).analysisDate,
        revision: ctx.store.revisionOf(p),
      })),
    });
  });
}

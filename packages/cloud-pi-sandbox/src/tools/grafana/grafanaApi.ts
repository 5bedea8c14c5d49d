import { Router, type Request, type Response } from 'express';
import { queryList, queryString } from '../shared/queryParams';
import {
  DEFAULT_DASHBOARDS,
  type GrafanaAlertRule,
  type GrafanaDashboard,
  type GrafanaInstance,
  type GrafanaStore,
} from './grafanaStore';

/** Grafana release the stand-in reports. */
export const GRAFANA_VERSION = '11.6.1';

/** grafana-operator v5 files dashboards without a folder under their namespace. */
const FOLDER = { uid: 'dso-grafana-folder', title: 'dso-grafana' };

/** Grafana's `slugify` of a title, as in dashboard URLs. */
function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Grafana's JSON error body. */
function grafanaError(res: Response, status: number, message: string) {
  res.status(status).json({ message });
}

/** Options of the instance API. */
export interface GrafanaApiOptions {
  store: GrafanaStore;
  /** The service account token every `/api` call but `health` needs. */
  token: string;
  /** Dashboards as code of an instance (files of `infra-observability`). */
  dashboardsAsCode(instance: GrafanaInstance): GrafanaDashboard[];
}

/**
 * The HTTP API of one project instance, mounted at `/<instance>/api`
 * (Grafana serves each instance from its sub-path): `health`, dashboard
 * `search`, and the unified alerting endpoints the Backstage Grafana plugin
 * reads. Anything else is Grafana's JSON 404.
 */
export function grafanaApi(options: GrafanaApiOptions): Router {
  const { store } = options;
  const router = Router({ mergeParams: true });
  const instanceOf = (req: Request) => store.instances.get(req.params.instance);

  router.get('/health', (req, res) => {
    if (!instanceOf(req)) {
      grafanaError(res, 404, 'Not found');
      return;
    }
    res.json({ commit: '8a5aeeb1', database: 'ok', version: GRAFANA_VERSION });
  });

  router.use((req, res, next) => {
    if (!instanceOf(req)) {
      grafanaError(res, 404, 'Not found');
      return;
    }
    const authorization = req.header('authorization') ?? '';
    if (authorization !== `Bearer ${options.token}`) {
      res.status(401).json({
        extra: null,
        message: 'Unauthorized',
        messageId: 'auth.unauthorized',
        statusCode: 401,
        traceID: '',
      });
      return;
    }
    next();
  });

  router.get('/search', (req, res) => {
    const instance = instanceOf(req)!;
    const type = queryString(req, 'type');
    const tags = queryList(req, 'tag');
    const query = queryString(req, 'query')?.toLowerCase();
    const limit = Math.min(
      Number(queryString(req, 'limit') ?? 1000) || 1000,
      5000,
    );
    const page = Math.max(Number(queryString(req, 'page') ?? 1) || 1, 1);
    const dashboards = [
      ...DEFAULT_DASHBOARDS,
      ...options.dashboardsAsCode(instance),
    ]
      .filter(d => tags.every(tag => d.tags.includes(tag)))
      .filter(d => !query || d.title.toLowerCase().includes(query))
      .sort((a, b) => a.title.localeCompare(b.title));
    const hits =
      type && type !== 'dash-db'
        ? []
        : dashboards.map((d, index) => ({
            id: index + 1,
            uid: d.uid,
            orgId: 1,
            title: d.title,
            uri: `db/${slugify(d.title)}`,
            url: `/${instance.name}/d/${d.uid}/${slugify(d.title)}`,
            slug: '',
            type: 'dash-db',
            tags: d.tags,
            isStarred: false,
            folderId: 1,
            folderUid: FOLDER.uid,
            folderTitle: FOLDER.title,
            folderUrl: `/${instance.name}/dashboards/f/${FOLDER.uid}/${FOLDER.title}`,
            sortMeta: 0,
            isDeleted: false,
          }));
    res.json(hits.slice((page - 1) * limit, page * limit));
  });

  router.get('/ruler/grafana/api/v1/rules', (req, res) => {
    const rules = store.alertRules.get(instanceOf(req)!.name) ?? [];
    const groups = new Map<string, GrafanaAlertRule[]>();
    for (const rule of rules) {
      groups.set(rule.group, [...(groups.get(rule.group) ?? []), rule]);
    }
    res.json(
      rules.length === 0
        ? {}
        : {
            [FOLDER.title]: [...groups].map(([group, members]) => ({
              name: group,
              interval: '1m',
              rules: members.map((rule, index) => ({
                expr: '',
                for: '5m',
                labels: rule.labels,
                annotations: { summary: rule.summary },
                grafana_alert: {
                  id: index + 1,
                  orgId: 1,
                  title: rule.title,
                  condition: 'C',
                  data: [],
                  updated: '2026-11-28T09:00:00Z',
                  intervalSeconds: 60,
                  version: 1,
                  uid: rule.uid,
                  namespace_uid: FOLDER.uid,
                  rule_group: group,
                  no_data_state: 'NoData',
                  exec_err_state: 'Error',
                  is_paused: false,
                },
              })),
            })),
          },
    );
  });

  router.get('/prometheus/grafana/api/v1/alerts', (req, res) => {
    const rules = store.alertRules.get(instanceOf(req)!.name) ?? [];
    res.json({
      status: 'success',
      data: {
        alerts: rules.map(rule => ({
          labels: {
            alertname: rule.title,
            grafana_folder: FOLDER.title,
            ...rule.labels,
          },
          annotations: { summary: rule.summary },
          state: rule.state,
          activeAt: '2026-11-28T09:00:00Z',
          value: rule.state === 'Alerting' ? '1e+00' : '0e+00',
        })),
      },
    });
  });

  // Legacy alerting (`/api/alerts`) is gone since Grafana 11.
  router.use((_req, res) => grafanaError(res, 404, 'Not found'));
  return router;
}

import { Router } from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import { grafanaApi, type GrafanaApiOptions } from './grafanaApi';
import { DEFAULT_DASHBOARDS } from './grafanaStore';

/**
 * The Grafana stand-in, to mount at `/grafana`: per project instance
 * (`/grafana/<hprod|prod>-<slug>/…`) its HTTP API under `api/` and a landing
 * page listing its datasources and dashboards. It serves no panels.
 */
export function createGrafanaRouter(options: GrafanaApiOptions): Router {
  const { store } = options;
  const router = Router();

  router.use('/:instance/api', grafanaApi(options));

  router.get(['/:instance', '/:instance/*'], (req, res) => {
    const instance = store.instances.get(req.params.instance);
    if (!instance) {
      res
        .status(404)
        .type('html')
        .send(
          htmlPage({
            tool: 'Grafana',
            title: 'Page not found',
            body: '<p>No Grafana instance with this name.</p>',
          }),
        );
      return;
    }
    const t = escapeHtml(instance.tenant);
    res.type('html').send(
      htmlPage({
        tool: 'Grafana',
        title: `${
          instance.kind === 'prod' ? 'Production' : 'Hors production'
        } · ${instance.slug}`,
        body: `<p>Instance <code>${escapeHtml(
          instance.name,
        )}</code>, Observatorium tenant <code>${t}</code>.</p>
<h2>Datasources</h2><ul><li>Loki <code>loki-${t}</code></li><li>Prometheus <code>prom-${t}</code></li><li>Alertmanager <code>am-${t}</code></li></ul>
<h2>Dashboards</h2><ul>${[
          ...DEFAULT_DASHBOARDS,
          ...options.dashboardsAsCode(instance),
        ]
          .map(d => `<li>${escapeHtml(d.title)}</li>`)
          .join('')}</ul>
<p>Access: ${instance.groups
          .map(g => `<code>${escapeHtml(g)}</code>`)
          .join(', ')}.</p>`,
      }),
    );
  });

  router.get('/', (_req, res) => {
    const items = [...store.instances.keys()]
      .sort()
      .map(name => `<li>${escapeHtml(name)}</li>`)
      .join('');
    res.type('html').send(
      htmlPage({
        tool: 'Grafana',
        title: 'Instances',
        body: `<ul>${items || '<li>None</li>'}</ul>`,
      }),
    );
  });
  return router;
}

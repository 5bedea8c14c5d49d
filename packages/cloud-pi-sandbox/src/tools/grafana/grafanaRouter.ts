import { Router } from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import { DEFAULT_DASHBOARDS, type GrafanaStore } from './grafanaStore';

/** Grafana release the landing pages mention. */
export const GRAFANA_VERSION = '11.6.1';

/**
 * The Grafana stand-in, to mount at `/grafana`: one landing page per project
 * instance (`/grafana/<hprod|prod>-<slug>/…`) listing its datasources and
 * dashboards, and `api/health` per instance. It serves no panels.
 */
export function createGrafanaRouter(store: GrafanaStore): Router {
  const router = Router();

  router.get('/:instance/api/health', (req, res) => {
    if (!store.instances.has(req.params.instance)) {
      res.status(404).json({ message: 'Not found' });
      return;
    }
    res.json({ commit: '8a5aeeb1', database: 'ok', version: GRAFANA_VERSION });
  });

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
<h2>Dashboards</h2><ul>${DEFAULT_DASHBOARDS.map(
          d => `<li>${escapeHtml(d)}</li>`,
        ).join('')}</ul>
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

import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readCloudPiConfig } from '../config/readCloudPiConfig';
import { createCloudPiUrls } from './urls';

const PROJECT_ID = '0f6a4a52-3b55-4c8e-9f51-1f6c3a7d2b10';
// compressUUID with the base-36 alphabet, as the platform defines it.
const TENANT_ID = BigInt(`0x${PROJECT_ID.replace(/-/g, '')}`).toString(36);
const NAMESPACE = 'd3j6ckjd79zg8clcvwl18l5sq--2v3m1k4x9z';

function urlsFor(extra: JsonObject = {}) {
  const [instance] = readCloudPiConfig(
    new ConfigReader({
      cloudPiNative: {
        instances: [
          {
            name: 'default',
            consoleUrl: 'https://console.example.fr/',
            token: 't',
            projectsRootDir: 'forge/projects',
            ...extra,
          },
        ],
      },
    }),
  ).instances;
  return createCloudPiUrls(instance);
}

const allTools = {
  gitlab: { url: 'https://gitlab.example.fr', token: 't' },
  sonarqube: { url: 'https://sonarqube.example.fr', token: 't' },
  vault: { url: 'https://vault.example.fr', token: 't' },
  grafana: { url: 'https://grafana.example.fr/' },
  argocd: [
    { zone: 'default', url: 'https://argocd.zone-a.example.fr', token: 't' },
  ],
};

/** Decodes the Explore state of a Grafana Explore URL. */
function explorePane(url: string) {
  const parsed = new URL(url);
  return {
    path: `${parsed.origin}${parsed.pathname}`,
    pane: JSON.parse(parsed.searchParams.get('panes')!).cpin,
  };
}

describe('createCloudPiUrls', () => {
  it('links to the console project page and its tabs', () => {
    const urls = urlsFor();
    expect(urls.consoleProject('demo')).toBe(
      'https://console.example.fr/projects/demo',
    );
    expect(urls.consoleProject('demo', 'logs')).toBe(
      'https://console.example.fr/projects/demo?tab=logs',
    );
  });

  it('builds tool links from configuration and naming rules', () => {
    const urls = urlsFor(allTools);
    expect(urls.grafana('demo', 'prod')).toBe(
      'https://grafana.example.fr/prod-demo',
    );
    expect(urls.gitlabGroup('demo')).toBe(
      'https://gitlab.example.fr/forge/projects/demo',
    );
    expect(urls.gitlabProject('demo', 'backend')).toBe(
      'https://gitlab.example.fr/forge/projects/demo/backend',
    );
    expect(urls.sonarqubeProject('demo-backend-1a2b')).toBe(
      'https://sonarqube.example.fr/dashboard?id=demo-backend-1a2b',
    );
    expect(urls.vaultMount('demo')).toBe(
      'https://vault.example.fr/ui/vault/secrets/demo',
    );
    expect(urls.argocdApp('default', 'demo-dev-5b1f-env')).toBe(
      'https://argocd.zone-a.example.fr/applications/demo-dev-5b1f-env',
    );
  });

  it('opens Loki in the project Grafana on the tenant datasource, filtered on the namespace', () => {
    const { path, pane } = explorePane(
      urlsFor(allTools).lokiExplore(PROJECT_ID, 'demo', 'hprod', NAMESPACE)!,
    );

    expect(path).toBe('https://grafana.example.fr/hprod-demo/explore');
    expect(pane).toEqual({
      datasource: `loki-hprod-${TENANT_ID}`,
      queries: [
        {
          refId: 'A',
          datasource: { type: 'loki', uid: `loki-hprod-${TENANT_ID}` },
          expr: `{namespace="${NAMESPACE}"}`,
        },
      ],
      range: { from: 'now-1h', to: 'now' },
    });
  });

  it('opens Prometheus on the prod tenant with a custom or default query', () => {
    const urls = urlsFor({
      ...allTools,
      observability: { prometheusDatasourceUid: 'mimir-{tenant}' },
    });

    const custom = explorePane(
      urls.prometheusExplore(PROJECT_ID, 'demo', 'prod', NAMESPACE, 'up')!,
    );
    const byDefault = explorePane(
      urls.prometheusExplore(PROJECT_ID, 'demo', 'prod', NAMESPACE)!,
    );

    expect(custom.path).toBe('https://grafana.example.fr/prod-demo/explore');
    expect(custom.pane.queries[0]).toEqual({
      refId: 'A',
      datasource: { type: 'prometheus', uid: `mimir-prod-${TENANT_ID}` },
      expr: 'up',
    });
    expect(byDefault.pane.queries[0].expr).toContain(
      `namespace="${NAMESPACE}"`,
    );
  });

  it('refuses a project id that is not a UUID', () => {
    expect(() =>
      urlsFor(allTools).lokiExplore('demo', 'demo', 'hprod', NAMESPACE),
    ).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('has no link to tools that are not configured', () => {
    const urls = urlsFor();
    expect([
      urls.grafana('demo', 'hprod'),
      urls.lokiExplore(PROJECT_ID, 'demo', 'hprod', NAMESPACE),
      urls.prometheusExplore(PROJECT_ID, 'demo', 'hprod', NAMESPACE),
      urls.argocdApp('default', 'x'),
      urls.gitlabGroup('demo'),
      urls.gitlabProject('demo', 'backend'),
      urls.sonarqubeProject('k'),
      urls.vaultMount('demo'),
    ]).toEqual(new Array(8).fill(undefined));
  });

  it('has no Argo CD link for a zone without configuration', () => {
    expect(urlsFor(allTools).argocdApp('dr', 'x')).toBeUndefined();
  });
});

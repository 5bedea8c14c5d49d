import { stformSnapshot } from '../__testUtils__/projectSnapshots';
import {
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';

/*
 * Shapes follow Grafana 11's HTTP API documentation (search, ruler and
 * Prometheus-compatible alert endpoints of unified alerting), the fields the
 * Backstage Grafana plugin reads included.
 */
describe('Grafana stand-in API', () => {
  let running: RunningToolWorld;
  const get = async (path: string, token?: string) => {
    const response = await fetch(`${running.url}/grafana${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.json().catch(() => undefined),
    };
  };
  const api = (path: string) =>
    get(`/hprod-stform/api${path}`, running.world.credentials.grafanaToken);

  beforeAll(async () => {
    running = await startToolWorld();
    await running.world.provisioner.upsertProject(stformSnapshot());
    running.world.demo.addDashboard('stform', 'api', {
      uid: 'stform-api',
      title: 'stform · API',
      tags: ['api', 'stform'],
    });
    running.world.demo.setAlertRules('hprod-stform', [
      {
        uid: 'stform-5xx',
        title: 'Erreurs 5xx',
        group: 'api',
        labels: { namespace: 'ns-demo', severity: 'critical' },
        summary: 'Trop de 5xx',
        state: 'Alerting',
      },
      {
        uid: 'stform-restarts',
        title: 'Redémarrages',
        group: 'api',
        labels: { namespace: 'ns-other' },
        summary: 'Des pods redémarrent',
        state: 'Normal',
      },
    ]);
  });
  afterAll(() => running.close());

  it('answers health without credentials and refuses the rest without a token', async () => {
    expect(await get('/hprod-stform/api/health')).toMatchObject({
      status: 200,
      body: { database: 'ok', version: '11.6.1' },
    });
    expect(await get('/hprod-stform/api/search')).toMatchObject({
      status: 401,
      body: { message: 'Unauthorized', messageId: 'auth.unauthorized' },
    });
  });

  it('searches dashboards by tag, the defaults and the dashboards as code', async () => {
    const all = await api('/search?type=dash-db&limit=1000&page=0');
    expect(all.status).toBe(200);
    expect(all.body.map((d: any) => d.title)).toEqual(
      expect.arrayContaining([
        'Kubernetes / Views / Namespaces',
        'Loki Kubernetes Logs',
        'stform · API',
      ]),
    );
    const byTag = await api('/search?type=dash-db&limit=1000&page=0&tag=api');
    expect(byTag.body).toEqual([
      {
        id: expect.any(Number),
        uid: 'stform-api',
        orgId: 1,
        title: 'stform · API',
        uri: 'db/stform-api',
        url: '/hprod-stform/d/stform-api/stform-api',
        slug: '',
        type: 'dash-db',
        tags: ['api', 'stform'],
        isStarred: false,
        folderId: 1,
        folderUid: 'dso-grafana-folder',
        folderTitle: 'dso-grafana',
        folderUrl: '/hprod-stform/dashboards/f/dso-grafana-folder/dso-grafana',
        sortMeta: 0,
        isDeleted: false,
      },
    ]);
    expect(
      (await api('/search?tag=Kubernetes')).body.map((d: any) => d.uid),
    ).toEqual(['k8s_views_ns']);
    expect((await api('/search?type=dash-folder')).body).toEqual([]);
  });

  it('serves unified alerting rules and alert instances', async () => {
    const rules = await api('/ruler/grafana/api/v1/rules');
    expect(rules.status).toBe(200);
    const [group] = rules.body['dso-grafana'];
    expect(group.name).toBe('api');
    expect(
      group.rules.map((r: any) => [
        r.grafana_alert.title,
        r.grafana_alert.uid,
        r.labels.namespace,
      ]),
    ).toEqual([
      ['Erreurs 5xx', 'stform-5xx', 'ns-demo'],
      ['Redémarrages', 'stform-restarts', 'ns-other'],
    ]);
    const alerts = await api('/prometheus/grafana/api/v1/alerts');
    expect(alerts.body.status).toBe('success');
    expect(
      alerts.body.data.alerts.map((a: any) => [a.labels.alertname, a.state]),
    ).toEqual([
      ['Erreurs 5xx', 'Alerting'],
      ['Redémarrages', 'Normal'],
    ]);
  });

  it('answers JSON 404s where real Grafana does', async () => {
    for (const path of [
      '/hprod-stform/api/alerts?dashboardTag=api',
      '/hprod-stform/api/dashboards/home',
      '/prod-nope/api/search',
    ]) {
      const response = await get(path, running.world.credentials.grafanaToken);
      expect({ path, status: response.status, body: response.body }).toEqual({
        path,
        status: 404,
        body: { message: 'Not found' },
      });
    }
  });
});

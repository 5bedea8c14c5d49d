import { sonarQubeProjectKey } from '@cpin/plugin-cloud-pi-native-common';
import { readSpec } from '@cpin/cloud-pi-specs';
import {
  shapeMismatches,
  shapeOf,
  type Shape,
} from '../__testUtils__/jsonShape';
import { stformSnapshot } from '../__testUtils__/projectSnapshots';
import {
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { SONAR_METRICS } from './sonarMetrics';

const example = (name: string) => readSpec('sonarqube', `${name}.json`);

describe('SonarQube Web API fake', () => {
  let running: RunningToolWorld;
  const apiKey = sonarQubeProjectKey('stform', 'api');
  const infraKey = sonarQubeProjectKey('stform', 'infra');
  const get = (
    path: string,
    token = running.world.credentials.sonarqubeToken,
  ) =>
    fetch(`${running.url}/sonarqube${path}`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${token}:`).toString('base64')}`,
      },
    });
  const getJson = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    running = await startToolWorld();
    await running.world.provisioner.upsertProject(stformSnapshot());
    const other = stformSnapshot();
    other.project = {
      ...other.project,
      id: '3c2d9f8a-4e5b-4c6d-8e7f-8a9b0c1d2e3f',
      name: 'other',
      slug: 'other',
    };
    await running.world.provisioner.upsertProject({
      ...other,
      environments: [],
    });
  }, 120_000);
  afterAll(() => running.close());

  it('answers every endpoint with the keys and types of the official examples', async () => {
    const allMetrics = SONAR_METRICS.map(m => m.key).join(',');
    const show = example('api_components_show');
    const cases: Array<[string, Shape]> = [
      ['/api/system/status', shapeOf(example('api_system_status'))],
      [
        `/api/components/show?component=${apiKey}`,
        // Our component is a project (TRK): compare with the file and the project ancestor.
        shapeOf({
          ...show,
          component: show.ancestors.reduce(
            (a: object, b: object) => ({ ...a, ...b }),
            show.component,
          ),
        }),
      ],
      [
        `/api/measures/component?component=${apiKey}&metricKeys=${allMetrics}&additionalFields=metrics,period`,
        shapeOf(example('api_measures_component')),
      ],
      [
        `/api/measures/search?projectKeys=${apiKey},${infraKey}&metricKeys=${allMetrics}`,
        shapeOf(example('api_measures_search')),
      ],
      ['/api/metrics/search?ps=500', shapeOf(example('api_metrics_search'))],
      [
        `/api/qualitygates/project_status?projectKey=${apiKey}`,
        shapeOf(example('api_qualitygates_project_status')),
      ],
      [
        `/api/qualitygates/get_by_project?project=${apiKey}`,
        shapeOf(example('api_qualitygates_get_by_project')),
      ],
      [
        `/api/project_analyses/search?project=${apiKey}`,
        shapeOf(example('api_project_analyses_search')),
      ],
      ['/api/projects/search', shapeOf(example('api_projects_search'))],
    ];
    for (const [path, shape] of cases) {
      const body = await getJson(path);
      expect({ path, mismatches: shapeMismatches(body, shape) }).toEqual({
        path,
        mismatches: [],
      });
      expect(Object.keys(body).sort()).toEqual(
        Object.keys(shape.props!).sort(),
      );
    }
  });

  it('describes the provisioned projects', async () => {
    const { component } = await getJson(
      `/api/components/show?component=${apiKey}`,
    );
    expect(component).toMatchObject({
      key: apiKey,
      name: 'stform-api',
      qualifier: 'TRK',
      visibility: 'private',
      analysisDate: expect.stringMatching(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/,
      ),
    });
    const projects = await getJson('/api/projects/search?q=stform');
    expect(
      projects.components.map((c: { key: string }) => c.key).sort(),
    ).toEqual([apiKey, infraKey].sort());
    expect(projects.paging).toEqual({ pageIndex: 1, pageSize: 100, total: 2 });
  });

  it('gives each project deterministic but varied measures, consistent with its gate', async () => {
    const metricKeys = 'ncloc,coverage,bugs,alert_status,new_coverage';
    const measures = async (key: string, url = running.url) => {
      const response = await fetch(
        `${url}/sonarqube/api/measures/component?component=${key}&metricKeys=${metricKeys}`,
        {
          headers: {
            authorization: `Bearer ${running.world.credentials.sonarqubeToken}`,
          },
        },
      );
      return (await response.json()).component.measures as Array<{
        metric: string;
        value?: string;
        period?: { value: string };
      }>;
    };
    const other = await startToolWorld();
    try {
      await other.world.provisioner.upsertProject(stformSnapshot());
      expect(await measures(apiKey, other.url)).toEqual(await measures(apiKey));
    } finally {
      await other.close();
    }
    const api = await measures(apiKey);
    const infra = await measures(infraKey);
    expect(api.find(m => m.metric === 'ncloc')!.value).not.toBe(
      infra.find(m => m.metric === 'ncloc')!.value,
    );
    for (const [key, values] of [
      [apiKey, api],
      [infraKey, infra],
    ] as const) {
      const { projectStatus } = await getJson(
        `/api/qualitygates/project_status?projectKey=${key}`,
      );
      expect(values.find(m => m.metric === 'alert_status')!.value).toBe(
        projectStatus.status,
      );
      const coverage = projectStatus.conditions.find(
        (c: { metricKey: string }) => c.metricKey === 'new_coverage',
      );
      expect(coverage.actualValue).toBe(
        String(
          Number(values.find(m => m.metric === 'new_coverage')!.period!.value),
        ),
      );
    }
  });

  it('lets the demo fail and restore a quality gate', async () => {
    running.world.demo.setQualityGate(apiKey, 'ERROR');
    const failed = (
      await getJson(`/api/qualitygates/project_status?projectKey=${apiKey}`)
    ).projectStatus;
    expect(failed.status).toBe('ERROR');
    expect(failed.conditions).toContainEqual({
      status: 'ERROR',
      metricKey: 'new_coverage',
      comparator: 'LT',
      errorThreshold: '80',
      actualValue: '61.2',
    });
    const { component } = await getJson(
      `/api/measures/component?component=${apiKey}&metricKeys=alert_status`,
    );
    expect(component.measures).toEqual([
      { metric: 'alert_status', value: 'ERROR' },
    ]);

    running.world.demo.setQualityGate(apiKey, 'OK');
    const passed = (
      await getJson(`/api/qualitygates/project_status?projectKey=${apiKey}`)
    ).projectStatus;
    expect(passed.status).toBe('OK');
    expect(
      passed.conditions.every((c: { status: string }) => c.status === 'OK'),
    ).toBe(true);
    expect(() => running.world.demo.setQualityGate('nope', 'OK')).toThrow(
      'SonarQube project nope not found',
    );
  });

  it('authenticates tokens like SonarQube and scopes the technical user', async () => {
    const anonymous = await fetch(
      `${running.url}/sonarqube/api/measures/component?component=${apiKey}&metricKeys=ncloc`,
    );
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe('');
    expect(
      (await get(`/api/components/show?component=${apiKey}`, 'squ_wrong'))
        .status,
    ).toBe(401);
    const withPassword = await fetch(
      `${running.url}/sonarqube/api/components/show?component=${apiKey}`,
      {
        headers: {
          authorization: `Basic ${Buffer.from(
            `${running.world.credentials.sonarqubeToken}:secret`,
          ).toString('base64')}`,
        },
      },
    );
    expect(withPassword.status).toBe(401);
    expect(
      await (await fetch(`${running.url}/sonarqube/api/system/status`)).json(),
    ).toEqual({ status: 'UP' });
    expect(
      await (await get('/api/authentication/validate', 'squ_wrong')).json(),
    ).toEqual({ valid: false });

    const secret = await fetch(
      `${running.url}/vault/v1/forge-dso/data/forge/projects/stform/SONAR`,
      {
        headers: { 'X-Vault-Token': running.world.credentials.vaultToken },
      },
    );
    const robotToken = (await secret.json()).data.data.SONAR_TOKEN as string;
    expect(robotToken).toMatch(/^squ_[0-9a-f]{40}$/);
    expect(
      (await get(`/api/components/show?component=${apiKey}`, robotToken))
        .status,
    ).toBe(200);
    const foreign = await get(
      `/api/components/show?component=${sonarQubeProjectKey('other', 'api')}`,
      robotToken,
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({
      errors: [{ msg: 'Insufficient privileges' }],
    });
    expect((await get('/api/projects/search', robotToken)).status).toBe(403);

    const missing = await get('/api/components/show?component=nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      errors: [{ msg: "Component key 'nope' not found" }],
    });
    const badMetric = await get(
      `/api/measures/component?component=${apiKey}&metricKeys=nope`,
    );
    expect(await badMetric.json()).toEqual({
      errors: [{ msg: 'The following metric keys are not found: nope' }],
    });
  });
});

import { readSpec } from '@cpin/cloud-pi-specs';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { AuthenticationError, NotFoundError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SonarQubeClient } from './SonarQubeClient';

const BASE = 'https://sonarqube.test';
const TOKEN = 'squ_0123456789abcdef';
const KEY = 'demo-backend-1a2b';

describe('SonarQubeClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = SonarQubeClient.create({ baseUrl: BASE, token: TOKEN });

  /** Serves an official SonarQube response example and records the request. */
  function serve(path: string, example: string) {
    const requests: Request[] = [];
    server.use(
      http.get(`${BASE}${path}`, ({ request }) => {
        requests.push(request);
        return HttpResponse.json(readSpec('sonarqube', example) as any);
      }),
    );
    return requests;
  }

  it('reads the quality gate status of a branch', async () => {
    const requests = serve(
      '/api/qualitygates/project_status',
      'api_qualitygates_project_status.json',
    );

    const gate = await client.getQualityGateStatus(KEY, { branch: 'main' });

    expect(gate.status).toBe('ERROR');
    expect(gate.conditions).toHaveLength(7);
    expect(gate.conditions[0]).toEqual({
      status: 'ERROR',
      metricKey: 'new_coverage',
      comparator: 'LT',
      errorThreshold: '85',
      actualValue: '82.50562381034781',
    });
    expect(gate.newCodePeriod).toEqual({
      mode: 'last_version',
      date: '2000-04-27T00:45:23+0200',
      parameter: '2015-12-07',
    });
    const url = new URL(requests[0].url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      projectKey: KEY,
      branch: 'main',
    });
    expect(requests[0].headers.get('authorization')).toBe(
      `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`,
    );
  });

  it('reads overall and new-code measures', async () => {
    const requests = serve(
      '/api/measures/component',
      'api_measures_component.json',
    );

    const result = await client.getMeasures(KEY, [
      'complexity',
      'new_violations',
      'ncloc',
    ]);

    expect(result).toEqual({
      projectKey: 'MY_PROJECT:ElementImpl.java',
      measures: {
        complexity: { value: '12', newCodeValue: '2', bestValue: false },
        new_violations: {
          value: undefined,
          newCodeValue: '25',
          bestValue: false,
        },
        ncloc: { value: '114', newCodeValue: '3', bestValue: false },
      },
      newCodePeriod: {
        mode: 'previous_version',
        date: '2016-01-11T10:49:50+0100',
        parameter: '1.0-SNAPSHOT',
      },
    });
    expect(Object.fromEntries(new URL(requests[0].url).searchParams)).toEqual({
      component: KEY,
      metricKeys: 'complexity,new_violations,ncloc',
      additionalFields: 'period',
    });
  });

  it('reads the last analyses', async () => {
    const requests = serve(
      '/api/project_analyses/search',
      'api_project_analyses_search.json',
    );

    const analyses = await client.getLastAnalyses(KEY, { limit: 3 });

    expect(analyses.map(a => a.key)).toEqual(['A2', 'A1', 'P1']);
    expect(analyses[1].events[0]).toEqual({
      key: 'AXt91FkXy_c4CIP4ds6A',
      category: 'QUALITY_GATE',
      name: 'Failed',
      description:
        'Coverage on New Code < 85, Reliability Rating > 4, Maintainability Rating on New Code > 1, Reliability Rating on New Code > 1, Security Rating on New Code > 1, Duplicated Lines (%) on New Code > 3',
    });
    expect(new URL(requests[0].url).searchParams.get('ps')).toBe('3');
  });

  it('maps an unknown project to NotFoundError with SonarQube’s message', async () => {
    server.use(
      http.get(`${BASE}/api/qualitygates/project_status`, () =>
        HttpResponse.json(
          { errors: [{ msg: `Project '${KEY}' not found` }] },
          { status: 404 },
        ),
      ),
    );

    await expect(client.getQualityGateStatus(KEY)).rejects.toEqual(
      new NotFoundError(`Project '${KEY}' not found`),
    );
  });

  it('maps a rejected token to AuthenticationError', async () => {
    server.use(
      http.get(
        `${BASE}/api/measures/component`,
        () => new HttpResponse(null, { status: 401 }),
      ),
    );

    await expect(client.getMeasures(KEY, ['coverage'])).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });
});

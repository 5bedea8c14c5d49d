import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { CLOUD_PI_USER_TOKEN_HEADER } from '@cpin/plugin-cloud-pi-native-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import * as fixtures from '../__testUtils__/fixtures';
import { CloudPiNativeClient } from './CloudPiNativeClient';
import { InvalidResponseError } from './InvalidResponseError';

const base = 'http://backstage.test/api/cloud-pi-native';
const system = { kind: 'System', namespace: 'cloud-pi', name: 'demo' };

describe('CloudPiNativeClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const getAccessToken = jest.fn(async () => 'user-access-token');
  const client = new CloudPiNativeClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: new MockFetchApi(),
    cloudPiAuthApi: { getAccessToken },
  });

  beforeEach(() => getAccessToken.mockClear());

  it('reads card data from the entity route and validates it', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(
        `${base}/entities/system/cloud-pi/demo/quality-gate`,
        ({ request }) => {
          seen = request;
          return HttpResponse.json(fixtures.qualityGate);
        },
      ),
    );

    await expect(client.getEntityData('quality-gate', system)).resolves.toEqual(
      fixtures.qualityGate,
    );
    expect(seen?.headers.get(CLOUD_PI_USER_TOKEN_HEADER)).toBeNull();
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it.each([
    ['overview', fixtures.overview],
    ['environments', fixtures.environments],
    ['deployments', fixtures.deployments],
    ['observability', fixtures.observability],
    ['journey', fixtures.journey],
  ] as const)('serves the %s route', async (kind, body) => {
    server.use(
      http.get(`${base}/entities/system/cloud-pi/demo/${kind}`, () =>
        HttpResponse.json(body),
      ),
    );
    await expect(client.getEntityData(kind, system)).resolves.toEqual(body);
  });

  it('sends the cards of one entity asked in the same tick as one request', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${base}/entities/system/cloud-pi/demo/cards`, ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({
          cards: {
            'quality-gate': { status: 200, data: fixtures.qualityGate },
            deployments: { status: 200, data: fixtures.deployments },
            overview: {
              status: 403,
              error: { name: 'NotAllowedError', message: 'not a member' },
            },
          },
        });
      }),
    );

    const [gate, gateAgain, deployments, overview] = await Promise.allSettled([
      client.getEntityData('quality-gate', system),
      client.getEntityData('quality-gate', system),
      client.getEntityData('deployments', system),
      client.getEntityData('overview', system),
    ]);

    expect(seen).toHaveLength(1);
    expect(seen[0].searchParams.get('kinds')).toBe(
      'quality-gate,deployments,overview',
    );
    expect(gate).toEqual({ status: 'fulfilled', value: fixtures.qualityGate });
    expect(gateAgain).toEqual(gate);
    expect(deployments).toEqual({
      status: 'fulfilled',
      value: fixtures.deployments,
    });
    // The failed card fails alone, as its own route would have.
    const error = (overview as PromiseRejectedResult).reason;
    expect(error.name).toBe('ResponseError');
    expect(error.statusCode).toBe(403);
    expect(error.cause).toMatchObject({
      name: 'NotAllowedError',
      message: 'not a member',
    });
  });

  it('keeps the batches of two entities apart, and validates each card', async () => {
    const other = { kind: 'Component', namespace: 'cloud-pi', name: 'api' };
    const batches: string[] = [];
    server.use(
      http.get(`${base}/entities/:kind/cloud-pi/:name/cards`, ({ params }) => {
        batches.push(`${params.kind}/${params.name}`);
        return HttpResponse.json({
          cards: {
            'quality-gate': { status: 200, data: fixtures.qualityGate },
            deployments: {
              status: 200,
              data: { generatedAt: 'yesterday', environments: [] },
            },
          },
        });
      }),
    );

    const results = await Promise.allSettled([
      client.getEntityData('quality-gate', system),
      client.getEntityData('deployments', system),
      client.getEntityData('quality-gate', other),
      client.getEntityData('deployments', other),
    ]);

    expect(batches.sort()).toEqual(['component/api', 'system/demo']);
    expect(results.map(r => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    const invalid = (results[1] as PromiseRejectedResult).reason;
    expect(invalid).toBeInstanceOf(InvalidResponseError);
    expect(invalid.message).toContain('generatedAt');
  });

  it('fails every card of a batch the backend refused as a whole', async () => {
    server.use(
      http.get(`${base}/entities/system/cloud-pi/demo/cards`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'no such entity' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );

    const results = await Promise.allSettled([
      client.getEntityData('overview', system),
      client.getEntityData('journey', system),
    ]);

    expect(
      results.map(r => (r as PromiseRejectedResult).reason?.cause?.name),
    ).toEqual(['NotFoundError', 'NotFoundError']);
  });

  it('sends the user token to the reprovision route only', async () => {
    let token: string | null = null;
    server.use(
      http.post(
        `${base}/entities/system/cloud-pi/demo/reprovision`,
        ({ request }) => {
          token = request.headers.get(CLOUD_PI_USER_TOKEN_HEADER);
          return new HttpResponse(null, { status: 202 });
        },
      ),
    );

    await expect(client.reprovision(system)).resolves.toBeUndefined();
    expect(token).toBe('user-access-token');
  });

  it('sends the user token when listing the projects of the user', async () => {
    let token: string | null = null;
    server.use(
      http.get(`${base}/instances/default/projects`, ({ request }) => {
        token = request.headers.get(CLOUD_PI_USER_TOKEN_HEADER);
        return HttpResponse.json(fixtures.projects);
      }),
    );

    await expect(client.listProjects('default')).resolves.toEqual(
      fixtures.projects,
    );
    expect(token).toBe('user-access-token');
  });

  it('does not send the user token to the other picker routes', async () => {
    const tokens: Array<string | null> = [];
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${base}/instances`, ({ request }) => {
        tokens.push(request.headers.get(CLOUD_PI_USER_TOKEN_HEADER));
        return HttpResponse.json(fixtures.instances);
      }),
      http.get(`${base}/instances/default/stages`, ({ request }) => {
        tokens.push(request.headers.get(CLOUD_PI_USER_TOKEN_HEADER));
        return HttpResponse.json(fixtures.stages);
      }),
      http.get(`${base}/instances/default/clusters`, ({ request }) => {
        tokens.push(request.headers.get(CLOUD_PI_USER_TOKEN_HEADER));
        query = new URL(request.url).searchParams;
        return HttpResponse.json(fixtures.clusters);
      }),
    );

    await client.listInstances();
    await client.listStages('default');
    await expect(
      client.listClusters('default', {
        stageId: 'stage-dev',
        projectId: 'demo',
      }),
    ).resolves.toEqual(fixtures.clusters);
    expect(query?.get('stageId')).toBe('stage-dev');
    expect(query?.get('projectId')).toBe('demo');
    expect(tokens).toEqual([null, null, null]);
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('maps a Backstage error body to a ResponseError keeping the server error name', async () => {
    server.use(
      http.get(`${base}/entities/system/cloud-pi/demo/overview`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'not a member of demo' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );

    const error = await client.getEntityData('overview', system).catch(e => e);
    expect(error.name).toBe('ResponseError');
    expect(error.statusCode).toBe(403);
    expect(error.cause.name).toBe('NotAllowedError');
    expect(error.cause.message).toBe('not a member of demo');
  });

  it('rejects a body that does not match the contract', async () => {
    server.use(
      http.get(`${base}/entities/system/cloud-pi/demo/deployments`, () =>
        HttpResponse.json({ generatedAt: 'yesterday', environments: [] }),
      ),
    );

    const error = await client
      .getEntityData('deployments', system)
      .catch(e => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain('generatedAt');
  });

  it('does not call the backend when the user token cannot be obtained', async () => {
    getAccessToken.mockRejectedValueOnce(new Error('popup closed by user'));
    const reached = jest.fn();
    server.use(
      http.post(`${base}/entities/system/cloud-pi/demo/reprovision`, () => {
        reached();
        return new HttpResponse(null, { status: 204 });
      }),
    );

    await expect(client.reprovision(system)).rejects.toThrow(
      'popup closed by user',
    );
    expect(reached).not.toHaveBeenCalled();
  });

  it('posts an Argo CD operation, without the platform token, and validates its result', async () => {
    let seen: Request | undefined;
    const result = {
      operation: 'sync',
      application: 'demo-prod-7c1a-api-3843',
      environment: 'prod',
      zone: 'default',
      syncStatus: 'Synced',
      healthStatus: 'Healthy',
      revision: 'v1.4.3',
      targetRevision: null,
      phase: 'Succeeded',
      message: 'successfully synced',
      at: '2026-11-02T10:05:00Z',
    };
    server.use(
      http.post(
        `${base}/entities/system/cloud-pi/demo/argocd/applications/demo-prod-7c1a-api-3843/sync`,
        ({ request }) => {
          seen = request;
          return HttpResponse.json(result);
        },
      ),
    );

    await expect(
      client.runArgoOperation(system, 'demo-prod-7c1a-api-3843', 'sync'),
    ).resolves.toEqual(result);
    expect(seen?.method).toBe('POST');
    expect(getAccessToken).not.toHaveBeenCalled();

    server.use(
      http.post(
        `${base}/entities/system/cloud-pi/demo/argocd/applications/x/refresh`,
        () => HttpResponse.json({ ...result, syncStatus: 'Weird' }),
      ),
    );
    await expect(
      client.runArgoOperation(system, 'x', 'refresh'),
    ).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

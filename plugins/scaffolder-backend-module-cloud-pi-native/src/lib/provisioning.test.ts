import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { Project } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  CloudPiProvisioningError,
  assertProvisioned,
  waitForProjectStatus,
} from './provisioning';

const BASE = 'http://console.test';
const ID = '1f5e3d2c-0000-4000-8000-000000000001';

function project(status: Project['status']): Project {
  const owner = {
    id: 'u1',
    firstName: 'Alice',
    lastName: 'Martin',
    email: 'alice.martin@interieur.gouv.fr',
    type: 'human',
  };
  return {
    id: ID,
    name: 'demo',
    slug: 'demo',
    description: '',
    status,
    locked: false,
    limitless: true,
    hprodCpu: 0,
    hprodGpu: 0,
    hprodMemory: 0,
    prodCpu: 0,
    prodGpu: 0,
    prodMemory: 0,
    everyonePerms: '896',
    ownerId: owner.id,
    owner,
    members: [],
    roles: [],
    clusterIds: [],
    lastSuccessProvisionningVersion: null,
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
  };
}

describe('provisioning', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const client = CloudPiConsoleClient.create({
    baseUrl: BASE,
    credential: { type: 'bearer', token: 'user-token' },
    retries: { max: 0 },
  });

  /** Answers the project reads with these statuses, in order (the last one repeats). */
  function statuses(...sequence: Project['status'][]) {
    const reads: string[] = [];
    server.use(
      http.get(`${BASE}/api/v1/projects/${ID}`, () => {
        const status = sequence[Math.min(reads.length, sequence.length - 1)];
        reads.push(status);
        return HttpResponse.json(project(status));
      }),
    );
    return reads;
  }

  it('re-reads the project until its provisioning settles', async () => {
    const reads = statuses('initializing', 'initializing', 'created');

    const settled = await waitForProjectStatus(client, ID, {
      pollIntervalMs: 1,
      timeoutMs: 1_000,
    });

    expect(settled.status).toBe('created');
    expect(reads).toEqual(['initializing', 'initializing', 'created']);
  });

  it('gives up after the timeout with a clear error', async () => {
    statuses('initializing');

    await expect(
      waitForProjectStatus(client, ID, { pollIntervalMs: 5, timeoutMs: 30 }),
    ).rejects.toThrow(
      new CloudPiProvisioningError(
        'The provisioning of the Cloud π project "demo" did not settle within 0 s (status "initializing"). Follow it in the console, then run the template again: it resumes where it stopped.',
      ),
    );
  });

  it('stops waiting when the task is cancelled', async () => {
    statuses('initializing');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);

    await expect(
      waitForProjectStatus(
        client,
        ID,
        { pollIntervalMs: 5, timeoutMs: 10_000 },
        controller.signal,
      ),
    ).rejects.toThrow('The task was cancelled');
  });

  it('fails with the summary of the last provisioning log', async () => {
    let logQuery: URLSearchParams | undefined;
    server.use(
      http.get(`${BASE}/api/v1/logs`, ({ request }) => {
        logQuery = new URL(request.url).searchParams;
        return HttpResponse.json({
          total: 3,
          logs: [
            {
              id: 'l1',
              action: 'Create Project',
              data: {
                failed: ['vault'],
                messageResume: 'Errors:\nvault: sealed;',
              },
              createdAt: '2026-11-28T10:00:01.000Z',
            },
          ],
        });
      }),
    );

    await expect(
      assertProvisioned(
        client,
        project('failed'),
        mockServices.logger.mock(),
        `${BASE}/projects/demo`,
      ),
    ).rejects.toThrow(
      'The provisioning of the Cloud π project "demo" failed: Errors:\nvault: sealed;. See the logs in the console (http://console.test/projects/demo?tab=logs)',
    );
    // The console requires `offset` and `limit`.
    expect(Object.fromEntries(logQuery!)).toEqual({
      projectId: ID,
      offset: '0',
      limit: '1',
    });
  });

  it('only warns when the project is partially degraded', async () => {
    server.use(
      http.get(`${BASE}/api/v1/logs`, () =>
        HttpResponse.json({ total: 0, logs: [] }),
      ),
    );
    const logger = mockServices.logger.mock();

    await assertProvisioned(client, project('warning'), logger, BASE);

    expect(logger.warn).toHaveBeenCalledWith(
      'The Cloud π project "demo" is partially degraded',
    );
  });
});

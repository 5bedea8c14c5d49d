import { readSpec } from '@cpin/cloud-pi-specs';
import {
  DEMO_ENVIRONMENT,
  PROD_ENVIRONMENT,
  stformSnapshot,
} from '../__testUtils__/projectSnapshots';
import {
  manualClock,
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { swaggerValidator } from '../__testUtils__/swaggerValidator';

describe('Argo CD API fake: refresh, sync and rollback', () => {
  const time = manualClock();
  const validate = swaggerValidator(
    readSpec('argocd', 'operations.subset.json'),
    {
      strict: true,
    },
  );
  let running: RunningToolWorld;
  /** Each zone's Argo CD signs its own sessions. */
  const tokens: Record<string, string> = {};
  let token: string;
  let prodApp: string;
  let demoApp: string;

  const argocd = (path: string, init: RequestInit = {}) =>
    fetch(`${running.url}/argocd/restricted${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
  const post = (path: string, body: object) => {
    // The requests this suite sends are valid ones for Argo CD.
    const operation = path.endsWith('/sync')
      ? 'applicationApplicationSyncRequest'
      : 'applicationApplicationRollbackRequest';
    expect(validate(operation, body)).toEqual([]);
    return argocd(path, { method: 'POST', body: JSON.stringify(body) });
  };
  const app = async (name: string) =>
    (await argocd(`/api/v1/applications/${name}`)).json();

  beforeAll(async () => {
    running = await startToolWorld({
      clock: time.clock,
      argocdSessionTtlSeconds: 3600,
    });
    await running.world.provisioner.upsertProject(
      stformSnapshot({ environments: [DEMO_ENVIRONMENT, PROD_ENVIRONMENT] }),
    );
    for (const zone of ['default', 'restricted']) {
      const login = await fetch(
        `${running.url}/argocd/${zone}/api/v1/session`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(running.world.credentials.argocd),
        },
      );
      tokens[zone] = (await login.json()).token;
    }
    token = tokens.restricted;
    const list = await argocd('/api/v1/applications?selector=dso/type=app');
    prodApp = (await list.json()).items[0].metadata.name;
    const all = await fetch(
      `${running.url}/argocd/default/api/v1/applications?selector=dso/type=app`,
      { headers: { authorization: `Bearer ${tokens.default}` } },
    );
    demoApp = (await all.json()).items[0].metadata.name;
    // A release: the manual prod application turns OutOfSync.
    running.world.demo.commitFile(
      'forge/projects/stform/infra',
      'values-prod.yaml',
      'replicaCount: 3\n',
    );
    time.advance(1000);
  });
  afterAll(() => running.close());

  it('refreshes an application: reconciled now, still in its project only', async () => {
    time.advance(60_000);
    const response = await argocd(
      `/api/v1/applications/${prodApp}?refresh=normal&project=stform-prod-${
        prodApp.split('-')[2]
      }-app`,
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(validate('v1alpha1Application', body)).toEqual([]);
    expect(body.status.sync.status).toBe('OutOfSync');
    expect(Date.parse(body.status.reconciledAt)).toBe(
      Math.floor(time.clock().getTime() / 1000) * 1000,
    );

    const other = await argocd(
      `/api/v1/applications/${prodApp}?refresh=normal&project=someone-else`,
    );
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ code: 5 });
  });

  it('syncs a manual application to its target revision, recording the deployment', async () => {
    const before = await app(prodApp);
    const project = before.spec.project;
    const elsewhere = await post(`/api/v1/applications/${prodApp}/sync`, {
      name: prodApp,
      project: 'stform-demo-3c58-app',
    });
    expect(elsewhere.status).toBe(404);
    expect((await app(prodApp)).status.sync.status).toBe('OutOfSync');

    const response = await post(`/api/v1/applications/${prodApp}/sync`, {
      name: prodApp,
      project,
      prune: false,
    });
    expect(response.status).toBe(200);
    const synced = await response.json();
    expect(validate('v1alpha1Application', synced)).toEqual([]);
    expect(synced.status.sync.status).toBe('Synced');
    expect(synced.status.history).toHaveLength(2);
    expect(synced.status.history[1]).toMatchObject({
      id: 1,
      initiatedBy: { username: 'admin' },
    });
    expect(synced.status.sync.revision).not.toBe(before.status.sync.revision);
  });

  it('rolls a manual application back to a history id, and refuses it with autosync', async () => {
    const current = await app(prodApp);
    const [first] = current.status.history;
    const response = await post(`/api/v1/applications/${prodApp}/rollback`, {
      name: prodApp,
      project: current.spec.project,
      id: first.id,
    });
    expect(response.status).toBe(200);
    const rolledBack = await response.json();
    expect(validate('v1alpha1Application', rolledBack)).toEqual([]);
    expect(rolledBack.status.sync.revision).toBe(first.revision);
    expect(rolledBack.status.sync.status).toBe('OutOfSync');
    expect(rolledBack.status.history).toHaveLength(3);

    const unknown = await post(`/api/v1/applications/${prodApp}/rollback`, {
      name: prodApp,
      project: current.spec.project,
      id: 42,
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      code: 3,
      message: `application argocd/${prodApp} does not have deployment with id 42`,
    });

    const automated = await fetch(
      `${running.url}/argocd/default/api/v1/applications/${demoApp}/rollback`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens.default}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: demoApp, id: 0 }),
      },
    );
    expect(automated.status).toBe(400);
    expect(await automated.json()).toMatchObject({
      code: 9,
      message: 'rollback cannot be initiated when auto-sync is enabled',
    });
  });

  it('answers 403 without a project for an application that does not exist', async () => {
    const response = await argocd('/api/v1/applications/nope/sync', {
      method: 'POST',
      body: JSON.stringify({ name: 'nope' }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 7,
      message: 'permission denied',
    });
  });
});

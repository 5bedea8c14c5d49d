import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO, startTestSandbox } from '../../__testUtils__/testSandbox';
import { ConsoleStore } from './ConsoleStore';
import { restoreState, serializeState } from './persistence';

describe('state persistence', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cpin-sandbox-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('round-trips BigInts and rebases zone URLs', () => {
    const store = new ConsoleStore();
    store.adminRoles.insert({
      id: 'r1',
      name: 'Tout le monde',
      permissions: 25608n,
      position: 0,
      oidcGroup: '',
      type: 'global',
    });
    store.zones.insert({
      id: 'z1',
      slug: 'default',
      label: 'DSO',
      description: '',
      argocdUrl: 'http://localhost:1111/argocd/default',
    });
    const text = serializeState(store, 'http://localhost:1111', {
      seed: 'none',
    });
    const restored = new ConsoleStore();
    expect(restoreState(restored, text, 'http://localhost:2222')).toEqual({
      seed: 'none',
    });
    expect(restored.adminRoles.get('r1')!.permissions).toBe(25608n);
    expect(restored.zones.findUnique('slug', 'default')!.argocdUrl).toBe(
      'http://localhost:2222/argocd/default',
    );
  });

  it('restores the console state instead of seeding again', async () => {
    const stateFile = path.join(dir, 'state.json');
    const first = await startTestSandbox({ stateFile });
    const owner = first.pat(DEMO.owner);
    const created = await first.call('POST', '/api/v1/projects', owner, {
      name: 'persiste',
      limitless: true,
      hprodCpu: 0,
      hprodGpu: 0,
      hprodMemory: 0,
      prodCpu: 0,
      prodGpu: 0,
      prodMemory: 0,
    });
    const token = await first.call('POST', '/api/v1/user/tokens', owner, {
      name: 'apres-redemarrage',
      expirationDate: new Date(Date.now() + 7 * 86400_000).toISOString(),
    });
    await first.sandbox.stop();
    expect(JSON.parse(await readFile(stateFile, 'utf8')).meta).toEqual({
      seed: 'demo',
    });

    const second = await startTestSandbox({ stateFile });
    try {
      const admin = { token: second.sandbox.credentials.adminToken };
      const projects = (
        await second.call('GET', '/api/v1/projects?filter=all', admin)
      ).body;
      expect(projects.filter((p: any) => p.name === 'portail')).toHaveLength(1);
      expect(projects.find((p: any) => p.slug === 'persiste').id).toBe(
        created.body.id,
      );
      const mine = await second.call('GET', '/api/v1/projects/persiste', {
        token: token.body.password,
      });
      expect(mine.status).toBe(200);
      // Tool fakes start empty: live projects are re-provisioned, silently.
      expect(second.provisioner.calls.map(c => c.slug)).toEqual(
        expect.arrayContaining([
          'portail',
          'sirh',
          'intranet',
          'cadastre',
          'persiste',
        ]),
      );
      expect(
        second.provisioner.calls.every(c => c.method === 'upsertProject'),
      ).toBe(true);
      expect(
        (await second.call('GET', '/api/v1/projects/sirh', owner)).body.status,
      ).toBe('failed');
      // The demo's tool states are set again, as on the first start (the
      // Argo CD names hash the sandbox's URL, whose port changed).
      const controls = (calls: unknown[][]) => calls.map(([name]) => name);
      expect(controls(second.demoCalls)).toEqual(controls(first.demoCalls));
      expect(second.demoCalls.length).toBeGreaterThan(3);
      expect(controls(second.demoCalls)).toEqual(
        expect.arrayContaining(['addDashboard', 'setAlertRules']),
      );
      const zones = (await second.call('GET', '/api/v1/zones', admin)).body;
      expect(zones[0].argocdUrl).toBe(`${second.sandbox.url}/argocd/default`);
    } finally {
      await second.sandbox.stop();
    }
  });
});

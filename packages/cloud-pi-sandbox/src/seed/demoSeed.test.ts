import {
  startTestSandbox,
  DEMO,
  type TestSandbox,
} from '../__testUtils__/testSandbox';
import {
  SANDBOX_DEMO_CREDENTIALS,
  SANDBOX_DEMO_USERS,
} from '../demo/demoCredentials';

describe('demo world', () => {
  let t: TestSandbox;
  let admin: { token: string };

  beforeAll(async () => {
    t = await startTestSandbox();
    admin = { token: t.sandbox.credentials.adminToken };
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  it('has projects in every notable state', async () => {
    const projects = (await t.call('GET', '/api/v1/projects?filter=all', admin))
      .body;
    const bySlug = Object.fromEntries(
      projects.map((p: any) => [p.slug.replace(/_\d+_archived$/, ''), p]),
    );
    expect(bySlug.portail).toMatchObject({
      status: 'created',
      locked: false,
      lastSuccessProvisionningVersion: '9.24.0',
      limitless: false,
    });
    expect(bySlug.sirh).toMatchObject({ status: 'failed', locked: false });
    expect(bySlug.intranet).toMatchObject({ status: 'created', locked: true });
    expect(bySlug.cadastre).toMatchObject({
      status: 'created',
      lastSuccessProvisionningVersion: '9.23.1',
    });
    expect(bySlug.ancienportail).toMatchObject({
      status: 'archived',
      locked: true,
    });
    expect(bySlug.cadastre.owner.email).toBe(DEMO.devops);
    expect(bySlug.cadastre.clusterIds).toHaveLength(1);
  });

  it('spreads environments over both zones', async () => {
    const zones = (await t.call('GET', '/api/v1/zones', admin)).body;
    const clusters = (
      await t.call('GET', '/api/v1/clusters', t.pat(DEMO.admin))
    ).body;
    const zoneOf = (clusterId: string) =>
      zones.find(
        (z: any) =>
          z.id === clusters.find((c: any) => c.id === clusterId).zoneId,
      ).slug;
    const envs = (
      await t.call('GET', '/api/v2/projects/cadastre/environments', admin)
    ).body;
    expect(envs.map((e: any) => [e.name, zoneOf(e.clusterId)])).toEqual([
      ['dev', 'default'],
      ['staging', 'default'],
      ['prod', 'dr'],
    ]);
    expect(zones.map((z: any) => [z.slug, z.label, z.argocdUrl])).toEqual([
      ['default', 'DSO', `${t.sandbox.url}/argocd/default`],
      ['dr', 'Zone Restreinte', `${t.sandbox.url}/argocd/dr`],
    ]);
  });

  it('went through provisioning for every project, and marked the demo states', async () => {
    for (const slug of [
      'portail',
      'sirh',
      'intranet',
      'cadastre',
      'urbanisme',
      'guichet',
      'nouveau',
      'ancienportail',
    ]) {
      expect(
        t.provisioner.callsFor(slug).some(c => c.method === 'upsertProject'),
      ).toBe(true);
    }
    expect(
      t.provisioner.calls.find(c => c.method === 'deleteProject')?.snapshot
        .project.slug,
    ).toBe('ancienportail');
    const [gate, outOfSync, degraded, ...states] = t.demoCalls;
    expect(gate).toEqual([
      'setQualityGate',
      expect.stringMatching(/^portail-api-[0-9a-f]{4}$/),
      'ERROR',
    ]);
    expect(outOfSync).toEqual([
      'setAppHealth',
      expect.stringMatching(/^portail-staging-[0-9a-f]{4}-infra-[0-9a-f]{4}$/),
      'OutOfSync',
      'Healthy',
    ]);
    expect(degraded).toEqual([
      'setAppHealth',
      expect.stringMatching(/^sirh-prod-[0-9a-f]{4}-sirh-infra-[0-9a-f]{4}$/),
      'Synced',
      'Degraded',
    ]);
    const names = states.map(([name]) => name);
    expect(names).toContain('runPipeline');
    expect(
      states.find(
        ([name, , , options]) =>
          name === 'runPipeline' &&
          (options as { failedJob?: string }).failedJob === 'test_app',
      )?.[1],
    ).toBe('forge/projects/cadastre/cadastre-api');
    expect(states).toContainEqual([
      'setImageScan',
      'guichet/guichet-web',
      expect.objectContaining({ critical: 2 }),
    ]);
    // Dashboards as code tagged with their repository, and alert rules on
    // the environments' namespaces.
    expect(
      states
        .filter(call => call[0] === 'addDashboard')
        .map(call => `${call[1]}/${call[2]}`),
    ).toEqual([
      'portail/api',
      'portail/front',
      'urbanisme/web',
      'urbanisme/instruction',
      'cadastre/cadastre-api',
    ]);
    expect(
      states.filter(call => call[0] === 'setAlertRules').map(call => call[1]),
    ).toEqual([
      'prod-portail',
      'hprod-portail',
      'hprod-urbanisme',
      'prod-urbanisme',
    ]);
  });

  it('deploys urbanisme through console Deployments', async () => {
    const upsert = t.provisioner
      .callsFor('urbanisme')
      .filter(c => c.method === 'upsertProject')
      .at(-1)!;
    expect(
      upsert.snapshot.deployments.map(d => [
        d.name,
        d.environment?.name,
        d.deploymentSources?.map(s => s.repository?.internalRepoName),
      ]),
    ).toEqual([
      ['web', 'dev', ['web']],
      ['instruction', 'dev', ['instruction']],
      ['web', 'prod', ['web']],
    ]);
  });

  it('gives each demo user the documented access', async () => {
    const slugs = async (email: string) =>
      (await t.call('GET', '/api/v1/projects', t.pat(email))).body
        .map((p: any) => p.slug)
        .sort();
    expect(await slugs(DEMO.owner)).toEqual(
      expect.arrayContaining(['cadastre', 'intranet', 'portail', 'sirh']),
    );
    expect(await slugs(DEMO.readonly)).toEqual([
      'guichet',
      'intranet',
      'portail',
      'sirh',
    ]);
    expect(await slugs(DEMO.nobody)).toEqual([]);
    const members = (
      await t.call('GET', '/api/v1/projects/portail/members', t.pat(DEMO.owner))
    ).body;
    const roles = (
      await t.call('GET', '/api/v1/projects/portail/roles', t.pat(DEMO.owner))
    ).body;
    const roleOf = (email: string) =>
      roles.find(
        (r: any) =>
          r.id === members.find((m: any) => m.email === email).roleIds[0],
      ).name;
    expect(roleOf(DEMO.devops)).toBe('DevOps');
    expect(roleOf(DEMO.developer)).toBe('Développeur');
    expect(roleOf(DEMO.readonly)).toBe('Lecture seule');
  });

  it('exposes the fixed demo credentials', () => {
    expect(t.sandbox.credentials.adminToken).toBe(
      SANDBOX_DEMO_CREDENTIALS.adminToken.value,
    );
    expect(t.sandbox.credentials.oidcClient).toEqual(
      SANDBOX_DEMO_CREDENTIALS.oidcClient,
    );
    const pats = SANDBOX_DEMO_USERS.flatMap(user =>
      user.pat ? [user.pat] : [],
    );
    expect(pats).toHaveLength(6);
    for (const pat of pats) expect(pat).toMatch(/^[A-Za-z0-9-]{48}$/);
    expect(SANDBOX_DEMO_CREDENTIALS.adminToken.value).toMatch(
      /^[A-Za-z0-9-]{48}$/,
    );
  });

  it('derives the same ids on every run', async () => {
    const other = await startTestSandbox();
    try {
      const ids = async (sandbox: TestSandbox) => {
        const token = { token: sandbox.sandbox.credentials.adminToken };
        const projects = (
          await sandbox.call(
            'GET',
            '/api/v1/projects?filter=all&statusNotIn=archived',
            token,
          )
        ).body;
        const envs = (
          await sandbox.call(
            'GET',
            '/api/v2/projects/portail/environments',
            token,
          )
        ).body;
        return [
          ...projects.map((p: any) => `${p.slug}:${p.id}`),
          ...envs.map((e: any) => e.id),
        ];
      };
      expect(await ids(other)).toEqual(await ids(t));
    } finally {
      await other.sandbox.stop();
    }
  });
});

import { mockCredentials } from '@backstage/backend-test-utils';
import {
  clustersResponseSchema,
  cloudPiEntityDataSchemas,
  instancesResponseSchema,
  namespaceName,
  projectsResponseSchema,
  sonarQubeProjectKey,
  stagesResponseSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { USERS } from './__testUtils__/demoWorld';

describe('card and picker routes against the sandbox', () => {
  let world: DemoSandbox;
  let backend: CardsBackend;
  let base: string;

  beforeAll(async () => {
    world = await startDemoSandbox();
    backend = await startCardsBackend({ world });
    base = world.sandbox.url;
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await world?.sandbox.stop();
  });

  const get = (path: string, user: string = USERS.alice.ref) =>
    request(backend.server)
      .get(`/api/cloud-pi-native${path}`)
      .set('Authorization', mockCredentials.user.header(user));

  const namespaceOf = (slug: string, environmentId: string) =>
    namespaceName(world.projectIds[slug], environmentId);

  describe('GET …/overview', () => {
    it('describes a healthy project with its team, tool links and logs', async () => {
      const response = await get('/entities/system/default/portail/overview');

      expect(response.status).toBe(200);
      const body = cloudPiEntityDataSchemas.overview.parse(response.body);
      expect(body.instance).toEqual({
        name: 'sandbox',
        title: 'Cloud π Native (sandbox)',
        projectUrl: `${base}/console/projects/portail`,
      });
      expect(body.project).toMatchObject({
        id: world.projectIds.portail,
        slug: 'portail',
        status: 'created',
        locked: false,
      });
      expect(body.provisioning).toEqual({
        outdated: false,
        lastSuccessVersion: '9.24.0',
        consoleVersion: '9.24.0',
      });
      expect(body.team).toEqual({
        owner: { name: 'Alice Martin', email: USERS.alice.email },
        size: 4,
      });
      expect(body.services.items).toEqual(
        expect.arrayContaining([
          {
            kind: 'console',
            title: 'Cloud π Native (sandbox)',
            url: `${base}/console/projects/portail`,
          },
          expect.objectContaining({
            kind: 'argocd',
            zone: { slug: 'default', label: 'DSO' },
          }),
          expect.objectContaining({
            kind: 'grafana',
            url: `${base}/grafana/prod-portail`,
            stageKind: 'prod',
          }),
          expect.objectContaining({
            kind: 'gitlab',
            url: `${base}/gitlab/forge/projects/portail`,
          }),
        ]),
      );
      expect(body.logs.items.length).toBeGreaterThan(0);
      expect(body.logs.items.every(l => l.result === 'OK')).toBe(true);
      expect(body.permissions).toEqual({ canReprovision: true });
    });

    it('reports a failed project with the failing plugin in its last log', async () => {
      const response = await get('/entities/system/default/sirh/overview');

      const body = cloudPiEntityDataSchemas.overview.parse(response.body);
      expect(body.project.status).toBe('failed');
      expect(body.logs.items[0]).toMatchObject({
        action: 'Replay hooks for Project',
        result: 'KO',
        messageResume: expect.stringContaining('vault'),
      });
    });

    it('flags an outdated project and refuses reprovisioning a locked one', async () => {
      const cadastre = cloudPiEntityDataSchemas.overview.parse(
        (await get('/entities/system/default/cadastre/overview')).body,
      );
      const intranet = cloudPiEntityDataSchemas.overview.parse(
        (await get('/entities/system/default/intranet/overview')).body,
      );

      expect(cadastre.provisioning).toMatchObject({
        outdated: true,
        lastSuccessVersion: '9.23.1',
      });
      expect(intranet.project.locked).toBe(true);
      expect(intranet.permissions.canReprovision).toBe(false);
    });

    it('answers 404 for an archived project', async () => {
      const response = await get(
        '/entities/system/default/ancienportail/overview',
      );

      expect(response.status).toBe(404);
      expect(response.body.error.name).toBe('NotFoundError');
    });
  });

  describe('GET …/environments', () => {
    it('lists the environments in stage order with their namespace and the budget', async () => {
      const response = await get(
        '/entities/system/default/portail/environments',
      );

      const body = cloudPiEntityDataSchemas.environments.parse(response.body);
      expect(
        body.environments.map(e => [
          e.name,
          e.stageKind,
          e.cluster.label,
          e.zone.slug,
        ]),
      ).toEqual([
        ['dev', 'hprod', 'ovh-hprod', 'default'],
        ['staging', 'hprod', 'ovh-hprod', 'default'],
        ['prod', 'prod', 'ovh-prod', 'default'],
      ]);
      for (const environment of body.environments) {
        expect(environment.namespace).toBe(
          namespaceOf('portail', environment.id),
        );
      }
      expect(body.environments[2]).toMatchObject({
        resources: { cpu: 4, gpu: 0, memory: 8 },
        autosync: false,
      });
      expect(body.budget).toEqual({
        limitless: false,
        hprod: {
          cpu: { limit: 8, allocated: 3 },
          gpu: { limit: 0, allocated: 0 },
          memory: { limit: 16, allocated: 6 },
        },
        prod: {
          cpu: { limit: 8, allocated: 4 },
          gpu: { limit: 0, allocated: 0 },
          memory: { limit: 16, allocated: 8 },
        },
      });
    });

    it('gives an environment entity only its own environment', async () => {
      const response = await get(
        '/entities/resource/default/cadastre-dev/environments',
      );

      const body = cloudPiEntityDataSchemas.environments.parse(response.body);
      expect(body.environments).toHaveLength(1);
      expect(body.environments[0]).toMatchObject({
        name: 'dev',
        cluster: { label: 'ia-gpu' },
        resources: { cpu: 2, gpu: 1, memory: 8 },
      });
      expect(body.budget.limitless).toBe(true);
    });
  });

  describe('GET …/quality-gate', () => {
    it('shows the failing gate of portail/api with its failed condition', async () => {
      const response = await get(
        '/entities/system/default/portail/quality-gate',
      );

      const body = cloudPiEntityDataSchemas['quality-gate'].parse(
        response.body,
      );
      expect(body.repositories.map(r => r.repositoryName)).toEqual([
        'front',
        'api',
        'infra',
      ]);
      const api = body.repositories.find(r => r.repositoryName === 'api')!;
      expect(api.projectKey).toBe(sonarQubeProjectKey('portail', 'api'));
      expect(api.url).toBe(
        `${base}/sonarqube/dashboard?id=${sonarQubeProjectKey(
          'portail',
          'api',
        )}`,
      );
      expect(api.analysis).toMatchObject({
        status: 'ERROR',
        failedConditions: [
          {
            metric: 'new_coverage',
            comparator: 'LT',
            threshold: '80',
            actual: '61.2',
          },
        ],
        overall: { bugs: 1, coverage: 65.1, reliabilityRating: 'B' },
        newCode: { coverage: 61.2 },
      });
      expect(api.analysis!.analysedAt).not.toBeNull();
      expect(
        body.repositories
          .filter(r => r.repositoryName !== 'api')
          .map(r => r.analysis?.status),
      ).toEqual(['OK', 'OK']);
    });

    it('gives a repository entity only its own row', async () => {
      const response = await get(
        '/entities/component/default/portail-api/quality-gate',
      );

      const body = cloudPiEntityDataSchemas['quality-gate'].parse(
        response.body,
      );
      expect(
        body.repositories.map(r => [r.repositoryName, r.analysis?.status]),
      ).toEqual([['api', 'ERROR']]);
    });
  });

  describe('GET …/deployments', () => {
    it('shows the out-of-sync infra app of portail staging and each namespace quota', async () => {
      const response = await get(
        '/entities/system/default/portail/deployments',
      );

      const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
      expect(body.environments.map(e => e.name)).toEqual([
        'dev',
        'staging',
        'prod',
      ]);
      const staging = body.environments[1];
      const infra = staging.applications.find(a => a.name.includes('-infra-'))!;
      expect(infra).toMatchObject({
        name: expect.stringMatching(
          /^portail-staging-[0-9a-f]{4}-infra-[0-9a-f]{4}$/,
        ),
        syncStatus: 'OutOfSync',
        healthStatus: 'Healthy',
        url: `${base}/argocd/default/applications/${infra.name}`,
      });
      expect(infra.outOfSyncResources).toBeGreaterThan(0);
      expect(staging.quota).toMatchObject({
        cpu: { hard: 2 },
        memory: { hard: 4 },
        gpu: { hard: 0 },
      });
      expect(
        body.environments
          .filter(e => e.name !== 'staging')
          .flatMap(e => e.applications.map(a => a.syncStatus)),
      ).toEqual(expect.arrayContaining(['Synced']));
    });

    it('reads the Argo CD of the zone of each environment (degraded sirh prod in zone dr)', async () => {
      const response = await get(
        '/entities/resource/default/sirh-prod/deployments',
      );

      const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
      expect(body.environments).toHaveLength(1);
      const [prod] = body.environments;
      expect(prod.zone).toEqual({ slug: 'dr', label: 'Zone Restreinte' });
      expect(prod.applications).toContainEqual(
        expect.objectContaining({
          healthStatus: 'Degraded',
          url: expect.stringContaining(`${base}/argocd/dr/applications/`),
        }),
      );
    });

    it('gives a repository entity only the applications deploying it', async () => {
      const response = await get(
        '/entities/component/default/portail-infra/deployments',
      );

      const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
      const names = body.environments.flatMap(e =>
        e.applications.map(a => a.name),
      );
      expect(names).toHaveLength(3);
      expect(names.every(n => /-infra-[0-9a-f]{4}$/.test(n))).toBe(true);
    });

    it('gives an application repository the infra applications running its workloads', async () => {
      const response = await get(
        '/entities/component/default/portail-api/deployments',
      );

      const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
      expect(
        body.environments.map(e => [
          e.name,
          e.applications.map(a => [
            a.name.replace(/-[0-9a-f]{4}$/, ''),
            a.repository,
            a.deployments,
          ]),
        ]),
      ).toEqual([
        ['dev', [['portail-dev-6293-infra', 'infra', []]]],
        ['staging', [['portail-staging-41a5-infra', 'infra', []]]],
        ['prod', [['portail-prod-c626-infra', 'infra', []]]],
      ]);
    });

    it('gives a repository deployed by a console Deployment its application and the deployment', async () => {
      const response = await get(
        '/entities/component/default/urbanisme-web/deployments',
      );

      const body = cloudPiEntityDataSchemas.deployments.parse(response.body);
      expect(
        body.environments.map(e => [
          e.name,
          e.applications.map(a => [
            a.name.replace(/-[0-9a-f]{4}$/, ''),
            a.repository,
            a.deployments,
          ]),
        ]),
      ).toEqual([
        ['dev', [['urbanisme-dev-6293-web', 'web', ['web']]]],
        ['prod', [['urbanisme-prod-c626-web', 'web', ['web']]]],
      ]);
      // The values repository is read, not deployed: nothing there.
      const config = cloudPiEntityDataSchemas.deployments.parse(
        (await get('/entities/component/default/urbanisme-config/deployments'))
          .body,
      );
      expect(config.environments.flatMap(e => e.applications)).toEqual([]);
    });
  });

  describe('GET …/observability', () => {
    it('links each environment to the Grafana of its kind, Loki filtered on its namespace', async () => {
      const response = await get(
        '/entities/system/default/portail/observability',
      );

      const body = cloudPiEntityDataSchemas.observability.parse(response.body);
      expect(body.grafana).toEqual({
        hprod: `${base}/grafana/hprod-portail`,
        prod: `${base}/grafana/prod-portail`,
      });
      expect(body.dashboardsRepositoryUrl).toBe(
        `${base}/gitlab/forge/projects/portail/infra-observability`,
      );
      const prod = body.environments.find(e => e.name === 'prod')!;
      expect(prod.links!.grafana).toBe(`${base}/grafana/prod-portail`);
      expect(prod.links!.alerts).toBe(
        `${base}/grafana/prod-portail/alerting/list`,
      );
      const panes = JSON.parse(
        new URL(prod.links!.logs).searchParams.get('panes')!,
      );
      expect(panes.cpin.queries[0].expr).toBe(
        `{namespace="${prod.namespace}"}`,
      );
      expect(panes.cpin.datasource).toMatch(/^loki-prod-[0-9a-z]+$/);
    });

    it('has no production Grafana for a project without a prod environment', async () => {
      const response = await get(
        '/entities/resource/default/intranet-dev/observability',
      );

      const body = cloudPiEntityDataSchemas.observability.parse(response.body);
      expect(body.environments.map(e => e.name)).toEqual(['dev']);
      expect(body.grafana.prod).toBe(`${base}/grafana/prod-intranet`);
    });
  });

  describe('pickers', () => {
    it('lists the configured instances', async () => {
      const body = instancesResponseSchema.parse(
        (await get('/instances')).body,
      );
      expect(body.instances).toEqual([
        { name: 'sandbox', title: 'Cloud π Native (sandbox)' },
      ]);
    });

    it('lists the projects of the caller, asked to the console as that user', async () => {
      const token = await world.sandbox.issueAccessToken(USERS.bob.email);
      const response = await get(
        '/instances/sandbox/projects',
        USERS.bob.ref,
      ).set('x-cloud-pi-user-token', token);

      const body = projectsResponseSchema.parse(response.body);
      expect(body.projects.map(p => p.slug)).toEqual([
        'cadastre',
        'guichet',
        'portail',
        'sirh',
        'urbanisme',
      ]);
    });

    it('needs the user token for the projects picker', async () => {
      const response = await get('/instances/sandbox/projects');

      expect(response.status).toBe(401);
      expect(response.body.error.message).toContain('x-cloud-pi-user-token');
    });

    it('lists the stages with their kind', async () => {
      const body = stagesResponseSchema.parse(
        (await get('/instances/sandbox/stages')).body,
      );
      expect(body.stages.map(s => [s.name, s.stageKind])).toEqual([
        ['dev', 'hprod'],
        ['staging', 'hprod'],
        ['prod', 'prod'],
      ]);
    });

    it('lists public clusters, and the dedicated ones of a project to its members', async () => {
      const stages = stagesResponseSchema.parse(
        (await get('/instances/sandbox/stages')).body,
      ).stages;
      const dev = stages.find(s => s.name === 'dev')!;

      const plain = clustersResponseSchema.parse(
        (await get(`/instances/sandbox/clusters?stageId=${dev.id}`)).body,
      );
      const forCadastre = clustersResponseSchema.parse(
        (
          await get(
            `/instances/sandbox/clusters?stageId=${dev.id}&projectId=cadastre`,
          )
        ).body,
      );
      const forEve = await get(
        `/instances/sandbox/clusters?stageId=${dev.id}&projectId=cadastre`,
        USERS.eve.ref,
      );

      expect(plain.clusters.map(c => c.label).sort()).toEqual([
        'dr-restreint',
        'ovh-hprod',
      ]);
      expect(plain.clusters.every(c => c.remainingCapacity === undefined)).toBe(
        true,
      );
      expect(forCadastre.clusters.map(c => c.label).sort()).toEqual([
        'dr-restreint',
        'ia-gpu',
        'ovh-hprod',
      ]);
      expect(forEve.status).toBe(403);
    });

    it('shows the remaining capacity to platform administrators', async () => {
      const stages = stagesResponseSchema.parse(
        (await get('/instances/sandbox/stages')).body,
      ).stages;
      const prod = stages.find(s => s.name === 'prod')!;

      const body = clustersResponseSchema.parse(
        (
          await get(
            `/instances/sandbox/clusters?stageId=${prod.id}`,
            USERS.admin.ref,
          )
        ).body,
      );

      const ovhProd = body.clusters.find(c => c.label === 'ovh-prod')!;
      // 64 cores, minus portail prod (4), intranet prod (1), urbanisme prod (2)
      // and guichet prod (2).
      expect(ovhProd.remainingCapacity).toEqual({
        cpu: 55,
        gpu: 4,
        memory: 238,
      });
    });

    it('answers 404 for an unknown instance and 400 for a malformed one', async () => {
      expect((await get('/instances/other/stages')).status).toBe(404);
      expect((await get('/instances/a%2Fb/stages')).status).toBe(400);
    });
  });

  describe('entity references', () => {
    it.each([
      'system/a%2Fb/portail',
      'system/default/po%3Artail',
      'sys%20tem/default/portail',
    ])('refuses the malformed reference %s with 400', async ref => {
      const response = await get(`/entities/${ref}/overview`);

      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
    });

    it('answers 404 for an entity that is not a Cloud π entity', async () => {
      const response = await get(
        '/entities/user/default/alice.martin/overview',
      );

      expect(response.status).toBe(404);
      expect(response.body.error.message).toContain(
        'not a Cloud π Native entity',
      );
    });
  });
});

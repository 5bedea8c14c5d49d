import { mockCredentials } from '@backstage/backend-test-utils';
import {
  JourneyResponse,
  JourneyStepId,
  buildsResponseSchema,
  imagesResponseSchema,
  journeyResponseSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import request from 'supertest';
import {
  CardsBackend,
  DemoSandbox,
  startCardsBackend,
  startDemoSandbox,
} from './__testUtils__/cardsBackend';
import { USERS } from './__testUtils__/demoWorld';

describe('builds, images and onboarding journey against the sandbox', () => {
  let world: DemoSandbox;
  let backend: CardsBackend;

  const get = (path: string, user: string = USERS.alice.ref) =>
    request(backend.server)
      .get(`/api/cloud-pi-native/entities/${path}`)
      .set('Authorization', mockCredentials.user.header(user));
  const journey = async (slug: string): Promise<JourneyResponse> => {
    const response = await get(`system/default/${slug}/journey`);
    expect(response.status).toBe(200);
    return journeyResponseSchema.parse(response.body);
  };
  const states = (body: JourneyResponse) =>
    Object.fromEntries(body.steps.map(s => [s.id, s.state])) as Record<
      JourneyStepId,
      string
    >;
  const stepOf = (body: JourneyResponse, id: JourneyStepId) =>
    body.steps.find(s => s.id === id)!;

  beforeAll(async () => {
    world = await startDemoSandbox();
    backend = await startCardsBackend({ world });
  }, 120_000);

  afterAll(async () => {
    await backend?.stop();
    await world?.sandbox.stop();
  });

  describe('builds (secondary chain)', () => {
    it('gives each repository its default-branch and branch pipelines, failed jobs and mirror', async () => {
      const response = await get('system/default/portail/builds');
      const body = buildsResponseSchema.parse(response.body);

      const [front, api, infra] = body.repositories;
      expect(front).toMatchObject({
        repositoryName: 'front',
        defaultBranch: 'main',
        latest: { ref: 'main', status: 'success', failedJobs: [] },
        branches: [{ ref: 'feat/recherche', status: 'success' }],
        mirror: { state: 'synced', branch: null },
      });
      expect(front.latest!.durationSeconds).toBeGreaterThan(0);
      expect(front.latest!.url).toMatch(
        /\/gitlab\/forge\/projects\/portail\/front\/-\/pipelines\/\d+$/,
      );
      expect(front.mirror!.url).toMatch(
        /\/gitlab\/forge\/projects\/portail\/mirror\/-\/pipelines\/\d+$/,
      );
      expect(api).toMatchObject({
        mirror: null,
        latest: { status: 'success' },
        branches: [
          {
            ref: 'feat/pagination',
            status: 'failed',
            failedJobs: ['sonar_analysis'],
          },
        ],
      });
      expect(infra).toMatchObject({
        isInfra: true,
        latest: null,
        branches: [],
      });
    });

    it('scopes a repository entity to its row, and reports a failing main and a failed mirror', async () => {
      const cadastre = buildsResponseSchema.parse(
        (await get('component/default/cadastre-cadastre-api/builds')).body,
      );
      expect(cadastre.repositories).toHaveLength(1);
      expect(cadastre.repositories[0].latest).toMatchObject({
        ref: 'main',
        status: 'failed',
        failedJobs: ['test_app'],
      });

      const sirh = buildsResponseSchema.parse(
        (await get('system/default/sirh/builds')).body,
      );
      expect(
        sirh.repositories.map(r => [r.repositoryName, r.mirror?.state]),
      ).toEqual([
        ['sirh-app', 'failed'],
        ['sirh-infra', 'synced'],
      ]);
    });
  });

  describe('images (Harbor)', () => {
    it('matches the images Argo CD runs with their Harbor artifact, scan and signature', async () => {
      const body = imagesResponseSchema.parse(
        (await get('system/default/guichet/images')).body,
      );

      expect(body.registry.project).toBe('guichet');
      expect(body.repositories.map(r => r.name)).toEqual([
        'guichet/guichet-web',
      ]);
      const prod = body.environments.find(e => e.name === 'prod')!;
      expect(prod.images).toEqual([
        {
          reference: expect.stringMatching(
            /\/guichet\/guichet-web:1\.\d+\.\d+$/,
          ),
          applications: [
            expect.stringMatching(/^guichet-prod-[0-9a-f]{4}-guichet-infra-/),
          ],
          artifact: expect.objectContaining({
            repository: 'guichet/guichet-web',
            signed: true,
            scan: expect.objectContaining({
              status: 'success',
              vulnerabilities: expect.objectContaining({
                critical: 2,
                fixable: 6,
              }),
            }),
          }),
        },
      ]);
    });

    it('scopes to an environment or a repository', async () => {
      const environment = imagesResponseSchema.parse(
        (await get('resource/default/sirh-prod/images')).body,
      );
      expect(environment.environments.map(e => e.name)).toEqual(['prod']);
      expect(environment.environments[0].images[0].artifact?.signed).toBe(
        false,
      );

      const infra = imagesResponseSchema.parse(
        (await get('component/default/sirh-sirh-infra/images')).body,
      );
      expect(infra.repositories).toEqual([]);
      expect(infra.environments.every(e => e.images.length === 0)).toBe(true);
    });
  });

  describe('onboarding journey', () => {
    it('shows a project that has just enrolled: everything after its tools is not started', async () => {
      const body = await journey('nouveau');

      expect(states(body)).toEqual({
        enrolment: 'done',
        toolResources: 'done',
        repositories: 'not-started',
        pipeline: 'not-started',
        namespaces: 'not-started',
        artefacts: 'not-started',
        qualityAnalysis: 'not-started',
        images: 'not-started',
        deployment: 'not-started',
        observability: 'not-started',
      });
      expect(stepOf(body, 'repositories').nextAction).toEqual({
        kind: 'template',
        code: 'addRepository',
        templateRef: 'template:default/cpin-add-repository',
      });
      expect(stepOf(body, 'namespaces').nextAction).toMatchObject({
        kind: 'template',
        templateRef: 'template:default/cpin-add-environment',
      });
      expect(stepOf(body, 'enrolment').nextAction).toBeNull();
    });

    it('blocks the images of a project running a critical vulnerability in production', async () => {
      const body = await journey('guichet');

      expect(states(body)).toEqual({
        enrolment: 'done',
        toolResources: 'done',
        repositories: 'done',
        pipeline: 'done',
        namespaces: 'done',
        artefacts: 'done',
        qualityAnalysis: 'done',
        images: 'blocked',
        deployment: 'done',
        observability: 'done',
      });
      const images = stepOf(body, 'images');
      expect(images.evidence[0]).toMatchObject({
        code: 'criticalInProduction',
        params: { environment: 'prod', critical: 2, fixable: 6 },
        url: expect.stringContaining('/harbor/projects/'),
      });
      expect(images.nextAction).toMatchObject({
        kind: 'link',
        code: 'openRegistry',
      });
    });

    it('blocks the artefacts of a project whose main pipeline fails, with the failed jobs', async () => {
      const body = await journey('cadastre');

      expect(stepOf(body, 'artefacts')).toMatchObject({
        state: 'blocked',
        evidence: [
          {
            code: 'buildFailed',
            params: {
              repository: 'cadastre-api',
              ref: 'main',
              jobs: 'test_app',
            },
          },
        ],
        nextAction: { kind: 'link', code: 'openPipeline' },
      });
      // Provisioned by 9.23.1 while the console is 9.24.0.
      expect(stepOf(body, 'toolResources')).toMatchObject({
        state: 'in-progress',
        evidence: [
          { code: 'provisioningOutdated', params: { version: '9.23.1' } },
        ],
        nextAction: { kind: 'console', code: 'reprovision' },
      });
    });

    it('blocks quality on a failing gate (with its conditions), and deployment on a manual OutOfSync', async () => {
      const body = await journey('portail');

      expect(stepOf(body, 'qualityAnalysis')).toMatchObject({
        state: 'blocked',
        evidence: [
          {
            code: 'qualityGateFailed',
            params: {
              repository: 'api',
              conditions: 'new_coverage < 80 (61.2)',
            },
            // For the frontend to word in the user's language.
            conditions: [
              {
                metric: 'new_coverage',
                comparator: 'LT',
                threshold: '80',
                actual: '61.2',
              },
            ],
          },
          { code: 'qualityGatePassed', params: { repository: 'front' } },
        ],
        nextAction: { kind: 'link', code: 'openQualityGate' },
      });
      const deployment = stepOf(body, 'deployment');
      expect(deployment.state).toBe('blocked');
      expect(deployment.evidence[0]).toMatchObject({
        code: 'outOfSyncManual',
        params: { environment: 'prod' },
      });
      expect(deployment.nextAction).toMatchObject({ code: 'syncApplication' });
    });

    it('blocks a failed provisioning, a failed mirror, an unsigned image and a Degraded application', async () => {
      const body = await journey('sirh');

      expect(states(body)).toMatchObject({
        toolResources: 'blocked',
        repositories: 'blocked',
        images: 'blocked',
        deployment: 'blocked',
      });
      expect(
        stepOf(body, 'toolResources').evidence[0].params.message,
      ).toContain('Permission refusée');
      expect(stepOf(body, 'images').evidence[0].code).toBe('unsignedDeployed');
      expect(stepOf(body, 'images').nextAction).toMatchObject({
        kind: 'documentation',
        url: 'https://cloud-pi-native.fr/guide/images-sign',
      });
      expect(stepOf(body, 'deployment').evidence[0].code).toBe(
        'applicationDegraded',
      );
    });

    it('blocks the enrolment of a locked project', async () => {
      const body = await journey('intranet');
      expect(stepOf(body, 'enrolment')).toMatchObject({
        state: 'blocked',
        evidence: [{ code: 'projectLocked' }],
        nextAction: { kind: 'console', code: 'unlockProject' },
      });
    });

    it('serves the journey of the project to its members only, and from the cache', async () => {
      const refused = await get(
        'system/default/guichet/journey',
        USERS.eve.ref,
      );
      expect(refused.status).toBe(403);

      await journey('guichet');
      backend.resetCalls();
      for (let i = 0; i < 10; i++) {
        const response = await get(
          'system/default/guichet/journey',
          USERS.david.ref,
        );
        expect(response.status).toBe(200);
      }
      expect(backend.calls).toEqual([]);
    });
  });
});

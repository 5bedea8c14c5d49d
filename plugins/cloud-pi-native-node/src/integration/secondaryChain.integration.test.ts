import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthenticationError,
  InputError,
  NotFoundError,
} from '@backstage/errors';
import {
  argoCdAppProjectName,
  dsoLabelSelector,
  gitlabGroupPath,
} from '@cpin/plugin-cloud-pi-native-common';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { HarborClient, isCosignSigned, scanFacts } from '../harbor';
import { DefaultCloudPiService } from '../service/DefaultCloudPiService';
import { CloudPiInstance } from '../service/types';

/**
 * The GitLab pipeline reads, the Harbor client and the Argo CD operations
 * over real HTTP against the sandbox's demo world.
 */
describe('secondary chain clients against the Cloud π sandbox', () => {
  let sandbox: Sandbox;
  let instance: CloudPiInstance;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 'demo' });
    const { urls, credentials } = sandbox;
    const { tools } = credentials;
    const service = DefaultCloudPiService.fromConfig(
      new ConfigReader({
        cloudPiNative: {
          instances: [
            {
              name: 'sandbox',
              consoleUrl: urls.console,
              token: credentials.adminToken,
              projectsRootDir: 'forge/projects',
              gitlab: { url: urls.gitlab, token: tools.gitlabToken },
              harbor: { url: urls.harbor, ...tools.harbor },
              argocd: Object.entries(urls.argocd).map(([zone, url]) => ({
                zone,
                url,
                ...tools.argocd,
              })),
              retries: { max: 0 },
            },
          ],
        },
      }),
      { logger: mockServices.logger.mock() },
    );
    instance = service.getInstance('sandbox');
  }, 120_000);

  afterAll(async () => {
    await sandbox?.stop();
  });

  describe('GitLab pipelines', () => {
    const group = (slug: string) => gitlabGroupPath('forge/projects', slug);

    it('lists the projects of a group with their default branch', async () => {
      const projects = await instance.gitlab!.listGroupProjects(
        group('portail'),
      );

      expect(projects.map(p => p.path).sort()).toEqual([
        'api',
        'front',
        'infra',
        'infra-apps',
        'infra-observability',
        'mirror',
      ]);
      expect(projects.every(p => p.defaultBranch === 'main')).toBe(true);
    });

    it('reads the latest pipelines, their timing and their failed jobs', async () => {
      const gitlab = instance.gitlab!;
      const project = `${group('cadastre')}/cadastre-api`;
      const pipelines = await gitlab.listPipelines(project);
      const refs = pipelines.map(p => p.ref);
      expect(refs.indexOf('main')).toBeLessThan(refs.indexOf('feat/export'));

      const [main] = await gitlab.listPipelines(project, {
        ref: 'main',
        perPage: 1,
      });
      const details = await gitlab.getPipeline(project, main.id);
      expect(details).toMatchObject({
        status: 'failed',
        durationSeconds: expect.any(Number),
        finishedAt: expect.any(String),
      });
      const failed = await gitlab.listPipelineJobs(project, main.id, {
        scope: ['failed'],
      });
      expect(failed.map(j => [j.name, j.stage, j.status])).toEqual([
        ['test_app', 'test', 'failed'],
      ]);
    });

    it('reads the variables of the mirror syncs', async () => {
      const mirror = `${group('sirh')}/mirror`;
      const [latest] = await instance.gitlab!.listPipelines(mirror, {
        perPage: 1,
      });
      const variables = await instance.gitlab!.getPipelineVariables(
        mirror,
        latest.id,
      );

      expect(variables).toContainEqual({
        key: 'PROJECT_NAME',
        value: 'sirh-infra',
      });
    });
  });

  describe('Harbor', () => {
    it('reads a project, its repositories and artifacts with scan and signature', async () => {
      const harbor = instance.harbor!;
      const project = await harbor.getProject('guichet');
      const repositories = await harbor.listRepositories('guichet');
      const [artifact] = await harbor.listArtifacts('guichet', 'guichet-web');

      expect(project.name).toBe('guichet');
      expect(repositories.map(r => r.name)).toEqual(['guichet/guichet-web']);
      expect(artifact.tags.map(t => t.name)).toEqual([
        expect.stringMatching(/^1\.\d+\.\d+$/),
      ]);
      expect(isCosignSigned(artifact)).toBe(true);
      expect(scanFacts(artifact)).toMatchObject({
        status: 'success',
        vulnerabilities: {
          critical: 2,
          high: 5,
          medium: 9,
          low: 14,
          fixable: 6,
        },
      });
      const byTag = await harbor.getArtifact(
        'guichet',
        'guichet-web',
        artifact.tags[0].name,
      );
      expect(byTag.digest).toBe(artifact.digest);
    });

    it('sees the unsigned demo image, and maps Harbor errors', async () => {
      const [unsigned] = await instance.harbor!.listArtifacts(
        'sirh',
        'sirh-app',
      );
      expect(isCosignSigned(unsigned)).toBe(false);

      await expect(instance.harbor!.getProject('nope')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const wrong = HarborClient.create({
        baseUrl: sandbox.urls.harbor,
        username: 'admin',
        password: 'not-the-password',
        retries: { max: 0 },
      });
      const refusal = wrong.getProject('guichet');
      await expect(refusal).rejects.toBeInstanceOf(AuthenticationError);
      await expect(refusal).rejects.not.toThrow('not-the-password');
    });
  });

  describe('Argo CD operations', () => {
    const prodApp = async () => {
      const [app] = await instance.argocd('default')!.listApplications({
        selector: `${dsoLabelSelector('portail', 'prod')},dso/type=app`,
      });
      return app;
    };

    it('refreshes, syncs and rolls back inside the AppProject only', async () => {
      const argocd = instance.argocd('default')!;
      const app = await prodApp();
      const project = argoCdAppProjectName('portail', 'prod');
      expect(app.spec.project).toBe(project);

      const refreshed = await argocd.refreshApplication(app.metadata.name, {
        project,
      });
      expect(refreshed.status?.sync?.status).toBe('OutOfSync');
      await expect(
        argocd.syncApplication(app.metadata.name, {
          project: argoCdAppProjectName('portail', 'dev'),
        }),
      ).rejects.toBeInstanceOf(NotFoundError);

      const synced = await argocd.syncApplication(app.metadata.name, {
        project,
      });
      expect(synced.status?.sync?.status).toBe('Synced');
      const [first] = synced.status?.history ?? [];
      const rolledBack = await argocd.rollbackApplication(app.metadata.name, {
        project,
        id: Number(first.id),
      });
      expect(rolledBack.status?.sync?.revision).toBe(first.revision);
    });

    it('gets Argo CD refusals as errors', async () => {
      const argocd = instance.argocd('default')!;
      const [staging] = await argocd.listApplications({
        selector: `${dsoLabelSelector('portail', 'staging')},dso/type=app`,
      });
      const refusal = argocd.rollbackApplication(staging.metadata.name, {
        project: staging.spec.project,
        id: 0,
      });
      await expect(refusal).rejects.toBeInstanceOf(InputError);
      await expect(refusal).rejects.toThrow('auto-sync is enabled');
    });
  });
});

import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  dsoLabelSelector,
  gitlabProjectPath,
  namespaceName,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import { Sandbox, startSandbox } from '@cpin/cloud-pi-sandbox';
import { DefaultCloudPiService } from '../service/DefaultCloudPiService';
import { CloudPiInstance } from '../service/types';

/**
 * The clients over real HTTP against the Cloud π sandbox (console stand-in
 * and tool fakes), seeded with the demo world.
 */
describe('against the Cloud π sandbox', () => {
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
              vault: { url: urls.vault, token: tools.vaultToken },
              sonarqube: { url: urls.sonarqube, token: tools.sonarqubeToken },
              grafana: { url: urls.grafana },
              argocd: Object.entries(urls.argocd).map(([zone, url]) => ({
                zone,
                url,
                ...tools.argocd,
              })),
              kubernetes: Object.entries(urls.kubernetes).map(
                // The sandbox serves plain http on the loopback interface.
                ([cluster, url]) => ({
                  cluster,
                  url,
                  token: tools.kubernetesToken,
                  skipTLSVerify: true,
                }),
              ),
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

  it('lists every live project with the admin token', async () => {
    const projects = await instance.console.projects.list({
      filter: 'all',
      statusNotIn: ['archived'],
    });

    expect(projects.map(p => p.slug)).toEqual(
      expect.arrayContaining(['portail', 'sirh']),
    );
    expect(projects.every(p => p.status !== 'archived')).toBe(true);
  });

  it("turns the HTTP server's 431 on a huge path into an InputError", async () => {
    const error = await instance.console.projects
      .get('x'.repeat(100_000))
      .catch(e => e);

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'La requête envoyée à Cloud π console est trop volumineuse (HTTP 431) : raccourcissez les valeurs saisies.',
    );
  });

  it('creates a project as a user with a personal access token', async () => {
    const alice = sandbox.credentials.users.find(
      u => u.email === 'alice.martin@interieur.gouv.fr',
    )!;
    const asAlice = instance.consoleAs({ type: 'token', token: alice.pat! });

    const created = await asAlice.projects.create({
      name: 'integration',
      description: 'Créé par le test d’intégration du client',
      limitless: true,
      hprodCpu: 0,
      hprodGpu: 0,
      hprodMemory: 0,
      prodCpu: 0,
      prodGpu: 0,
      prodMemory: 0,
    });
    const reread = await asAlice.projects.get(created.slug);

    expect(created.owner.email).toBe(alice.email);
    expect(reread.id).toBe(created.id);
    expect(['created', 'warning', 'failed']).toContain(reread.status);
  });

  it('reads the quality gate of a provisioned repository', async () => {
    const gate = await instance.sonarqube!.getQualityGateStatus(
      sonarQubeProjectKey('portail', 'api'),
    );

    expect(['OK', 'WARN', 'ERROR', 'NONE']).toContain(gate.status);
    await expect(
      instance.sonarqube!.getQualityGateStatus('portail-unknown-0000'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the Argo CD applications of a project by label', async () => {
    const apps = await instance
      .argocd('default')!
      .listApplications({ selector: dsoLabelSelector('portail') });

    expect(apps.length).toBeGreaterThan(0);
    expect(
      apps.every(
        app => app.metadata.labels?.['dso/project.slug'] === 'portail',
      ),
    ).toBe(true);
  });

  it('reads the quota of an environment namespace', async () => {
    const project = await instance.console.projects.get('portail');
    const [dev] = (await instance.console.environments.list('portail')).filter(
      e => e.name === 'dev',
    );
    const cluster = (await instance.console.platform.listClusters()).find(
      c => c.id === dev.clusterId,
    )!;

    const quota = await instance
      .kubernetes(cluster.label)!
      .getResourceQuotaUsage(namespaceName(project.id, dev.id));

    expect(quota.resources['limits.cpu']?.hard?.value).toBe(dev.cpu);
    expect(quota.resources['limits.memory']?.hard?.value).toBe(
      dev.memory * 1024 ** 3,
    );
  });

  it('round-trips a secret through the project Vault mount', async () => {
    const vault = instance.vault!;

    const written = await vault.writeSecret('portail', 'integration/db', {
      PASSWORD: 'integration-password',
    });
    const read = await vault.readSecret('portail', 'integration/db');
    const listed = await vault.listSecrets('portail', 'integration');
    await vault.deleteSecret('portail', 'integration/db');

    expect(read).toMatchObject({
      data: { PASSWORD: 'integration-password' },
      version: written.version,
    });
    expect(listed).toEqual(['db']);
    await expect(
      vault.readSecret('portail', 'integration/db'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pushes files to a project repository as one commit per push', async () => {
    const project = gitlabProjectPath('forge/projects', 'portail', 'api');
    const branch = 'backstage/integration-test';

    const first = await instance.gitlab!.pushFiles({
      project,
      branch,
      message: 'chore: integration test',
      files: [{ path: 'docs/integration.md', content: '# v1' }],
    });
    const second = await instance.gitlab!.pushFiles({
      project,
      branch,
      message: 'chore: integration test again',
      files: [{ path: 'docs/integration.md', content: '# v2' }],
    });

    expect(first).toMatchObject({
      branchCreated: true,
      files: [{ path: 'docs/integration.md', action: 'create' }],
    });
    expect(second).toMatchObject({
      branchCreated: false,
      files: [{ path: 'docs/integration.md', action: 'update' }],
    });
    expect(second.commitId).not.toBe(first.commitId);
  });
});

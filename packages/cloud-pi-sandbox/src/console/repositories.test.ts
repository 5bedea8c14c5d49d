import { PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE } from '@cpin/plugin-cloud-pi-native-common';
import {
  DEMO,
  startTestSandbox,
  type TestSandbox,
} from '../__testUtils__/testSandbox';

describe('console repositories (v2)', () => {
  let t: TestSandbox;
  const base = (project: string) => `/api/v2/projects/${project}/repositories`;

  beforeAll(async () => {
    t = await startTestSandbox();
  }, 120_000);
  afterAll(() => t.sandbox.stop());

  it('refuses bots (admin tokens) on writes, but lets them read', async () => {
    const admin = { token: t.sandbox.credentials.adminToken };
    const response = await t.call('POST', base('portail'), admin, {
      internalRepoName: 'robot',
      isPrivate: false,
      isInfra: false,
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe(
      'Cannot find requestor in request context',
    );
    expect((await t.call('GET', base('portail'), admin)).status).toBe(200);
  });

  it('applies the v2 defaults and mirrors an external repository', async () => {
    const claire = t.pat(DEMO.developer);
    const response = await t.call('POST', base('portail'), claire, {
      internalRepoName: 'batch',
      externalRepoUrl: 'https://github.com/example/batch.git',
      isPrivate: true,
      externalUserName: 'lecteur',
      externalToken: 'jeton-tres-secret',
      isInfra: false,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      internalRepoName: 'batch',
      deployRevision: 'HEAD',
      deployPath: '.',
      helmValuesFiles: '',
      externalUserName: 'lecteur',
      isPrivate: true,
    });
    expect(response.body).not.toHaveProperty('externalToken');
    const sync = t.provisioner.calls.at(-1)!;
    expect(sync).toMatchObject({
      method: 'syncRepository',
      slug: 'portail',
      repositoryName: 'batch',
      options: { syncAllBranches: true },
    });
    const logs = await t.call(
      'GET',
      '/api/v1/logs?offset=0&limit=50&clean=false',
      t.pat(DEMO.admin),
    );
    expect(JSON.stringify(logs.body)).not.toContain('jeton-tres-secret');
  });

  it('rejects duplicate, reserved and malformed names', async () => {
    const owner = t.pat(DEMO.owner);
    const duplicate = await t.call('POST', base('portail'), owner, {
      internalRepoName: 'api',
      isPrivate: false,
      isInfra: false,
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.message).toBe(
      'Le nom du dépôt interne api existe déjà en base pour ce projet',
    );

    const reserved = await t.call('POST', base('portail'), owner, {
      internalRepoName: 'infra-apps',
      isPrivate: false,
      isInfra: false,
    });
    expect(reserved.status).toBe(400);
    expect(reserved.body.fieldErrors.internalRepoName).toEqual([
      "Le nom du dépôt choisi est inclus dans la liste d'exclusion: mirror, infra-apps, infra-observability",
    ]);

    const badUrl = await t.call('POST', base('portail'), owner, {
      internalRepoName: 'mauvais',
      externalRepoUrl: 'http://example.com/depot',
      isPrivate: false,
      isInfra: false,
    });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.fieldErrors.externalRepoUrl).toEqual([
      "L'adresse doit commencer par https et se terminer par .git",
    ]);
  });

  it('requires credentials for private repositories', async () => {
    const response = await t.call('POST', base('portail'), t.pat(DEMO.owner), {
      internalRepoName: 'prive',
      externalRepoUrl: 'https://github.com/example/prive.git',
      isPrivate: true,
      isInfra: false,
    });
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors.externalUserName).toEqual([
      PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
    ]);
  });

  it('clears the credentials when a repository becomes public', async () => {
    const owner = t.pat(DEMO.owner);
    const repo = (await t.call('GET', base('sirh'), owner)).body.find(
      (r: any) => r.internalRepoName === 'sirh-app',
    );
    expect(repo.externalUserName).toBe('sirh-bot');
    const updated = await t.call('PUT', `${base('sirh')}/${repo.id}`, owner, {
      isPrivate: false,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      isPrivate: false,
      externalUserName: '',
    });
  });

  it('syncs one branch or all, and answers 422 when the mirror fails', async () => {
    const owner = t.pat(DEMO.owner);
    const repo = (await t.call('GET', base('portail'), owner)).body.find(
      (r: any) => r.internalRepoName === 'front',
    );
    const missingBranch = await t.call(
      'POST',
      `${base('portail')}/${repo.id}/sync`,
      owner,
      {
        syncAllBranches: false,
      },
    );
    expect(missingBranch.status).toBe(400);
    const branch = await t.call(
      'POST',
      `${base('portail')}/${repo.id}/sync`,
      owner,
      {
        syncAllBranches: false,
        branchName: 'develop',
      },
    );
    expect(branch.status).toBe(204);
    expect(t.provisioner.calls.at(-1)).toMatchObject({
      method: 'syncRepository',
      repositoryName: 'front',
      options: { syncAllBranches: false, branchName: 'develop' },
    });
    t.provisioner.fail('gitlab', 'Pipeline de miroir en échec');
    const failed = await t.call(
      'POST',
      `${base('portail')}/${repo.id}/sync`,
      owner,
      {
        syncAllBranches: true,
      },
    );
    expect(failed.status).toBe(422);
    expect(failed.body.message).toBe(
      'Echec des services à la synchronisation du dépôt',
    );
  });

  it('answers 422 on a plugin failure at creation, keeping the row', async () => {
    const owner = t.pat(DEMO.owner);
    t.provisioner.fail('sonarqube', 'Clé de projet refusée');
    const response = await t.call('POST', base('portail'), owner, {
      internalRepoName: 'qualite',
      isPrivate: false,
      isInfra: false,
    });
    expect(response.status).toBe(422);
    expect(response.body.message).toBe(
      'Echec des services lors de la création du dépôt',
    );
    const names = (await t.call('GET', base('portail'), owner)).body.map(
      (r: any) => r.internalRepoName,
    );
    expect(names).toContain('qualite');
  });

  it('deletes a repository, then answers as Prisma and NestJS do', async () => {
    const owner = t.pat(DEMO.owner);
    const repo = (await t.call('GET', base('portail'), owner)).body.find(
      (r: any) => r.internalRepoName === 'qualite',
    );
    expect(
      (await t.call('DELETE', `${base('portail')}/${repo.id}`, owner)).status,
    ).toBe(204);
    const again = await t.call(
      'DELETE',
      `${base('portail')}/${repo.id}`,
      owner,
    );
    // findUniqueOrThrow without an exception filter: a bare 500.
    expect(again.status).toBe(500);
    expect(again.body.message).toBe('Internal server error');
    // A repository of another project is a 404, a malformed id a 400.
    const sirhRepo = (await t.call('GET', base('sirh'), owner)).body[0];
    const foreign = await t.call(
      'DELETE',
      `${base('portail')}/${sirhRepo.id}`,
      owner,
    );
    expect([foreign.status, foreign.body.message]).toEqual([
      404,
      'Dépôt introuvable',
    ]);
    const malformed = await t.call('DELETE', `${base('portail')}/api`, owner);
    expect([malformed.status, malformed.body.message]).toEqual([
      400,
      'Validation failed (uuid is expected)',
    ]);
  });

  it('refuses members without MANAGE_REPOSITORIES', async () => {
    const response = await t.call(
      'POST',
      base('portail'),
      t.pat(DEMO.readonly),
      {
        internalRepoName: 'lecture',
        isPrivate: false,
        isInfra: false,
      },
    );
    expect(response.status).toBe(403);
  });
});

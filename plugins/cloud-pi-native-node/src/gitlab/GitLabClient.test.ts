import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { AuthenticationError, InputError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeGitLab } from '../__testUtils__/fakeGitLab';
import { GitLabClient } from './GitLabClient';

const BASE = 'https://gitlab.test';
const TOKEN = 'glpat-0123456789abcdef';
const PROJECT = 'forge/projects/demo/infra';

describe('GitLabClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = GitLabClient.create({ url: BASE, token: TOKEN });

  describe('pushFiles', () => {
    it('pushes one commit, updating existing files and creating new ones', async () => {
      const gitlab = fakeGitLab(server, {
        base: BASE,
        token: TOKEN,
        projectPath: PROJECT,
      });

      const result = await client.pushFiles({
        project: PROJECT,
        branch: 'main',
        message: 'chore: bump image',
        files: [
          { path: 'values.yaml', content: 'replicas: 2' },
          { path: 'env/dev/values.yaml', content: 'replicas: 1' },
        ],
        author: { name: 'Backstage', email: 'backstage@example.fr' },
      });

      expect(gitlab.commits).toEqual([
        {
          branch: 'main',
          startBranch: undefined,
          message: 'chore: bump image',
          actions: [
            expect.objectContaining({
              action: 'update',
              file_path: 'values.yaml',
              content: 'replicas: 2',
            }),
            expect.objectContaining({
              action: 'create',
              file_path: 'env/dev/values.yaml',
            }),
          ],
        },
      ]);
      expect(result).toEqual({
        commitId: expect.stringMatching(/^a+1$/),
        shortId: 'aaaaaaaa',
        webUrl: expect.stringContaining(`${PROJECT}/-/commit/`),
        branch: 'main',
        branchCreated: false,
        files: [
          { path: 'values.yaml', action: 'update' },
          { path: 'env/dev/values.yaml', action: 'create' },
        ],
      });
      expect(gitlab.branches.get('main')?.get('values.yaml')).toBe(
        'replicas: 2',
      );
    });

    it('creates a missing branch from the default branch in the same commit', async () => {
      const gitlab = fakeGitLab(server, {
        base: BASE,
        token: TOKEN,
        projectPath: PROJECT,
      });

      const result = await client.pushFiles({
        project: PROJECT,
        branch: 'backstage/bump',
        message: 'chore: bump',
        files: [{ path: 'README.md', content: '# Demo v2' }],
      });

      expect(gitlab.commits).toHaveLength(1);
      expect(gitlab.commits[0]).toMatchObject({
        branch: 'backstage/bump',
        startBranch: 'main',
        actions: [
          expect.objectContaining({ action: 'update', file_path: 'README.md' }),
        ],
      });
      expect(result.branchCreated).toBe(true);
      expect(gitlab.branches.get('main')?.get('README.md')).toBe('# Demo');
    });

    it('creates every file of an empty repository', async () => {
      const gitlab = fakeGitLab(server, {
        base: BASE,
        token: TOKEN,
        projectPath: PROJECT,
        empty: true,
      });

      const result = await client.pushFiles({
        project: PROJECT,
        branch: 'main',
        message: 'chore: bootstrap',
        files: [{ path: 'README.md', content: '# New' }],
      });

      expect(result.files).toEqual([{ path: 'README.md', action: 'create' }]);
      expect(gitlab.commits[0].startBranch).toBeUndefined();
    });

    it('refuses an empty or ambiguous set of files before calling GitLab', async () => {
      const gitlab = fakeGitLab(server, {
        base: BASE,
        token: TOKEN,
        projectPath: PROJECT,
      });
      const push = (files: Array<{ path: string; content: string }>) =>
        client.pushFiles({
          project: PROJECT,
          branch: 'main',
          message: 'x',
          files,
        });

      await expect(push([])).rejects.toBeInstanceOf(InputError);
      await expect(
        push([
          { path: 'a', content: '1' },
          { path: 'a', content: '2' },
        ]),
      ).rejects.toBeInstanceOf(InputError);
      expect(gitlab.requests).toEqual([]);
    });

    it('maps a rejected token to AuthenticationError', async () => {
      fakeGitLab(server, {
        base: BASE,
        token: 'another-token',
        projectPath: PROJECT,
      });

      await expect(
        client.pushFiles({
          project: PROJECT,
          branch: 'main',
          message: 'x',
          files: [{ path: 'a', content: '1' }],
        }),
      ).rejects.toEqual(new AuthenticationError('401 Unauthorized'));
    });
  });

  describe('CI/CD variables', () => {
    it('creates a project variable, then updates it', async () => {
      const gitlab = fakeGitLab(server, {
        base: BASE,
        token: TOKEN,
        projectPath: PROJECT,
      });
      const variable = {
        key: 'SONAR_TOKEN',
        value: 'squ_first',
        masked: true,
        protected: false,
      };

      await expect(client.setProjectVariable(PROJECT, variable)).resolves.toBe(
        'created',
      );
      await expect(
        client.setProjectVariable(PROJECT, {
          ...variable,
          value: 'squ_second',
        }),
      ).resolves.toBe('updated');

      expect([...gitlab.variables.values()]).toEqual([
        expect.objectContaining({
          key: 'SONAR_TOKEN',
          value: 'squ_second',
          masked: true,
          protected: false,
          environment_scope: '*',
        }),
      ]);
      expect(gitlab.requests.map(r => r.method)).toEqual([
        'GET',
        'POST',
        'GET',
        'PUT',
      ]);
    });

    it('updates a variable created concurrently after the lookup', async () => {
      const calls: string[] = [];
      server.use(
        http.get(`${BASE}/api/v4/projects/42/variables/KEY`, () => {
          calls.push('GET');
          return HttpResponse.json(
            { message: '404 Variable Not Found' },
            { status: 404 },
          );
        }),
        http.post(`${BASE}/api/v4/projects/42/variables`, () => {
          calls.push('POST');
          return HttpResponse.json(
            { message: { key: ['(KEY) has already been taken'] } },
            { status: 400 },
          );
        }),
        http.put(
          `${BASE}/api/v4/projects/42/variables/KEY`,
          async ({ request }) => {
            // GitLab reads `filter` from the body of a PUT.
            const body = (await request.json()) as {
              filter?: { environment_scope?: string };
            };
            calls.push(`PUT ${body.filter?.environment_scope}`);
            return HttpResponse.json({ key: 'KEY', value: 'v' });
          },
        ),
      );

      await expect(
        client.setProjectVariable(42, { key: 'KEY', value: 'v' }),
      ).resolves.toBe('updated');
      expect(calls).toEqual(['GET', 'POST', 'PUT *']);
    });

    it('sets a group variable for one environment scope', async () => {
      const bodies: unknown[] = [];
      server.use(
        http.get(
          `${BASE}/api/v4/groups/:group/variables/VAULT_KV`,
          ({ request }) => {
            expect(
              new URL(request.url).searchParams.get(
                'filter[environment_scope]',
              ),
            ).toBe('production');
            return HttpResponse.json(
              { message: '404 Variable Not Found' },
              { status: 404 },
            );
          },
        ),
        http.post(
          `${BASE}/api/v4/groups/:group/variables`,
          async ({ request, params }) => {
            bodies.push({
              group: params.group,
              ...((await request.json()) as object),
            });
            return HttpResponse.json({}, { status: 201 });
          },
        ),
      );

      await expect(
        client.setGroupVariable('forge/projects/demo', {
          key: 'VAULT_KV',
          value: 'demo',
          environmentScope: 'production',
        }),
      ).resolves.toBe('created');
      expect(bodies).toEqual([
        expect.objectContaining({
          group: 'forge/projects/demo',
          key: 'VAULT_KV',
          value: 'demo',
          environment_scope: 'production',
        }),
      ]);
    });
  });

  describe('getLatestPipeline', () => {
    it('returns the most recent pipeline of the ref', async () => {
      const gitlab = fakeGitLab(server, {
        base: BASE,
        token: TOKEN,
        projectPath: PROJECT,
      });
      gitlab.pipelines.push(
        {
          id: 101,
          iid: 1,
          status: 'success',
          ref: 'main',
          sha: 'a1',
          web_url: `${BASE}/p/101`,
          source: 'push',
          created_at: '2026-05-01T10:00:00Z',
          updated_at: '2026-05-01T10:05:00Z',
        },
        {
          id: 103,
          iid: 3,
          status: 'running',
          ref: 'main',
          sha: 'a3',
          web_url: `${BASE}/p/103`,
          source: 'web',
          created_at: '2026-05-03T10:00:00Z',
          updated_at: '2026-05-03T10:01:00Z',
        },
        {
          id: 104,
          iid: 4,
          status: 'failed',
          ref: 'develop',
          sha: 'b4',
          web_url: `${BASE}/p/104`,
          source: 'push',
          created_at: '2026-05-04T10:00:00Z',
          updated_at: '2026-05-04T10:02:00Z',
        },
      );

      await expect(client.getLatestPipeline(PROJECT, 'main')).resolves.toEqual({
        id: 103,
        iid: 3,
        status: 'running',
        ref: 'main',
        sha: 'a3',
        webUrl: `${BASE}/p/103`,
        source: 'web',
        createdAt: '2026-05-03T10:00:00Z',
        updatedAt: '2026-05-03T10:01:00Z',
      });
      const search = gitlab.requests[0].search;
      expect(search.get('ref')).toBe('main');
      expect(search.get('order_by')).toBe('id');
      expect(search.get('sort')).toBe('desc');
      expect(search.get('per_page')).toBe('1');
    });

    it('returns undefined when the ref never ran a pipeline', async () => {
      fakeGitLab(server, { base: BASE, token: TOKEN, projectPath: PROJECT });

      await expect(
        client.getLatestPipeline(PROJECT, 'main'),
      ).resolves.toBeUndefined();
    });
  });
});

import { Gitlab } from '@gitbeaker/rest';
import { readSpec } from '@cpin/cloud-pi-specs';
import {
  manualClock,
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { PIPELINE_TIMELINE } from './gitlabStore';

/** Top-level keys of a go-gitlab fixture, for shape comparisons. */
const fixtureKeys = (name: string, pick: (doc: any) => any = d => d) =>
  Object.keys(pick(readSpec('gitlab', 'go-gitlab-testdata', name))).sort();

describe('GitLab v4 fake, through @gitbeaker/rest', () => {
  const time = manualClock();
  let running: RunningToolWorld;
  let api: InstanceType<typeof Gitlab>;

  beforeAll(async () => {
    running = await startToolWorld({ clock: time.clock });
    api = new Gitlab({
      host: `${running.url}/gitlab`,
      token: running.world.credentials.gitlabToken,
    });
  }, 120_000);
  afterAll(() => running.close());

  it('creates groups and subgroups and finds them by id or full path', async () => {
    const forge = await api.Groups.create('forge', 'forge');
    const projects = await api.Groups.create('projects', 'projects', {
      parentId: forge.id,
    });
    expect(projects).toMatchObject({
      full_path: 'forge/projects',
      parent_id: forge.id,
      full_name: 'forge / projects',
      web_url: `${running.url}/gitlab/groups/forge/projects`,
    });
    expect((await api.Groups.show('forge/projects')).id).toBe(projects.id);
    expect((await api.Groups.show(projects.id)).full_path).toBe(
      'forge/projects',
    );
    const subgroups = await api.Groups.allSubgroups(forge.id);
    expect(subgroups.map(g => g.full_path)).toEqual(['forge/projects']);
    await expect(api.Groups.create('forge', 'forge')).rejects.toThrow(
      /has already been taken/,
    );
    await expect(api.Groups.show('forge/missing')).rejects.toThrow(
      '404 Group Not Found',
    );
  });

  it('creates projects, lists them and builds URLs from the public URL', async () => {
    const group = await api.Groups.show('forge/projects');
    const created = await api.Projects.create({
      name: 'api',
      namespaceId: group.id,
      defaultBranch: 'main',
      topics: ['plugin-managed'],
      initializeWithReadme: true,
    });
    expect(created).toMatchObject({
      path_with_namespace: 'forge/projects/api',
      default_branch: 'main',
      topics: ['plugin-managed'],
      http_url_to_repo: `${running.url}/gitlab/forge/projects/api.git`,
      web_url: `${running.url}/gitlab/forge/projects/api`,
      empty_repo: false,
      namespace: { id: group.id, full_path: 'forge/projects', kind: 'group' },
    });
    expect((await api.Projects.show('forge/projects/api')).id).toBe(created.id);
    expect((await api.Groups.allProjects(group.id)).map(p => p.path)).toEqual([
      'api',
    ]);
    expect(
      (await api.Projects.all({ search: 'api' })).map(p => p.id),
    ).toContain(created.id);
    await expect(api.Projects.show(999999)).rejects.toThrow(
      '404 Project Not Found',
    );
  });

  it('commits several files at once and serves files, raw files, tree and commits', async () => {
    const project = 'forge/projects/api';
    const commit = await api.Commits.create(project, 'main', 'Add the chart', [
      {
        action: 'create',
        filePath: 'chart/values.yaml',
        content: 'replicas: 1\n',
      },
      {
        action: 'create',
        filePath: 'chart/Chart.yaml',
        content: 'name: api\n',
      },
      {
        action: 'update',
        filePath: 'README.md',
        content: '# api\n\nThe API.\n',
      },
    ]);
    expect(commit).toMatchObject({
      title: 'Add the chart',
      stats: { additions: 4, deletions: 0, total: 4 },
      project_id: expect.any(Number),
    });
    expect(Object.keys(commit)).toEqual(
      expect.arrayContaining(
        fixtureKeys('get_commit.json').filter(
          k => k !== 'status' && k !== 'last_pipeline',
        ),
      ),
    );

    // Actions apply in order to one tree (like Gitaly): delete then re-create is one commit.
    const moved = await api.Commits.create(project, 'main', 'Reorganise', [
      {
        action: 'move',
        filePath: 'chart/values-dev.yaml',
        previousPath: 'chart/values.yaml',
      },
      { action: 'delete', filePath: 'chart/Chart.yaml' },
      {
        action: 'create',
        filePath: 'chart/Chart.yaml',
        content: 'name: api\nversion: 0.2.0\n',
      },
    ]);
    expect(moved.parent_ids).toEqual([commit.id]);

    // A failing action rejects the whole commit.
    await expect(
      api.Commits.create(project, 'main', 'Broken', [
        { action: 'create', filePath: 'new.txt', content: 'x' },
        { action: 'update', filePath: 'missing.txt', content: 'y' },
      ]),
    ).rejects.toThrow("A file with this name doesn't exist");
    await expect(
      api.RepositoryFiles.show(project, 'new.txt', 'main'),
    ).rejects.toThrow('404 File Not Found');

    const file = await api.RepositoryFiles.show(
      project,
      'chart/values-dev.yaml',
      'main',
    );
    expect(Buffer.from(file.content, 'base64').toString()).toBe(
      'replicas: 1\n',
    );
    expect(file).toMatchObject({
      file_path: 'chart/values-dev.yaml',
      encoding: 'base64',
      commit_id: moved.id,
      last_commit_id: moved.id,
    });
    expect(
      await api.RepositoryFiles.showRaw(project, 'chart/Chart.yaml', 'main'),
    ).toBe('name: api\nversion: 0.2.0\n');
    // An older commit still reads the older content.
    expect(
      await api.RepositoryFiles.showRaw(project, 'chart/Chart.yaml', commit.id),
    ).toBe('name: api\n');
    await expect(
      api.RepositoryFiles.show(project, 'chart/values.yaml', 'main'),
    ).rejects.toThrow('404 File Not Found');

    await api.RepositoryFiles.create(
      project,
      'docs/index.md',
      'main',
      '# Docs\n',
      'Add docs',
    );
    await api.RepositoryFiles.edit(
      project,
      'docs/index.md',
      'main',
      '# Documentation\n',
      'Rename docs',
    );
    expect(
      await api.RepositoryFiles.showRaw(project, 'docs/index.md', 'main'),
    ).toBe('# Documentation\n');

    const tree = await api.Repositories.allRepositoryTrees(project, {
      recursive: true,
    });
    expect(tree.map(e => `${e.type}:${e.path}`)).toEqual([
      'tree:chart',
      'tree:docs',
      'blob:README.md',
      'blob:chart/Chart.yaml',
      'blob:chart/values-dev.yaml',
      'blob:docs/index.md',
    ]);
    const commits = await api.Commits.all(project, { refName: 'main' });
    expect(commits.map(c => c.title)).toEqual([
      'Rename docs',
      'Add docs',
      'Reorganise',
      'Add the chart',
      'Initial commit',
    ]);
    expect((await api.Commits.show(project, moved.id.slice(0, 8))).id).toBe(
      moved.id,
    );
  });

  it('lists, reads and creates branches with the fixture shape', async () => {
    const project = 'forge/projects/api';
    const created = await api.Branches.create(project, 'feature/login', 'main');
    expect(created).toMatchObject({
      name: 'feature/login',
      default: false,
      protected: false,
    });
    const branches = await api.Branches.all(project);
    expect(branches.map(b => b.name)).toEqual(['feature/login', 'main']);
    const main = await api.Branches.show(project, 'main');
    expect(Object.keys(main).sort()).toEqual(
      fixtureKeys('list_branches.json', d => d[0]),
    );
    expect(Object.keys(main.commit).sort()).toEqual(
      expect.arrayContaining(fixtureKeys('get_branch.json', d => d.commit)),
    );
    expect(main).toMatchObject({ default: true, protected: true });
    await expect(api.Branches.create(project, 'main', 'main')).rejects.toThrow(
      'Branch already exists',
    );
    await expect(api.Branches.show(project, 'nope')).rejects.toThrow(
      '404 Branch Not Found',
    );
  });

  it('creates pipelines that progress with time, and finds the latest per ref', async () => {
    const project = 'forge/projects/api';
    await expect(api.Pipelines.create(project, 'main')).rejects.toThrow(
      /Missing CI config file/,
    );
    await api.RepositoryFiles.create(
      project,
      '.gitlab-ci.yml',
      'main',
      'test:\n  script: [npm test]\n',
      'Add CI',
    );
    await api.RepositoryFiles.create(
      project,
      '.gitlab-ci.yml',
      'feature/login',
      'test:\n  script: [npm test]\n',
      'Add CI',
    );
    const first = await api.Pipelines.create(project, 'main', {
      variables: [{ key: 'DEPLOY', value: 'true' }],
    });
    expect(first).toMatchObject({
      ref: 'main',
      status: 'created',
      source: 'api',
    });
    await api.Pipelines.create(project, 'feature/login');
    time.advance(PIPELINE_TIMELINE.runningAfterMs);
    expect((await api.Pipelines.show(project, first.id)).status).toBe(
      'running',
    );
    time.advance(PIPELINE_TIMELINE.finishedAfterMs);
    expect(await api.Pipelines.show(project, first.id)).toMatchObject({
      status: 'success',
      duration: expect.any(Number),
    });

    const latest = await api.Pipelines.showLatest(project, { ref: 'main' });
    expect(latest.id).toBe(first.id);
    expect(
      (await api.Pipelines.all(project, { ref: 'feature/login' })).map(
        p => p.ref,
      ),
    ).toEqual(['feature/login']);
    expect(await api.Pipelines.allVariables(project, first.id)).toEqual([
      { variable_type: 'env_var', key: 'DEPLOY', value: 'true', raw: false },
    ]);
    await expect(
      api.Pipelines.showLatest(project, { ref: 'nope' }),
    ).rejects.toThrow('404 Not found');
  });

  it('manages project and group CI/CD variables', async () => {
    const project = 'forge/projects/api';
    await api.ProjectVariables.create(
      project,
      'SONAR_TOKEN',
      'squ_0123456789abcdef',
      { masked: true },
    );
    await api.ProjectVariables.create(project, 'PROPS', 'a=b', {
      variableType: 'file',
    });
    expect((await api.ProjectVariables.all(project)).map(v => v.key)).toEqual([
      'SONAR_TOKEN',
      'PROPS',
    ]);
    expect(await api.ProjectVariables.show(project, 'PROPS')).toMatchObject({
      variable_type: 'file',
      value: 'a=b',
      masked: false,
    });
    await api.ProjectVariables.edit(project, 'PROPS', 'a=c');
    expect((await api.ProjectVariables.show(project, 'PROPS')).value).toBe(
      'a=c',
    );
    await expect(
      api.ProjectVariables.create(project, 'PROPS', 'x'),
    ).rejects.toThrow(/has already been taken/);
    await expect(
      api.ProjectVariables.create(project, 'WEAK', 'short', { masked: true }),
    ).rejects.toThrow(/is invalid/);
    await api.ProjectVariables.remove(project, 'PROPS');
    await expect(api.ProjectVariables.show(project, 'PROPS')).rejects.toThrow(
      '404 Variable Not Found',
    );

    await api.GroupVariables.create('forge/projects', 'VAULT_KV', 'forge-dso');
    expect(
      await api.GroupVariables.show('forge/projects', 'VAULT_KV'),
    ).toMatchObject({ value: 'forge-dso' });
    await api.GroupVariables.remove('forge/projects', 'VAULT_KV');
    expect(await api.GroupVariables.all('forge/projects')).toEqual([]);
  });

  it('paginates with the headers GitLab sends, which gitbeaker follows', async () => {
    const parent = await api.Groups.show('forge');
    for (const name of ['a', 'b', 'c', 'd'])
      await api.Groups.create(name, name, { parentId: parent.id });
    const page = await fetch(
      `${running.url}/gitlab/api/v4/groups/forge/subgroups?per_page=2&page=2`,
      {
        headers: { 'PRIVATE-TOKEN': running.world.credentials.gitlabToken },
      },
    );
    const paginationHeaders = [
      'x-page',
      'x-per-page',
      'x-total',
      'x-total-pages',
      'x-next-page',
      'x-prev-page',
    ];
    expect(
      Object.fromEntries(paginationHeaders.map(h => [h, page.headers.get(h)])),
    ).toEqual({
      'x-page': '2',
      'x-per-page': '2',
      'x-total': '5',
      'x-total-pages': '3',
      'x-next-page': '3',
      'x-prev-page': '1',
    });
    const base = `${running.url}/gitlab/api/v4/groups/forge/subgroups`;
    expect(page.headers.get('link')).toBe(
      [
        `<${base}?page=1&per_page=2>; rel="prev"`,
        `<${base}?page=3&per_page=2>; rel="next"`,
        `<${base}?page=1&per_page=2>; rel="first"`,
        `<${base}?page=3&per_page=2>; rel="last"`,
      ].join(', '),
    );
    const all = await api.Groups.allSubgroups('forge', { perPage: 2 });
    expect(all.map(g => g.path)).toEqual(['a', 'b', 'c', 'd', 'projects']);
    const expanded = await api.Groups.allSubgroups('forge', {
      perPage: 2,
      maxPages: 1,
      showExpanded: true,
    });
    expect(expanded.paginationInfo).toMatchObject({
      total: 5,
      next: 2,
      current: 1,
      perPage: 2,
      totalPages: 3,
    });
  });

  it("refuses a missing or wrong token with GitLab's 401", async () => {
    const wrong = new Gitlab({
      host: `${running.url}/gitlab`,
      token: 'glpat-wrong',
    });
    await expect(wrong.Groups.all()).rejects.toThrow('401 Unauthorized');
    const anonymous = await fetch(`${running.url}/gitlab/api/v4/projects`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ message: '401 Unauthorized' });
    const bearer = await fetch(`${running.url}/gitlab/api/v4/user`, {
      headers: {
        authorization: `Bearer ${running.world.credentials.gitlabToken}`,
      },
    });
    expect(await bearer.json()).toMatchObject({
      username: 'root',
      is_admin: true,
    });
  });

  it('serves a web page for project URLs', async () => {
    const page = await fetch(`${running.url}/gitlab/forge/projects/api`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('chart/values-dev.yaml');
    expect((await fetch(`${running.url}/gitlab/forge/nope`)).status).toBe(404);
  });
});

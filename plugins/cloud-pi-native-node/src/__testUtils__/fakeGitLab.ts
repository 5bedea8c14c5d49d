import { http, HttpResponse } from 'msw';
import { SetupServer } from 'msw/node';

interface Commit {
  branch: string;
  startBranch?: string;
  message: string;
  actions: Array<{ action: string; file_path: string; content: string }>;
}

/**
 * A GitLab v4 stand-in for one project, enforcing the rules of the commits
 * API the client relies on (create vs update, branch creation).
 */
export function fakeGitLab(
  server: SetupServer,
  options: {
    base: string;
    token: string;
    projectPath: string;
    empty?: boolean;
  },
) {
  const branches = new Map<string, Map<string, string>>();
  if (!options.empty) {
    branches.set(
      'main',
      new Map([
        ['README.md', '# Demo'],
        ['values.yaml', 'replicas: 1'],
      ]),
    );
  }
  const commits: Commit[] = [];
  const variables = new Map<string, Record<string, unknown>>();
  const pipelines: Array<Record<string, unknown>> = [];
  const requests: Array<{
    method: string;
    path: string;
    search: URLSearchParams;
  }> = [];
  const projectPrefix = `/api/v4/projects/${encodeURIComponent(
    options.projectPath,
  )}`;
  const notFound = (what: string) =>
    HttpResponse.json({ message: `404 ${what} Not Found` }, { status: 404 });

  server.use(
    http.all(`${options.base}/api/v4/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname;
      requests.push({ method: request.method, path, search: url.searchParams });
      if (request.headers.get('private-token') !== options.token) {
        return HttpResponse.json(
          { message: '401 Unauthorized' },
          { status: 401 },
        );
      }
      if (!path.startsWith(projectPrefix)) return notFound('Project');
      const rest = path.slice(projectPrefix.length);

      if (request.method === 'GET' && rest === '') {
        return HttpResponse.json({
          id: 42,
          path_with_namespace: options.projectPath,
          default_branch: branches.size > 0 ? 'main' : null,
          web_url: `${options.base}/${options.projectPath}`,
        });
      }
      const branchMatch = /^\/repository\/branches\/([^/]+)$/.exec(rest);
      if (request.method === 'GET' && branchMatch) {
        const name = decodeURIComponent(branchMatch[1]);
        return branches.has(name)
          ? HttpResponse.json({ name })
          : notFound('Branch');
      }
      const fileMatch = /^\/repository\/files\/([^/]+)$/.exec(rest);
      if (request.method === 'GET' && fileMatch) {
        const file = decodeURIComponent(fileMatch[1]);
        const content = branches
          .get(url.searchParams.get('ref') ?? '')
          ?.get(file);
        return content === undefined
          ? notFound('File')
          : HttpResponse.json({
              file_path: file,
              content: Buffer.from(content).toString('base64'),
              encoding: 'base64',
            });
      }
      if (request.method === 'POST' && rest === '/repository/commits') {
        const body = (await request.json()) as {
          branch: string;
          start_branch?: string;
          commit_message: string;
          actions: Commit['actions'];
        };
        let files = branches.get(body.branch);
        if (!files) {
          if (body.start_branch) {
            const base = branches.get(body.start_branch);
            if (!base)
              return HttpResponse.json(
                { message: 'Invalid start branch' },
                { status: 400 },
              );
            files = new Map(base);
          } else if (branches.size === 0) {
            files = new Map();
          } else {
            return HttpResponse.json(
              {
                message:
                  'You can only create or edit files when you are on a branch',
              },
              { status: 400 },
            );
          }
        }
        for (const action of body.actions) {
          const exists = files.has(action.file_path);
          if (action.action === 'create' && exists) {
            return HttpResponse.json(
              { message: 'A file with this name already exists' },
              { status: 400 },
            );
          }
          if (action.action === 'update' && !exists) {
            return HttpResponse.json(
              { message: "A file with this name doesn't exist" },
              { status: 400 },
            );
          }
          files.set(action.file_path, action.content);
        }
        branches.set(body.branch, files);
        commits.push({
          branch: body.branch,
          startBranch: body.start_branch,
          message: body.commit_message,
          actions: body.actions,
        });
        const id = `${commits.length}`.padStart(40, 'a');
        return HttpResponse.json(
          {
            id,
            short_id: id.slice(0, 8),
            web_url: `${options.base}/${options.projectPath}/-/commit/${id}`,
          },
          { status: 201 },
        );
      }
      const variableMatch = /^\/variables(?:\/([^/]+))?$/.exec(rest);
      if (variableMatch) {
        const key = variableMatch[1] && decodeURIComponent(variableMatch[1]);
        const scope = url.searchParams.get('filter[environment_scope]') ?? '*';
        if (request.method === 'GET' && key) {
          const variable = variables.get(`${key}@${scope}`);
          return variable ? HttpResponse.json(variable) : notFound('Variable');
        }
        const body = (await request.json()) as Record<string, unknown>;
        if (request.method === 'POST') {
          const id = `${body.key}@${body.environment_scope ?? '*'}`;
          if (variables.has(id)) {
            return HttpResponse.json(
              { message: { key: [`(${body.key}) has already been taken`] } },
              { status: 400 },
            );
          }
          variables.set(id, { environment_scope: '*', ...body });
          return HttpResponse.json(variables.get(id), { status: 201 });
        }
        if (request.method === 'PUT' && key) {
          // A PUT carries its scope filter in the body.
          const { filter, ...changes } = body as {
            filter?: { environment_scope?: string };
          };
          const id = `${key}@${filter?.environment_scope ?? '*'}`;
          if (!variables.has(id)) return notFound('Variable');
          variables.set(id, { ...variables.get(id), ...changes, key });
          return HttpResponse.json(variables.get(id));
        }
      }
      if (request.method === 'GET' && rest === '/pipelines') {
        const ref = url.searchParams.get('ref');
        const matching = pipelines
          .filter(p => p.ref === ref)
          .sort((a, b) => Number(b.id) - Number(a.id));
        const perPage = Number(url.searchParams.get('per_page') ?? 20);
        return HttpResponse.json(matching.slice(0, perPage));
      }
      return notFound('Route');
    }),
  );
  return { branches, commits, variables, pipelines, requests };
}

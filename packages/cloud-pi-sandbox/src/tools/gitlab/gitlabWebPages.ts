import { Router } from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import type { GitlabView } from './gitlabView';
import { pipelineStatus } from './gitlabStore';

/**
 * Minimal HTML pages for the web URLs the API returns (`web_url`), so links
 * from the portal land somewhere useful: a group lists its subgroups and
 * projects, a project its files and latest pipelines. Pages are public
 * landing pages; file contents are only served raw, with the token.
 */
export function gitlabWebPages(view: GitlabView, token: string): Router {
  const router = Router();

  // Raw files (`<project>/-/raw/<ref>/<path>`), e.g. the values files Argo CD
  // reads. Like a private GitLab project, they need the token.
  router.get(/^\/(.+)\/-\/raw\/([^/]+)\/(.+)$/, (req, res) => {
    const [projectPath, ref, filePath] = [0, 1, 2].map(i =>
      decodeURIComponent(String((req.params as Record<number, string>)[i])),
    );
    const provided = req.header('private-token') ?? req.query.private_token;
    if (provided !== token) {
      res.redirect(302, `${view.baseUrl}/users/sign_in`);
      return;
    }
    const project = view.store.findProject(projectPath);
    const commit = project?.repository.resolve(
      ref === 'HEAD' ? project.repository.defaultBranch : ref,
    );
    const blob = commit
      ? project!.repository.treeAt(commit.id).get(filePath)
      : undefined;
    if (!blob) {
      res.status(404).type('text/plain').send('404 Not Found');
      return;
    }
    res.type('text/plain; charset=utf-8').send(blob.content);
  });

  router.get('*', (req, res) => {
    const path = decodeURIComponent(req.path)
      .replace(/^\/(groups\/)?/, '')
      .replace(/\/-\/.*$/, '')
      .replace(/\.git$/, '')
      .replace(/\/+$/, '');
    const project = path ? view.store.findProject(path) : undefined;
    const group = !project && path ? view.store.findGroup(path) : undefined;
    if (project) {
      const repo = project.repository;
      const head = repo.branchHead(repo.defaultBranch);
      const files = head ? [...repo.treeAt(head.id).keys()].sort() : [];
      const pipelines = project.pipelines.slice(-10).reverse();
      const now = view.store.clock();
      res.type('html').send(
        htmlPage({
          tool: 'GitLab',
          title: view.store.projectFullPath(project),
          body: `<p>${escapeHtml(project.description || 'No description.')}</p>
<p>Default branch <code>${escapeHtml(repo.defaultBranch)}</code>${
            head
              ? `, last commit <code>${head.id.slice(
                  0,
                  8,
                )}</code> “${escapeHtml(head.message.split('\n')[0])}”`
              : ' (empty repository)'
          }.</p>
<h2>Files</h2><ul>${
            files.map(f => `<li><code>${escapeHtml(f)}</code></li>`).join('') ||
            '<li>None</li>'
          }</ul>
<h2>Pipelines</h2><table><tr><th>#</th><th>Ref</th><th>Status</th><th>Created</th></tr>${pipelines
            .map(
              p =>
                `<tr><td>${p.id}</td><td>${escapeHtml(
                  p.ref,
                )}</td><td>${pipelineStatus(
                  p,
                  now,
                )}</td><td>${p.createdAt.toISOString()}</td></tr>`,
            )
            .join('')}</table>`,
        }),
      );
      return;
    }
    if (group) {
      const children = view.store.subgroups(group.id).map(g => g.fullPath);
      const projects = view.store
        .projectsOf(group.id)
        .map(p => view.store.projectFullPath(p));
      const link = (p: string) =>
        `<li><a href="${escapeHtml(`${view.baseUrl}/${p}`)}">${escapeHtml(
          p,
        )}</a></li>`;
      res.type('html').send(
        htmlPage({
          tool: 'GitLab',
          title: group.fullPath,
          body: `<h2>Subgroups</h2><ul>${
            children.map(link).join('') || '<li>None</li>'
          }</ul>
<h2>Projects</h2><ul>${projects.map(link).join('') || '<li>None</li>'}</ul>`,
        }),
      );
      return;
    }
    res
      .status(404)
      .type('html')
      .send(
        htmlPage({
          tool: 'GitLab',
          title: 'Page not found',
          body: '<p>404</p>',
        }),
      );
  });
  return router;
}

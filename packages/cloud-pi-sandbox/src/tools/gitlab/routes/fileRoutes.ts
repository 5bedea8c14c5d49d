import type { Request, Response, Router } from 'express';
import { createHash } from 'node:crypto';
import { sha1Hex } from '../../shared/seeded';
import { paginate } from '../pagination';
import {
  boolParam,
  loadProject,
  sendMessage,
  sendMissing,
  stringParam,
  type GitlabApiContext,
} from './gitlabApiContext';
import {
  authorOf,
  decode,
  resolveRef,
  safePath,
  writeOrFail,
} from './repositoryHelpers';

/** Repository files (get, raw, create, update, delete) and tree. */
export function registerFileRoutes(
  router: Router,
  ctx: GitlabApiContext,
): void {
  const { store } = ctx.view;

  router.get('/projects/:id/repository/files/:file_path/raw', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const commit = resolveRef(project, stringParam(req, 'ref'));
    const path = safePath(req.params.file_path);
    const blob =
      commit && path
        ? project.repository.treeAt(commit.id).get(path)
        : undefined;
    if (!blob) {
      sendMessage(res, 404, '404 File Not Found');
      return;
    }
    res.setHeader('x-gitlab-blob-id', blob.id);
    res.type('text/plain; charset=utf-8').send(blob.content);
  });

  router.get('/projects/:id/repository/files/:file_path', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const ref = stringParam(req, 'ref');
    if (!ref) {
      sendMissing(res, 'ref');
      return;
    }
    const commit = project.repository.resolve(ref);
    const path = safePath(req.params.file_path);
    const blob =
      commit && path
        ? project.repository.treeAt(commit.id).get(path)
        : undefined;
    if (!commit || !path || !blob) {
      sendMessage(res, 404, '404 File Not Found');
      return;
    }
    const lastCommit = project.repository.lastCommitTouching(commit.id, path)!;
    const file = {
      file_name: path.split('/').pop()!,
      file_path: path,
      size: blob.size,
      encoding: 'base64',
      content_sha256: createHash('sha256').update(blob.content).digest('hex'),
      ref,
      blob_id: blob.id,
      commit_id: commit.id,
      last_commit_id: lastCommit.id,
      execute_filemode: false,
    };
    res.setHeader('x-gitlab-file-name', file.file_name);
    res.setHeader('x-gitlab-file-path', file.file_path);
    res.setHeader('x-gitlab-size', String(file.size));
    res.setHeader('x-gitlab-encoding', 'base64');
    res.setHeader('x-gitlab-ref', ref);
    res.setHeader('x-gitlab-blob-id', file.blob_id);
    res.setHeader('x-gitlab-commit-id', file.commit_id);
    res.setHeader('x-gitlab-last-commit-id', file.last_commit_id);
    res.setHeader('x-gitlab-content-sha256', file.content_sha256);
    res.setHeader('x-gitlab-execute-filemode', 'false');
    res.json({ ...file, content: blob.content.toString('base64') });
  });

  const writeFile =
    (action: 'create' | 'update' | 'delete') =>
    (req: Request, res: Response) => {
      const project = loadProject(ctx, req, res);
      if (!project) return;
      const branch = stringParam(req, 'branch');
      const message = stringParam(req, 'commit_message');
      const content = stringParam(req, 'content');
      const missing = [
        !branch && 'branch',
        !message && 'commit_message',
        action !== 'delete' && content === undefined && 'content',
      ].filter(Boolean) as string[];
      if (missing.length) {
        sendMissing(res, ...missing);
        return;
      }
      const filePath = req.params.file_path;
      const commit = writeOrFail(ctx, res, project, () =>
        project.repository.commit({
          branch: branch!,
          startBranch: stringParam(req, 'start_branch'),
          message: message!,
          author: authorOf(req, store.adminIdentity),
          actions: [
            action === 'delete'
              ? { action, filePath }
              : {
                  action,
                  filePath,
                  content: decode(content!, stringParam(req, 'encoding')),
                },
          ],
        }),
      );
      if (!commit) return;
      if (action === 'delete') res.status(204).end();
      else
        res
          .status(action === 'create' ? 201 : 200)
          .json({ file_path: filePath, branch });
    };
  router.post('/projects/:id/repository/files/:file_path', writeFile('create'));
  router.put('/projects/:id/repository/files/:file_path', writeFile('update'));
  router.delete(
    '/projects/:id/repository/files/:file_path',
    writeFile('delete'),
  );

  router.get('/projects/:id/repository/tree', (req, res) => {
    const project = loadProject(ctx, req, res);
    if (!project) return;
    const commit = resolveRef(project, stringParam(req, 'ref'));
    if (!commit) {
      sendMessage(res, 404, '404 Tree Not Found');
      return;
    }
    const dir = (stringParam(req, 'path') ?? '').replace(/^\/+|\/+$/g, '');
    const entries = treeEntries(
      [...project.repository.treeAt(commit.id)],
      dir,
      boolParam(req, 'recursive') === true,
      commit.id,
    );
    if (dir && entries.length === 0) {
      sendMessage(res, 404, '404 Tree Not Found');
      return;
    }
    res.json(paginate(req, res, entries, ctx.apiBaseUrl));
  });
}

/** `TreeObject` entries under `dir`: sub-trees first, then blobs, by name. */
function treeEntries(
  files: Array<[string, { id: string }]>,
  dir: string,
  recursive: boolean,
  commitId: string,
) {
  const prefix = dir ? `${dir}/` : '';
  const trees = new Set<string>();
  const blobs: Array<{
    id: string;
    name: string;
    type: 'blob';
    path: string;
    mode: string;
  }> = [];
  for (const [path, blob] of files) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    if (rest.length === 1) {
      blobs.push({
        id: blob.id,
        name: rest[0],
        type: 'blob',
        path,
        mode: '100644',
      });
      continue;
    }
    const depth = recursive ? rest.length - 1 : 1;
    for (let i = 1; i <= depth; i++)
      trees.add(prefix + rest.slice(0, i).join('/'));
    if (recursive) {
      blobs.push({
        id: blob.id,
        name: rest[rest.length - 1],
        type: 'blob',
        path,
        mode: '100644',
      });
    }
  }
  const treeEntriesList = [...trees].map(path => ({
    id: sha1Hex(`tree ${commitId} ${path}`),
    name: path.split('/').pop()!,
    type: 'tree' as const,
    path,
    mode: '040000',
  }));
  // Git orders entries bytewise (upper case before lower case).
  const byPath = (a: { path: string }, b: { path: string }) => {
    if (a.path === b.path) return 0;
    return a.path < b.path ? -1 : 1;
  };
  return [...treeEntriesList.sort(byPath), ...blobs.sort(byPath)];
}

import type {
  CommitAction,
  GitCommit,
  GitIdentity,
} from '../gitlab/gitRepository';
import type {
  GitlabGroup,
  GitlabProject,
  GitlabStore,
} from '../gitlab/gitlabStore';

/** The identity the console's GitLab token commits with. */
export const CONSOLE_BOT: GitIdentity = {
  name: 'Cloud π Native console',
  email: 'console@cloud-pi-native.fr',
};

/** Topic marking the repositories the console manages. */
export const PLUGIN_MANAGED_TOPIC = 'plugin-managed';

/** Gets or creates every group of a path (`forge/projects/app`). */
export function ensureGroupPath(
  store: GitlabStore,
  fullPath: string,
  attributes: Record<string, string> = {},
): { group: GitlabGroup; created: boolean } {
  let parent: GitlabGroup | undefined;
  let created = false;
  for (const segment of fullPath.split('/').filter(Boolean)) {
    const path = parent ? `${parent.fullPath}/${segment}` : segment;
    let group = store.findGroup(path);
    if (!group) {
      group = store.createGroup({
        name: segment,
        path: segment,
        parentId: parent?.id ?? null,
      });
      created = true;
    }
    parent = group;
  }
  Object.assign(parent!.customAttributes, attributes);
  return { group: parent!, created };
}

/**
 * Gets or creates a repository in a group. A new one gets `main`, the
 * `plugin-managed` topic and an initial commit with `initialFiles`.
 */
export function ensureRepository(
  store: GitlabStore,
  group: GitlabGroup,
  path: string,
  options: {
    description?: string;
    ciConfigPath?: string | null;
    initialFiles: Record<string, string>;
    attributes?: Record<string, string>;
  },
): { project: GitlabProject; created: boolean } {
  let project = store.findProject(`${group.fullPath}/${path}`);
  const created = !project;
  if (!project) {
    project = store.createProject({
      name: path,
      path,
      namespaceId: group.id,
      description: options.description,
      defaultBranch: 'main',
      topics: [PLUGIN_MANAGED_TOPIC],
      ciConfigPath: options.ciConfigPath ?? null,
    });
    project.repository.commit({
      branch: 'main',
      message: 'Initial commit',
      author: CONSOLE_BOT,
      actions: Object.entries(options.initialFiles).map(
        ([filePath, content]) => ({
          action: 'create' as const,
          filePath,
          content: Buffer.from(content),
        }),
      ),
    });
  } else if (options.ciConfigPath !== undefined) {
    project.ciConfigPath = options.ciConfigPath;
  }
  Object.assign(project.customAttributes, options.attributes ?? {});
  return { project, created };
}

/**
 * Commits the difference between `files` (content, or `null` to delete) and
 * the branch, in one commit; nothing when there is no difference.
 */
export function commitFiles(
  store: GitlabStore,
  project: GitlabProject,
  message: string,
  files: Record<string, string | null>,
  branch = 'main',
): GitCommit | undefined {
  const head = project.repository.branchHead(branch);
  const tree = head ? project.repository.treeAt(head.id) : new Map();
  const actions = Object.entries(files).flatMap(
    ([filePath, content]): CommitAction[] => {
      const current = tree.get(filePath);
      if (content === null)
        return current ? [{ action: 'delete' as const, filePath }] : [];
      if (current && current.content.toString('utf8') === content) return [];
      return [
        {
          action: current ? ('update' as const) : ('create' as const),
          filePath,
          content: Buffer.from(content),
        },
      ];
    },
  );
  if (!actions.length) return undefined;
  const commit = project.repository.commit({
    branch,
    message,
    author: CONSOLE_BOT,
    actions,
  });
  store.touch(project);
  return commit;
}

/** Paths of a branch's files under a folder. */
export function filesUnder(
  project: GitlabProject,
  folder: string,
  branch = 'main',
): string[] {
  const head = project.repository.branchHead(branch);
  if (!head) return [];
  return [...project.repository.treeAt(head.id).keys()].filter(path =>
    path.startsWith(`${folder}/`),
  );
}

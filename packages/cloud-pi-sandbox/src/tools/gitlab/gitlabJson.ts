import type { GitCommit } from './gitRepository';
import type { GitlabView } from './gitlabView';
import { basicPipelineJson } from './pipelineJson';
import {
  pipelineStatus,
  type CiVariable,
  type GitlabGroup,
  type GitlabProject,
} from './gitlabStore';

const iso = (date: Date) => date.toISOString();

/** `Group` entity (`GET /groups/:id` adds `projects` and `shared_projects`). */
export function groupJson(view: GitlabView, group: GitlabGroup) {
  const names: string[] = [];
  for (let g: GitlabGroup | undefined = group; g; ) {
    names.unshift(g.name);
    g = g.parentId ? view.store.findGroup(g.parentId) : undefined;
  }
  return {
    id: group.id,
    web_url: `${view.baseUrl}/groups/${group.fullPath}`,
    name: group.name,
    path: group.path,
    description: group.description,
    visibility: group.visibility,
    share_with_group_lock: false,
    require_two_factor_authentication: false,
    two_factor_grace_period: 48,
    project_creation_level: 'developer',
    auto_devops_enabled: null,
    subgroup_creation_level: 'maintainer',
    emails_disabled: false,
    emails_enabled: true,
    mentions_disabled: null,
    lfs_enabled: true,
    math_rendering_limits_enabled: true,
    lock_math_rendering_limits_enabled: false,
    default_branch: null,
    default_branch_protection: 2,
    avatar_url: null,
    request_access_enabled: true,
    full_name: names.join(' / '),
    full_path: group.fullPath,
    created_at: iso(group.createdAt),
    parent_id: group.parentId,
    organization_id: 1,
    shared_runners_setting: 'enabled',
    ldap_cn: null,
    ldap_access: null,
    wiki_access_level: 'enabled',
    marked_for_deletion_on: null,
  };
}

/** `ProjectNamespace` sub-entity. */
function namespaceJson(view: GitlabView, group: GitlabGroup) {
  return {
    id: group.id,
    name: group.name,
    path: group.path,
    kind: 'group',
    full_path: group.fullPath,
    parent_id: group.parentId,
    avatar_url: null,
    web_url: `${view.baseUrl}/groups/${group.fullPath}`,
  };
}

/** `BasicProjectDetails` entity (what `simple=true` returns). */
export function simpleProjectJson(view: GitlabView, project: GitlabProject) {
  const group = view.store.findGroup(project.namespaceId)!;
  const fullPath = view.store.projectFullPath(project);
  const webUrl = `${view.baseUrl}/${fullPath}`;
  const host = new URL(view.baseUrl).host;
  const names = groupJson(view, group).full_name;
  const hasReadme = project.repository.isEmpty
    ? false
    : project.repository
        .treeAt(
          project.repository.branchHead(project.repository.defaultBranch)?.id ??
            '',
        )
        .has('README.md');
  return {
    id: project.id,
    description: project.description,
    name: project.name,
    name_with_namespace: `${names} / ${project.name}`,
    path: project.path,
    path_with_namespace: fullPath,
    created_at: iso(project.createdAt),
    default_branch: project.repository.isEmpty
      ? null
      : project.repository.defaultBranch,
    tag_list: project.topics,
    topics: project.topics,
    ssh_url_to_repo: `git@${host.split(':')[0]}:${fullPath}.git`,
    http_url_to_repo: `${webUrl}.git`,
    web_url: webUrl,
    readme_url: hasReadme
      ? `${webUrl}/-/blob/${project.repository.defaultBranch}/README.md`
      : null,
    forks_count: 0,
    avatar_url: null,
    star_count: 0,
    last_activity_at: iso(project.lastActivityAt),
    namespace: namespaceJson(view, group),
  };
}

/** `ProjectWithAccess`-like full `Project` entity. */
export function projectJson(view: GitlabView, project: GitlabProject) {
  const simple = simpleProjectJson(view, project);
  const api = `${view.baseUrl}/api/v4/projects/${project.id}`;
  return {
    ...simple,
    container_registry_image_prefix: `${new URL(view.baseUrl).host}/${
      simple.path_with_namespace
    }`,
    _links: {
      self: api,
      issues: `${api}/issues`,
      merge_requests: `${api}/merge_requests`,
      repo_branches: `${api}/repository/branches`,
      labels: `${api}/labels`,
      events: `${api}/events`,
      members: `${api}/members`,
      cluster_agents: `${api}/cluster_agents`,
    },
    packages_enabled: true,
    empty_repo: project.repository.isEmpty,
    archived: false,
    visibility: project.visibility,
    resolve_outdated_diff_discussions: false,
    container_registry_enabled: true,
    issues_enabled: true,
    merge_requests_enabled: true,
    wiki_enabled: true,
    jobs_enabled: true,
    snippets_enabled: true,
    shared_runners_enabled: true,
    creator_id: view.store.admin.id,
    import_status: 'none',
    open_issues_count: 0,
    description_html: '',
    updated_at: iso(project.lastActivityAt),
    ci_config_path: project.ciConfigPath,
    ci_default_git_depth: 20,
    public_jobs: true,
    shared_with_groups: [],
    only_allow_merge_if_pipeline_succeeds: false,
    allow_merge_on_skipped_pipeline: null,
    request_access_enabled: true,
    only_allow_merge_if_all_discussions_are_resolved: false,
    remove_source_branch_after_merge: true,
    printing_merge_request_link_enabled: true,
    merge_method: 'merge',
    squash_option: 'default_off',
    auto_devops_enabled: false,
    repository_access_level: 'enabled',
    merge_requests_access_level: 'enabled',
    builds_access_level: 'enabled',
    permissions: {
      project_access: null,
      group_access: { access_level: 50, notification_level: 3 },
    },
  };
}

/** `Commit` entity; `detailed` adds what `GET …/commits/:sha` returns. */
export function commitJson(
  view: GitlabView,
  project: GitlabProject,
  commit: GitCommit,
  detailed = false,
) {
  const [title] = commit.message.split('\n');
  const base = {
    id: commit.id,
    short_id: commit.id.slice(0, 8),
    created_at: iso(commit.committedDate),
    parent_ids: commit.parentIds,
    title,
    message: commit.message,
    author_name: commit.author.name,
    author_email: commit.author.email,
    authored_date: iso(commit.authoredDate),
    committer_name: commit.committer.name,
    committer_email: commit.committer.email,
    committed_date: iso(commit.committedDate),
    trailers: {},
    extended_trailers: {},
    web_url: `${view.baseUrl}/${view.store.projectFullPath(project)}/-/commit/${
      commit.id
    }`,
  };
  if (!detailed) return base;
  const pipeline = project.pipelines.filter(p => p.sha === commit.id).at(-1);
  return {
    ...base,
    stats: commit.stats,
    status: pipeline ? pipelineStatus(pipeline, view.store.clock()) : null,
    project_id: project.id,
    last_pipeline: pipeline ? basicPipelineJson(view, project, pipeline) : null,
  };
}

/** `Branch` entity. */
export function branchJson(
  view: GitlabView,
  project: GitlabProject,
  name: string,
) {
  const head = project.repository.branchHead(name)!;
  const isDefault = name === project.repository.defaultBranch;
  return {
    name,
    commit: commitJson(view, project, head),
    merged: false,
    protected: isDefault,
    developers_can_push: false,
    developers_can_merge: false,
    can_push: true,
    default: isDefault,
    web_url: `${view.baseUrl}/${view.store.projectFullPath(
      project,
    )}/-/tree/${name}`,
  };
}

/** `Ci::Variable` entity (a hidden variable never shows its value). */
export function variableJson(variable: CiVariable) {
  return {
    variable_type: variable.variableType,
    key: variable.key,
    value: variable.hidden ? null : variable.value,
    hidden: variable.hidden,
    protected: variable.protected,
    masked: variable.masked,
    raw: variable.raw,
    environment_scope: variable.environmentScope,
    description: variable.description,
  };
}

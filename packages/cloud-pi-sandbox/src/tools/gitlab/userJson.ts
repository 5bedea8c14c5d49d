import type { GitlabUser } from './gitlabStore';
import type { GitlabView } from './gitlabView';

const iso = (date: Date) => date.toISOString();

/** `UserBasic` entity. */
export function userJson(view: GitlabView, user: GitlabUser) {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    state: 'active',
    locked: false,
    avatar_url: null,
    web_url: `${view.baseUrl}/${user.username}`,
  };
}

/** `User` entity as `GET /user` returns it for an administrator. */
export function currentUserJson(view: GitlabView, user: GitlabUser) {
  return {
    ...userJson(view, user),
    created_at: iso(user.createdAt),
    bio: '',
    location: '',
    public_email: null,
    skype: '',
    linkedin: '',
    twitter: '',
    discord: '',
    website_url: '',
    organization: '',
    job_title: '',
    pronouns: null,
    bot: false,
    work_information: null,
    local_time: null,
    last_sign_in_at: iso(user.createdAt),
    confirmed_at: iso(user.createdAt),
    last_activity_on: iso(user.createdAt).slice(0, 10),
    email: user.email,
    theme_id: 1,
    color_scheme_id: 1,
    projects_limit: 100000,
    current_sign_in_at: iso(user.createdAt),
    identities: [],
    can_create_group: true,
    can_create_project: true,
    two_factor_enabled: false,
    external: false,
    private_profile: false,
    commit_email: user.email,
    is_admin: true,
    note: null,
  };
}

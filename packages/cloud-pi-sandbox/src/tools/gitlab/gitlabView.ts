import type { GitlabStore } from './gitlabStore';

/** What the JSON builders need: the store and the public GitLab URL. */
export interface GitlabView {
  store: GitlabStore;
  /** Public GitLab base URL without trailing slash (web and API links). */
  baseUrl: string;
}

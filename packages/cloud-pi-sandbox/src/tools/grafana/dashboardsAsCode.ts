import { gitlabProjectPath } from '@cpin/plugin-cloud-pi-native-common';
import type { GitlabStore } from '../gitlab/gitlabStore';
import type { GrafanaDashboard } from './grafanaStore';

const DASHBOARDS_FOLDER = 'files/dashboards/';

/**
 * The dashboards as code of a project (`files/dashboards/*.json` of its
 * `infra-observability` repository, branch `main`), as the observability
 * Application would load them into the project's Grafana. Files that are
 * not dashboards are skipped, as grafana-operator does.
 */
export function dashboardsAsCode(
  gitlab: GitlabStore,
  projectsRootDir: string,
  slug: string,
): GrafanaDashboard[] {
  const repo = gitlab.findProject(
    gitlabProjectPath(projectsRootDir, slug, 'infra-observability'),
  );
  const head = repo?.repository.branchHead('main');
  if (!repo || !head) return [];
  const dashboards: GrafanaDashboard[] = [];
  for (const [path, blob] of repo.repository.treeAt(head.id)) {
    if (!path.startsWith(DASHBOARDS_FOLDER) || !path.endsWith('.json')) {
      continue;
    }
    const file = path.slice(DASHBOARDS_FOLDER.length, -'.json'.length);
    try {
      const json = JSON.parse(blob.content.toString('utf8'));
      if (typeof json?.title !== 'string') continue;
      dashboards.push({
        uid: typeof json.uid === 'string' ? json.uid : file,
        title: json.title,
        tags: Array.isArray(json.tags)
          ? json.tags.filter((t: unknown) => typeof t === 'string')
          : [],
      });
    } catch {
      continue;
    }
  }
  return dashboards;
}

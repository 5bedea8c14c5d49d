import type { PlatformSettings } from '../types';
import type { ApplicationSource } from './argocd/applicationTypes';
import { ArgoStore } from './argocd/argoStore';
import { GitlabStore } from './gitlab/gitlabStore';
import { GrafanaStore } from './grafana/grafanaStore';
import { HarborStore } from './harbor/harborStore';
import { KubernetesStore } from './kubernetes/kubernetesStore';
import type { Clock } from './shared/clock';
import { SonarStore } from './sonarqube/sonarStore';
import { VaultStore } from './vault/vaultStore';

/** The state of every tool fake, shared by the routers and the provisioner. */
export interface ToolStores {
  settings: PlatformSettings;
  clock: Clock;
  gitlab: GitlabStore;
  vault: VaultStore;
  sonarqube: SonarStore;
  argocd: ArgoStore;
  kubernetes: KubernetesStore;
  grafana: GrafanaStore;
  harbor: HarborStore;
}

/** Creates the stores and the platform-level objects that exist before any project. */
export function createToolStores(
  settings: PlatformSettings,
  clock: Clock,
  tokens: { vault: string; sonarqube: string },
): ToolStores {
  const gitlab = new GitlabStore(clock);
  const vault = new VaultStore(clock, tokens.vault);
  vault.mount(
    settings.vaultKvName,
    'kv',
    'Technical secrets of the DSO platform',
    { version: '2' },
  );
  return {
    settings,
    clock,
    gitlab,
    vault,
    sonarqube: new SonarStore(clock, tokens.sonarqube),
    argocd: new ArgoStore(clock, source =>
      resolveGitlabRevision(gitlab, settings.gitlabUrl, source),
    ),
    kubernetes: new KubernetesStore(clock),
    grafana: new GrafanaStore(),
    harbor: new HarborStore(clock),
  };
}

/** The commit an Application source points at, when it is a sandbox GitLab repository. */
function resolveGitlabRevision(
  gitlab: GitlabStore,
  gitlabUrl: string,
  source: ApplicationSource,
): string | undefined {
  const base = `${gitlabUrl.replace(/\/+$/, '')}/`;
  if (!source.repoURL.startsWith(base)) return undefined;
  const project = gitlab.findProject(
    source.repoURL.slice(base.length).replace(/\.git$/, ''),
  );
  if (!project || project.repository.isEmpty) return undefined;
  const ref =
    !source.targetRevision || source.targetRevision === 'HEAD'
      ? project.repository.defaultBranch
      : source.targetRevision;
  return project.repository.resolve(ref)?.id;
}

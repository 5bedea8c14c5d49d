import { gitlabProjectPath } from '@cpin/plugin-cloud-pi-native-common';
import type { HealthStatus, SyncStatus } from './argocd/applicationTypes';
import type {
  GrafanaAlertRule,
  GrafanaDashboard,
} from './grafana/grafanaStore';
import type { VulnerabilityCounts } from './harbor/harborStore';
import { commitFiles } from './provisioner/gitlabOps';
import type { ToolStores } from './toolStores';

/** Controls of the tool fakes, to put the demo world in given states. */
export interface DemoControls {
  /** Makes a project's quality gate pass or fail (with matching measures). */
  setQualityGate(projectKey: string, status: 'OK' | 'ERROR'): void;
  /** Sets an Application's sync and health status (in every zone that has it). */
  setAppHealth(appName: string, sync: SyncStatus, health: HealthStatus): void;
  /**
   * Records a CI pipeline on a branch of a GitLab project (the branch is
   * created from the default branch if needed), started `ageMs` ago;
   * `failedJob` makes it fail on that job.
   */
  runPipeline(
    projectPath: string,
    ref: string,
    options?: {
      failedJob?: string;
      ageMs?: number;
      source?: 'push' | 'web' | 'api' | 'trigger' | 'schedule';
      variables?: Record<string, string>;
    },
  ): void;
  /** Commits a file on the default branch of a GitLab project (a new revision for Argo CD). */
  commitFile(projectPath: string, filePath: string, content: string): void;
  /** Moves every existing pipeline `ms` into the past (finished history). */
  agePipelines(ms: number): void;
  /** Sets the Trivy result of every artifact of a repository `<project>/<image>`. */
  setImageScan(repository: string, counts: VulnerabilityCounts): void;
  /** Adds or removes the cosign signature of every artifact of `<project>/<image>`. */
  setImageSigned(repository: string, signed: boolean): void;
  /** Commits a dashboard as code into a project's `infra-observability`. */
  addDashboard(slug: string, file: string, dashboard: GrafanaDashboard): void;
  /** Sets the Grafana-managed alert rules of an instance (`<kind>-<slug>`). */
  setAlertRules(instance: string, rules: GrafanaAlertRule[]): void;
}

/** The demo controls over the tool stores; each throws for an unknown object. */
export function createDemoControls(stores: ToolStores): DemoControls {
  const { gitlab, harbor, clock } = stores;
  const gitlabProject = (path: string) => {
    const project = gitlab.findProject(path);
    if (!project) throw new Error(`GitLab project ${path} not found`);
    return project;
  };
  const artifacts = (name: string) => {
    const project = harbor.projectByName(name.slice(0, name.indexOf('/')));
    const found = project?.repositories.get(name)?.artifacts;
    if (!found?.length) throw new Error(`Harbor repository ${name} not found`);
    return found;
  };
  return {
    setQualityGate(projectKey, status) {
      const project = stores.sonarqube.projects.get(projectKey);
      if (!project)
        throw new Error(`SonarQube project ${projectKey} not found`);
      project.forcedGate = status;
    },
    setAppHealth(appName, sync, health) {
      if (!stores.argocd.setStatus(appName, sync, health).length) {
        throw new Error(`Argo CD application ${appName} not found`);
      }
    },
    runPipeline(projectPath, ref, options = {}) {
      const project = gitlabProject(projectPath);
      const { repository } = project;
      const head =
        repository.branchHead(ref) ??
        repository.createBranch(ref, repository.defaultBranch);
      gitlab.createPipeline(project, {
        ref,
        sha: head.id,
        source: options.source ?? 'push',
        failedJob: options.failedJob,
        createdAt: new Date(clock().getTime() - (options.ageMs ?? 0)),
        variables: Object.entries(options.variables ?? {}).map(
          ([key, value]) => ({ key, value, variableType: 'env_var' }),
        ),
      });
    },
    commitFile(projectPath, filePath, content) {
      const project = gitlabProject(projectPath);
      const { repository } = project;
      const exists = repository
        .treeAt(repository.branchHead(repository.defaultBranch)!.id)
        .has(filePath);
      repository.commit({
        branch: repository.defaultBranch,
        message: `chore: update ${filePath}`,
        author: gitlab.adminIdentity,
        actions: [
          {
            action: exists ? 'update' : 'create',
            filePath,
            content: Buffer.from(content),
          },
        ],
      });
      gitlab.touch(project);
    },
    agePipelines(ms) {
      for (const project of gitlab.allProjects()) {
        for (const pipeline of project.pipelines) {
          pipeline.createdAt = new Date(pipeline.createdAt.getTime() - ms);
        }
      }
    },
    setImageScan(repository, counts) {
      for (const artifact of artifacts(repository)) {
        harbor.setScan(artifact, counts);
      }
    },
    setImageSigned(repository, signed) {
      for (const artifact of artifacts(repository)) {
        harbor.setSigned(artifact, signed);
      }
    },
    addDashboard(slug, file, dashboard) {
      const project = gitlabProject(
        gitlabProjectPath(
          stores.settings.projectsRootDir,
          slug,
          'infra-observability',
        ),
      );
      commitFiles(gitlab, project, `Add dashboard ${file}`, {
        [`files/dashboards/${file}.json`]: `${JSON.stringify(
          { ...dashboard, schemaVersion: 39, panels: [] },
          null,
          2,
        )}\n`,
      });
    },
    setAlertRules(instance, rules) {
      if (!stores.grafana.instances.has(instance)) {
        throw new Error(`Grafana instance ${instance} not found`);
      }
      stores.grafana.alertRules.set(instance, rules);
    },
  };
}

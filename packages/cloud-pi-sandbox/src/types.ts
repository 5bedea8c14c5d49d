import type {
  Cluster,
  Deployment,
  Environment,
  Project,
  Repository,
  Role,
  Stage,
  User,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';

/**
 * Platform-wide settings the console stand-in shares with the tool fakes, so
 * every generated name and URL is the one the real platform would produce.
 *
 * @public
 */
export interface PlatformSettings {
  /** Public base URL of the sandbox (e.g. http://localhost:7180). */
  publicUrl: string;
  /** GitLab `PROJECTS_ROOT_DIR`, e.g. `forge/projects`. */
  projectsRootDir: string;
  /** Public GitLab URL (the sandbox GitLab stand-in). */
  gitlabUrl: string;
  /** Public Grafana URL (the sandbox Grafana stand-in). */
  grafanaUrl: string;
  /** Vault KV mount of the platform's technical secrets (`forge-dso`). */
  vaultKvName: string;
  /** Console version reported by `/api/v1/version` and provisioning. */
  consoleVersion: string;
}

/** An environment with everything provisioning needs to name its objects. @public */
export interface EnvironmentSnapshot {
  environment: Environment;
  stage: Stage;
  cluster: Cluster;
  zone: Zone;
}

/** Full state of a project at the time of a provisioning event. @public */
export interface ProjectSnapshot {
  project: Project;
  owner: User;
  members: Array<{ user: User; roleIds: string[] }>;
  /**
   * Roles as stored: `oidcGroup` keeps its `/<slug>` prefix (the API strips
   * it), since that is the group the tools authorise against.
   */
  roles: Role[];
  environments: EnvironmentSnapshot[];
  repositories: Repository[];
  /** The project's deployments, as the console lists them (sources with their repository). */
  deployments: Deployment[];
  /** Every zone of the platform (the console visits all zones on upsert). */
  zones: Zone[];
}

/** One plugin's outcome, as the console records it in its logs. @public */
export interface ProvisionResult {
  plugin: string;
  status: 'OK' | 'KO' | 'WARNING';
  message?: string;
  executionTime?: number;
}

/**
 * What the console stand-in calls after a mutation, like the console's
 * `project.upsert` / `project.delete` / `repository.sync` events. The tool
 * fakes implement it by creating the objects the real plugins would create.
 *
 * @public
 */
export interface Provisioner {
  upsertProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]>;
  deleteProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]>;
  syncRepository(
    snapshot: ProjectSnapshot,
    repositoryName: string,
    options: { syncAllBranches: boolean; branchName?: string },
  ): Promise<ProvisionResult[]>;
}

import { randomUUID } from 'node:crypto';
import { deterministicUuid } from '../../util/deterministicUuid';
import type {
  AdminRoleRecord,
  AdminTokenRecord,
  ClusterRecord,
  DeploymentRecord,
  EnvironmentRecord,
  LogRecord,
  MemberRecord,
  PersonalTokenRecord,
  ProjectPluginRecord,
  ProjectRecord,
  ProjectRoleRecord,
  RepositoryRecord,
  StageRecord,
  SystemSettingRecord,
  UserRecord,
  ZoneRecord,
} from './records';
import { Table } from './Table';

const byProject = <T extends { projectId: string }>() => ({
  key: (row: T) => row.projectId,
});

/**
 * The console stand-in's database: one table per Prisma model, plus the id
 * strategy (random like Postgres, or name-based while seeding).
 */
export class ConsoleStore {
  readonly users = new Table<UserRecord, 'email'>({
    email: { key: u => u.email.toLowerCase(), unique: true },
  });
  readonly adminRoles = new Table<AdminRoleRecord>();
  readonly zones = new Table<ZoneRecord, 'slug'>({
    slug: { key: z => z.slug, unique: true },
  });
  readonly stages = new Table<StageRecord, 'name'>({
    name: { key: s => s.name, unique: true },
  });
  readonly clusters = new Table<ClusterRecord, 'label'>({
    label: { key: c => c.label, unique: true },
  });
  readonly projects = new Table<ProjectRecord, 'slug'>({
    slug: { key: p => p.slug, unique: true },
  });
  readonly projectRoles = new Table<ProjectRoleRecord, 'project'>({
    project: byProject<ProjectRoleRecord>(),
  });
  readonly members = new Table<MemberRecord, 'project' | 'user'>({
    project: byProject<MemberRecord>(),
    user: { key: m => m.userId },
  });
  readonly environments = new Table<EnvironmentRecord, 'project' | 'cluster'>({
    project: byProject<EnvironmentRecord>(),
    cluster: { key: e => e.clusterId },
  });
  readonly repositories = new Table<RepositoryRecord, 'project'>({
    project: byProject<RepositoryRecord>(),
  });
  readonly deployments = new Table<DeploymentRecord, 'project' | 'environment'>(
    {
      project: byProject<DeploymentRecord>(),
      environment: { key: d => d.environmentId },
    },
  );
  readonly personalTokens = new Table<PersonalTokenRecord, 'hash' | 'user'>({
    hash: { key: t => t.hash, unique: true },
    user: { key: t => t.userId },
  });
  readonly adminTokens = new Table<AdminTokenRecord, 'hash'>({
    hash: { key: t => t.hash, unique: true },
  });
  readonly logs = new Table<LogRecord, 'project'>({
    project: { key: l => l.projectId ?? '' },
  });
  readonly projectPlugins = new Table<ProjectPluginRecord, 'project'>({
    project: byProject<ProjectPluginRecord>(),
  });
  readonly systemSettings = new Table<SystemSettingRecord, 'key'>({
    key: { key: s => s.key, unique: true },
  });

  #deterministic = false;
  #revision = 0;
  readonly #listeners = new Set<() => void>();

  constructor() {
    for (const table of Object.values(this.tables())) {
      table.setChangeListener(() => {
        this.#revision++;
        for (const listener of this.#listeners) listener();
      });
    }
  }

  /** Increases on every change; lets persistence skip needless writes. */
  get revision(): number {
    return this.#revision;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * An id for a new row. `naturalKey` only matters while seeding, where ids
   * are derived from it so they are stable across runs.
   */
  newId(kind: string, naturalKey: string): string {
    return this.#deterministic
      ? deterministicUuid(kind, naturalKey)
      : randomUUID();
  }

  /** Runs `fn` with name-based ids (used by the seeds). */
  async withDeterministicIds<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.#deterministic;
    this.#deterministic = true;
    try {
      return await fn();
    } finally {
      this.#deterministic = previous;
    }
  }

  /** Clusters attached to a stage (the `ClusterToStage` relation). */
  clusterIdsOfStage(stageId: string): string[] {
    return this.clusters
      .all()
      .filter(c => c.stageIds.includes(stageId))
      .map(c => c.id);
  }

  /** Every table, by name (persistence walks them). */
  tables(): Record<string, Table<{ id: string }, string>> {
    return {
      users: this.users,
      adminRoles: this.adminRoles,
      zones: this.zones,
      stages: this.stages,
      clusters: this.clusters,
      projects: this.projects,
      projectRoles: this.projectRoles,
      members: this.members,
      environments: this.environments,
      repositories: this.repositories,
      deployments: this.deployments,
      personalTokens: this.personalTokens,
      adminTokens: this.adminTokens,
      logs: this.logs,
      projectPlugins: this.projectPlugins,
      systemSettings: this.systemSettings,
    } as unknown as Record<string, Table<{ id: string }, string>>;
  }
}

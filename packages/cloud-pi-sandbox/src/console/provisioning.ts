import {
  CONSOLE_LOG_ACTIONS,
  CONSOLE_LOG_SUCCESS_SUMMARY,
} from '@cpin/plugin-cloud-pi-native-common';
import { randomUUID } from 'node:crypto';
import type {
  PlatformSettings,
  ProjectSnapshot,
  ProvisionResult,
  Provisioner,
} from '../types';
import type { ConsoleStore } from './store/ConsoleStore';
import type { LogRecord, ProjectRecord } from './store/records';
import {
  clusterView,
  deploymentView,
  environmentView,
  projectRoles,
  projectView,
  repositoryView,
  stageView,
  userView,
  zoneView,
} from './views';

/** Who triggered a provisioning event, for the log row. */
export interface EventOrigin {
  userId?: string;
  requestId?: string;
}

/** What an event produced. */
export interface ProvisionOutcome {
  ok: boolean;
  results: ProvisionResult[];
  log: LogRecord;
}

/** Keys the console strips from event arguments before storing them. */
const STRIPPED_KEYS = new Set([
  'cluster',
  'user',
  'newCreds',
  'apis',
  'config',
]);

/**
 * Runs the console's provisioning events (`project.upsert`, `project.delete`,
 * `repository.sync`) through the injected `Provisioner`, then records the
 * outcome like `AppEventsService`: one log row, and the project status.
 * Events of one project are serialised so tool fakes never see them overlap.
 */
export class ProvisioningRunner {
  readonly #store: ConsoleStore;
  readonly #settings: PlatformSettings;
  #provisioner: Provisioner;
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(
    store: ConsoleStore,
    provisioner: Provisioner,
    settings: PlatformSettings,
  ) {
    this.#store = store;
    this.#provisioner = provisioner;
    this.#settings = settings;
  }

  /** The provisioner events go to. */
  get provisioner(): Provisioner {
    return this.#provisioner;
  }

  /** Replaces the provisioner (the seed decorates it for a while). */
  set provisioner(provisioner: Provisioner) {
    this.#provisioner = provisioner;
  }

  /** Everything the tools need to reconcile a project, at this instant. */
  snapshot(projectId: string): ProjectSnapshot {
    const store = this.#store;
    const project = store.projects.get(projectId)!;
    const zones = store.zones.all();
    return {
      project: projectView(store, project),
      owner: userView(store.users.get(project.ownerId)!),
      members: store.members.findGroup('project', project.id).map(m => ({
        user: userView(store.users.get(m.userId)!),
        roleIds: [...m.roleIds],
      })),
      // Tools need the stored groups (`/<slug>/console/...`), not the API form.
      roles: projectRoles(store, project.id).map(r => ({
        id: r.id,
        name: r.name,
        permissions: r.permissions.toString(),
        position: r.position,
        projectId: r.projectId,
        oidcGroup: r.oidcGroup,
        type: r.type,
      })),
      environments: store.environments
        .findGroup('project', project.id)
        .map(env => {
          const stage = store.stages.get(env.stageId)!;
          const cluster = store.clusters.get(env.clusterId)!;
          return {
            environment: environmentView(env, stage),
            stage: stageView(store, stage),
            cluster: clusterView(cluster),
            zone: zoneView(store.zones.get(cluster.zoneId)!),
          };
        }),
      repositories: store.repositories
        .findGroup('project', project.id)
        .map(repositoryView),
      deployments: store.deployments
        .findGroup('project', project.id)
        .map(deployment => deploymentView(store, deployment)),
      zones: zones.map(zoneView),
    };
  }

  /** `project.upsert`: reconciles every tool, then updates the status. */
  upsert(
    projectId: string,
    action: string,
    args: Record<string, unknown>,
    origin: EventOrigin,
  ): Promise<ProvisionOutcome> {
    return this.#serialised(projectId, async () => {
      const snapshot = this.snapshot(projectId);
      const outcome = await this.#run(
        () => this.#provisioner.upsertProject(snapshot),
        action,
        snapshot,
        args,
        origin,
      );
      this.#applyUpsertStatus(projectId, outcome.results);
      return outcome;
    });
  }

  /**
   * `project.delete` with the pre-archive snapshot (original slug). A failure
   * turns the already archived project to `failed`, as NestJS does.
   */
  delete(
    projectId: string,
    snapshot: ProjectSnapshot,
    action: string,
    origin: EventOrigin,
  ): Promise<ProvisionOutcome> {
    return this.#serialised(projectId, async () => {
      const outcome = await this.#run(
        () => this.#provisioner.deleteProject(snapshot),
        action,
        snapshot,
        {},
        origin,
      );
      if (!outcome.ok) this.#setStatus(projectId, 'failed');
      return outcome;
    });
  }

  /** `repository.sync`: mirrors a repository (the project status is untouched). */
  sync(
    projectId: string,
    repositoryName: string,
    options: { syncAllBranches: boolean; branchName?: string },
    origin: EventOrigin,
  ): Promise<ProvisionOutcome> {
    return this.#serialised(projectId, async () => {
      const snapshot = this.snapshot(projectId);
      return this.#run(
        () =>
          this.#provisioner.syncRepository(snapshot, repositoryName, options),
        CONSOLE_LOG_ACTIONS.syncRepository,
        snapshot,
        { repositoryName, ...options },
        origin,
      );
    });
  }

  /** Resolves once every event queued so far for the project has run. */
  settled(projectId: string): Promise<void> {
    return (this.#queues.get(projectId) ?? Promise.resolve()).then(
      () => undefined,
    );
  }

  /** Resolves once every queued event of every project has run. */
  async allSettled(): Promise<void> {
    while (this.#queues.size > 0) {
      await Promise.all([...this.#queues.values()]);
    }
  }

  /** Records an event no tool listens to (member changes). */
  record(
    projectId: string,
    action: string,
    args: Record<string, unknown>,
    origin: EventOrigin,
  ): LogRecord {
    return this.#writeLog(projectId, action, args, [], 0, origin);
  }

  async #run(
    call: () => Promise<ProvisionResult[]>,
    action: string,
    snapshot: ProjectSnapshot,
    args: Record<string, unknown>,
    origin: EventOrigin,
  ): Promise<ProvisionOutcome> {
    const started = Date.now();
    let results: ProvisionResult[];
    try {
      results = await call();
    } catch (error) {
      // Listeners never throw in the console (`capturePluginResult`).
      results = [
        { plugin: 'console', status: 'KO', message: (error as Error).message },
      ];
    }
    const log = this.#writeLog(
      snapshot.project.id,
      action,
      { project: describeProject(snapshot), ...stripArgs(args) },
      results,
      Date.now() - started,
      origin,
    );
    return { ok: results.every(r => r.status !== 'KO'), results, log };
  }

  #writeLog(
    projectId: string,
    action: string,
    args: Record<string, unknown>,
    results: ProvisionResult[],
    totalExecutionTime: number,
    origin: EventOrigin,
  ): LogRecord {
    const failed = results.filter(r => r.status === 'KO');
    const warning = results.filter(r => r.status === 'WARNING');
    const byPlugin: Record<string, unknown> = {};
    for (const result of results) {
      byPlugin[result.plugin] = {
        status: { result: result.status, message: result.message },
        executionTime: result.executionTime ?? 0,
      };
    }
    const now = new Date().toISOString();
    return this.#store.logs.insert({
      id: randomUUID(),
      action,
      data: {
        args,
        failed: failed.map(r => r.plugin),
        warning: warning.map(r => r.plugin),
        results: byPlugin,
        totalExecutionTime,
        messageResume: messageResume(failed),
      },
      userId: origin.userId ?? null,
      requestId: origin.requestId ?? null,
      projectId,
      createdAt: now,
      updatedAt: now,
    });
  }

  #applyUpsertStatus(projectId: string, results: ProvisionResult[]): void {
    const project = this.#store.projects.get(projectId);
    if (!project || project.status === 'archived') return;
    if (results.some(r => r.status === 'KO')) {
      this.#setStatus(projectId, 'failed');
    } else if (results.some(r => r.status === 'WARNING')) {
      this.#setStatus(projectId, 'warning');
    } else {
      this.#store.projects.update(projectId, p => {
        p.status = 'created';
        p.lastSuccessProvisionningVersion = this.#settings.consoleVersion;
        p.updatedAt = new Date().toISOString();
      });
    }
  }

  #setStatus(projectId: string, status: ProjectRecord['status']): void {
    this.#store.projects.update(projectId, p => {
      p.status = status;
      p.updatedAt = new Date().toISOString();
    });
  }

  #serialised<T>(projectId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(projectId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.#queues.set(projectId, settled);
    void settled.then(() => {
      if (this.#queues.get(projectId) === settled)
        this.#queues.delete(projectId);
    });
    return next;
  }
}

/** `Success`, or the NestJS `Errors:\n<plugin>: <message>;` summary. */
export function messageResume(failed: ProvisionResult[]): string {
  if (failed.length === 0) return CONSOLE_LOG_SUCCESS_SUMMARY;
  return `Errors:\n${failed
    .map(r => `${r.plugin}: ${r.message ?? 'Erreur inconnue'};`)
    .join('\n')}`;
}

function describeProject(snapshot: ProjectSnapshot) {
  return {
    id: snapshot.project.id,
    name: snapshot.project.name,
    slug: snapshot.project.slug,
    environments: snapshot.environments.map(e => e.environment.name),
    repositories: snapshot.repositories.map(r => r.internalRepoName),
  };
}

function stripArgs(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(args).filter(([key]) => !STRIPPED_KEYS.has(key)),
  );
}

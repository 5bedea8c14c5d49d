import { randomUUID } from 'node:crypto';
import type { Clock } from '../shared/clock';
import { sha1Hex } from '../shared/seeded';
import {
  primarySource,
  type ApplicationSource,
  type DesiredApplication,
  type HealthStatus,
  type SyncStatus,
} from './applicationTypes';

/** One deployment of an Application (`status.history[]`). */
export interface DeploymentRecord {
  id: number;
  revision: string;
  deployStartedAt: Date;
  deployedAt: Date;
  automated: boolean;
}

/** An Application as the zone's Argo CD holds it. */
export interface ApplicationRecord extends DesiredApplication {
  zone: string;
  uid: string;
  createdAt: Date;
  resourceVersion: number;
  generation: number;
  /** Revision last synced. */
  revision: string;
  history: DeploymentRecord[];
  health: HealthStatus;
  healthMessage?: string;
  healthChangedAt: Date;
  /** Demo override of the computed sync status. */
  syncOverride?: SyncStatus;
  /** Last explicit refresh (`?refresh=normal`). */
  refreshedAt?: Date;
}

/** Resolves the commit a source currently points at (GitLab for internal repos). */
export type RevisionResolver = (
  source: ApplicationSource,
) => string | undefined;

/** How many deployments Argo CD keeps in `status.history` by default. */
const HISTORY_LIMIT = 10;

/**
 * Applications of every zone's Argo CD. Reads reconcile lazily: an automated
 * Application follows new commits of its source (a new history entry), a
 * manual one turns OutOfSync until someone syncs it.
 */
export class ArgoStore {
  private readonly zones = new Map<string, Map<string, ApplicationRecord>>();
  /** Console project id → `<zone>/<name>` of its Applications. */
  private readonly byProject = new Map<string, Set<string>>();
  private nextResourceVersion = 1000;

  constructor(
    private readonly clock: Clock,
    private readonly resolveRevision: RevisionResolver,
  ) {}

  /** Applications of a zone (reconciled). */
  list(zone: string): ApplicationRecord[] {
    return [...(this.zones.get(zone)?.values() ?? [])].map(app =>
      this.reconcile(app),
    );
  }

  /** Every Application of every zone (reconciled). */
  listAll(): ApplicationRecord[] {
    return [...this.zones.keys()].flatMap(zone => this.list(zone));
  }

  /** An Application of a zone by name (reconciled). */
  get(zone: string, name: string): ApplicationRecord | undefined {
    const app = this.zones.get(zone)?.get(name);
    return app ? this.reconcile(app) : undefined;
  }

  /** The current revision of a resource version counter (list metadata). */
  get resourceVersion(): string {
    return String(this.nextResourceVersion);
  }

  /**
   * Creates or updates an Application; unchanged definitions keep their
   * resource version, so upserting twice is a no-op.
   */
  upsert(zone: string, desired: DesiredApplication): ApplicationRecord {
    const apps = this.zones.get(zone) ?? new Map<string, ApplicationRecord>();
    this.zones.set(zone, apps);
    const existing = apps.get(desired.name);
    const now = this.clock();
    const revision =
      this.resolveRevision(primarySource(desired.spec)) ??
      placeholderRevision(primarySource(desired.spec));
    if (!existing) {
      const created: ApplicationRecord = {
        ...desired,
        zone,
        uid: randomUUID(),
        createdAt: now,
        resourceVersion: this.nextResourceVersion++,
        generation: 1,
        revision,
        history: [
          {
            id: 0,
            revision,
            deployStartedAt: now,
            deployedAt: now,
            automated: isAutomated(desired),
          },
        ],
        health: 'Healthy',
        healthChangedAt: now,
      };
      apps.set(desired.name, created);
      this.index(created);
      return created;
    }
    if (definitionOf(existing) === definitionOf(desired))
      return this.reconcile(existing);
    const specChanged =
      JSON.stringify(existing.spec) !== JSON.stringify(desired.spec);
    this.byProject.get(existing.projectId)?.delete(`${zone}/${existing.name}`);
    Object.assign(existing, desired);
    this.index(existing);
    existing.resourceVersion = this.nextResourceVersion++;
    if (specChanged) existing.generation++;
    return this.reconcile(existing);
  }

  /** Deletes an Application. */
  delete(zone: string, name: string): boolean {
    const app = this.zones.get(zone)?.get(name);
    if (!app) return false;
    this.byProject.get(app.projectId)?.delete(`${zone}/${name}`);
    return this.zones.get(zone)!.delete(name);
  }

  /** Applications of a console project, in every zone (for cleanup). */
  ofProject(projectId: string): ApplicationRecord[] {
    return [...(this.byProject.get(projectId) ?? [])].flatMap(key => {
      const separator = key.indexOf('/');
      const app = this.get(key.slice(0, separator), key.slice(separator + 1));
      return app ? [app] : [];
    });
  }

  private index(app: ApplicationRecord): void {
    const keys = this.byProject.get(app.projectId) ?? new Set<string>();
    this.byProject.set(app.projectId, keys.add(`${app.zone}/${app.name}`));
  }

  /**
   * A manual sync or rollback: deploys `revision` now and records it in
   * the history. Health stays as it is, except that missing resources are
   * created again.
   */
  deploy(app: ApplicationRecord, revision: string): ApplicationRecord {
    const now = this.clock();
    app.revision = revision;
    app.syncOverride = undefined;
    if (app.health === 'Missing') {
      app.health = 'Healthy';
      app.healthMessage = undefined;
      app.healthChangedAt = now;
    }
    app.history.push({
      id: (app.history.at(-1)?.id ?? -1) + 1,
      revision,
      deployStartedAt: now,
      deployedAt: now,
      automated: false,
    });
    app.history.splice(0, Math.max(0, app.history.length - HISTORY_LIMIT));
    app.resourceVersion = this.nextResourceVersion++;
    return app;
  }

  /** The revision the Application's source points at now (what a sync deploys). */
  targetRevision(app: ApplicationRecord): string {
    return this.resolveRevision(primarySource(app.spec)) ?? app.revision;
  }

  /** A refresh: Argo CD compares the Application with its sources now. */
  refresh(app: ApplicationRecord): ApplicationRecord {
    app.refreshedAt = this.clock();
    app.resourceVersion = this.nextResourceVersion++;
    return this.reconcile(app);
  }

  /** Demo control: sets the health and sync status of an Application. */
  setStatus(
    name: string,
    sync: SyncStatus,
    health: HealthStatus,
  ): ApplicationRecord[] {
    const now = this.clock();
    const matches = [...this.zones.values()].flatMap(apps => {
      const app = apps.get(name);
      return app ? [app] : [];
    });
    for (const app of matches) {
      if (app.health !== health) app.healthChangedAt = now;
      app.health = health;
      app.healthMessage = healthMessage(app, health);
      app.syncOverride = sync;
      app.resourceVersion = this.nextResourceVersion++;
    }
    return matches;
  }

  /** Revision of each source of a multi-source Application (empty otherwise). */
  revisionsOf(app: ApplicationRecord): string[] {
    return sourceRevisions(app, this.resolveRevision);
  }

  /** Computed sync status. */
  syncStatus(app: ApplicationRecord): SyncStatus {
    if (app.syncOverride) return app.syncOverride;
    const target = this.resolveRevision(primarySource(app.spec));
    return !target || target === app.revision ? 'Synced' : 'OutOfSync';
  }

  private reconcile(app: ApplicationRecord): ApplicationRecord {
    const target = this.resolveRevision(primarySource(app.spec));
    if (
      target &&
      target !== app.revision &&
      isAutomated(app) &&
      !app.syncOverride
    ) {
      const now = this.clock();
      app.revision = target;
      app.history.push({
        id: (app.history.at(-1)?.id ?? -1) + 1,
        revision: target,
        deployStartedAt: now,
        deployedAt: now,
        automated: true,
      });
      app.history.splice(0, Math.max(0, app.history.length - HISTORY_LIMIT));
      app.resourceVersion = this.nextResourceVersion++;
    }
    return app;
  }
}

/** Whether the Application syncs automatically. */
export function isAutomated(app: Pick<DesiredApplication, 'spec'>): boolean {
  return Boolean(app.spec.syncPolicy?.automated);
}

function definitionOf(app: DesiredApplication): string {
  return JSON.stringify([
    app.labels,
    app.finalizers,
    app.spec,
    app.clusterLabels,
    app.resources,
    app.images,
    app.projectId,
  ]);
}

/** Sources outside the sandbox (chart repositories): a stable pseudo-commit per tag. */
export function placeholderRevision(source: ApplicationSource): string {
  return sha1Hex(`${source.repoURL}@${source.targetRevision ?? 'HEAD'}`);
}

/** The revision of each source of a multi-source Application, the tracked one first. */
export function sourceRevisions(
  app: ApplicationRecord,
  resolve: RevisionResolver,
): string[] {
  return (app.spec.sources ?? []).map((source, index) =>
    index === 0 ? app.revision : resolve(source) ?? placeholderRevision(source),
  );
}

function healthMessage(
  app: ApplicationRecord,
  health: HealthStatus,
): string | undefined {
  const deployment =
    app.resources.find(r => r.kind === 'Deployment')?.name ?? app.name;
  switch (health) {
    case 'Degraded':
      return `Deployment "${deployment}" exceeded its progress deadline`;
    case 'Progressing':
      return `Waiting for rollout to finish: 0 of 1 updated replicas are available...`;
    default:
      return undefined;
  }
}

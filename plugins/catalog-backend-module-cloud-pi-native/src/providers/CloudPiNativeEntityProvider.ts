import {
  AuthService,
  BackstageCredentials,
  CacheService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import type { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { Config } from '@backstage/config';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  isCloudPiProjectChangedEvent,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  CloudPiService,
} from '@cpin/plugin-cloud-pi-native-node';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { randomUUID } from 'node:crypto';
import { CloudPiReadError, CloudPiRemovalRefusedError } from '../errors';
import { loadUserDirectory } from './catalogUsers';
import { CloudPiNativeProviderConfig, readProviderConfigs } from './config';
import { PlatformCache } from './platformCache';
import { CloudPiProjectLists } from './consoleReads';
import { ProjectRefreshQueue } from './ProjectRefreshQueue';
import { CloudPiProjectChange, ProjectListsCache } from './projectListsCache';
import {
  countProviderEntities,
  entityRefSet,
  loadProviderEntities,
  projectIdOf,
} from './providerEntities';
import {
  CloudPiReadResult,
  assertUniqueRefs,
  isSelected,
  readCloudPiEntities,
} from './readCloudPiEntities';
import {
  CloudPiProjectState,
  readOneProject,
  readPlatformSnapshot,
} from './readOneProject';
import { CloudPiRefreshMetrics } from './refreshMetrics';
import { checkRemovals } from './removalGuard';

/** Options of {@link CloudPiNativeEntityProvider.fromConfig}. @public */
export interface CloudPiNativeEntityProviderOptions {
  logger: LoggerService;
  /** The configured Cloud π Native instances (`cloudPiServiceRef`). */
  cloudPi: CloudPiService;
  /** The catalog, to resolve team members to User entities by e-mail. */
  catalog: Pick<CatalogService, 'queryEntities'>;
  /** Gives the provider's own service credentials for the catalog reads. */
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  /** Schedules each provider from its `schedule` config. */
  scheduler?: SchedulerService;
  /** Runs every provider on this runner instead (overrides `scheduler`). */
  schedule?: SchedulerServiceTaskRunner;
  /**
   * Scheduled runs wait for this first, e.g. the catalog's startup, so the
   * first run does not query the catalog before it serves requests.
   */
  ready?: Promise<void>;
  /** Records the refresh metrics (the catalog plugin's metrics service). */
  metrics?: MetricsService;
  /**
   * Delivers `cloud-pi-native.project.changed` events: each one refreshes
   * its project at once ({@link CloudPiNativeEntityProvider.refreshProject}).
   */
  events?: EventsService;
  /**
   * Keeps each project's last read lists, so a targeted refresh re-reads
   * only what its change touched (the catalog plugin's cache service).
   */
  cache?: CacheService;
}

/** Outcome of one successful refresh. @public */
export interface CloudPiNativeRefreshResult {
  /** Projects read in full in this run (after the filters). */
  projects: number;
  /** Projects whose reads failed, imported from their entities of the last good run. */
  staleProjects: number;
  /** Projects whose reads failed and that had no entity to keep. */
  skippedProjects: number;
  /** Entities in the full mutation. */
  entities: number;
  /** Team member e-mails with no matching User entity. */
  unresolvedEmails: number;
  durationMs: number;
}

/** Outcome of one targeted refresh ({@link CloudPiNativeEntityProvider.refreshProject}). @public */
export interface CloudPiNativeProjectRefreshResult {
  /** The project's UUID, as the event gave it. */
  projectId: string;
  /**
   * `present`: the project was read and its entities written; `unselected`:
   * archived or filtered out; `absent`: unknown to the console. In the last
   * two cases its entities are removed.
   */
  state: 'present' | 'unselected' | 'absent';
  /** Entities of the project added or updated by the delta mutation. */
  added: number;
  /** Entities of the project the delta mutation removed. */
  removed: number;
  /** Time from the first console request to the applied mutation. */
  durationMs: number;
  /** Requests the refresh sent to the console. */
  consoleRequests: number;
}

/**
 * Imports the projects of one Cloud π Native console into the catalog:
 * projects as Systems, teams (and optionally roles) as Groups, repositories
 * as Components, environments, clusters and zones as Resources.
 *
 * Each run reads the console and applies one full mutation. A failed or
 * inconsistent global read aborts the run before the mutation. A project
 * whose own reads fail keeps the entities of its last good run. A mutation
 * that would remove more than `removalGuard.maxShare` of the provider's
 * entities, or every project, without the console proving the removal is
 * refused. In every refused or failed case the catalog keeps what it had.
 *
 * @public
 */
export class CloudPiNativeEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  /**
   * One provider per `catalog.providers.cloudPiNative.<id>` entry. Throws
   * at startup on an invalid configuration.
   */
  static fromConfig(
    config: Config,
    options: CloudPiNativeEntityProviderOptions,
  ): CloudPiNativeEntityProvider[] {
    const configs = readProviderConfigs(config, {
      instanceNames: options.cloudPi.listInstances().map(i => i.name),
    });
    return configs.map(providerConfig => {
      const taskRunner =
        options.schedule ??
        options.scheduler?.createScheduledTaskRunner(providerConfig.schedule);
      return new CloudPiNativeEntityProvider(
        providerConfig,
        options.cloudPi.getInstance(providerConfig.instance),
        options,
        taskRunner,
      );
    });
  }

  private readonly logger: LoggerService;
  private readonly metrics: CloudPiRefreshMetrics;
  private readonly platform: PlatformCache;
  private readonly lists: ProjectListsCache;
  private readonly queue = new ProjectRefreshQueue((projectId, change) =>
    this.runProjectRefresh(projectId, change),
  );

  private constructor(
    private readonly config: CloudPiNativeProviderConfig,
    private readonly instance: CloudPiInstance,
    private readonly options: CloudPiNativeEntityProviderOptions,
    private readonly taskRunner: SchedulerServiceTaskRunner | undefined,
  ) {
    this.logger = options.logger.child({ target: this.getProviderName() });
    this.metrics = CloudPiRefreshMetrics.create(
      options.metrics,
      this.getProviderName(),
    );
    const cacheKey = `cloud-pi-native:${config.id}`;
    this.lists = new ProjectListsCache(options.cache, cacheKey, this.logger);
    this.platform = new PlatformCache(options.cache, `${cacheKey}:platform`);
  }

  /** Name of the console instance the provider imports. */
  get instanceName(): string {
    return this.instance.name;
  }

  /** `CloudPiNativeEntityProvider:<id>`: the provider's stable identity. */
  getProviderName(): string {
    return `CloudPiNativeEntityProvider:${this.config.id}`;
  }

  /**
   * Keeps the connection, subscribes to project changes and schedules the
   * refresh task `<name>:refresh`.
   */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    // One subscriber id per provider, the same on every replica: the events
    // bus hands each event to one replica only, so a change is read once.
    await this.options.events?.subscribe({
      id: `cloud-pi-native-project-changed-${this.config.id}`,
      topics: [CLOUD_PI_PROJECT_CHANGED_TOPIC],
      onEvent: ({ eventPayload }) => this.onProjectChanged(eventPayload),
    });
    if (!this.taskRunner) return;
    const id = `${this.getProviderName()}:refresh`;
    await this.taskRunner.run({
      id,
      fn: async signal => {
        await this.options.ready;
        try {
          await this.refresh({ signal });
        } catch {
          // Already logged by refresh(); the next run starts from scratch.
        }
      },
    });
  }

  /**
   * Reads the console and replaces every entity of this provider with a
   * full mutation, keeping the last good entities of projects whose reads
   * failed. Rejects, leaving the catalog untouched, when a global read
   * failed or when the removal guard refused the mutation.
   */
  async refresh(
    options: { signal?: AbortSignal } = {},
  ): Promise<CloudPiNativeRefreshResult> {
    const connection = this.connection;
    if (!connection) {
      throw new Error(
        `${this.getProviderName()} is not connected to the catalog yet`,
      );
    }
    const logger = this.logger.child({ taskInstanceId: randomUUID() });
    const started = Date.now();
    const { config, instance } = this;
    logger.info(
      `Reading the projects of Cloud π Native instance '${instance.name}'`,
    );
    try {
      const credentials = await this.options.auth.getOwnServiceCredentials();
      const read = await readCloudPiEntities({
        instance,
        filters: config.filters,
        concurrency: config.concurrency ?? instance.concurrency,
        context: this.transformContext(),
        loadUsers: () => loadUserDirectory(this.options.catalog, credentials),
        logger,
        signal: options.signal,
        onProjectRead: (projectId, lists) => {
          void this.lists.set(projectId, lists);
        },
      });
      await this.platform.set(read.platform);
      const previous = await this.loadPrevious(credentials);
      const { entities, stale, skipped } = keepLastGoodState(
        read,
        previous,
        logger,
      );
      assertUniqueRefs(entities);
      await this.assertRemovalsAllowed({
        previous,
        next: entities,
        confirmGone: ids => this.confirmGone(ids, logger),
        listedProjects: read.projects.length,
        logger,
      });

      await connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({
          entity,
          locationKey: this.getProviderName(),
        })),
      });
      const durationMs = Date.now() - started;
      const projects = read.projects.length - read.failedProjects.length;
      logger.info(
        `Imported ${projects} Cloud π Native project(s) as ${
          entities.length
        } entities in ${durationMs} ms${
          stale.length + skipped.length > 0
            ? ` (${stale.length} kept from their last good state, ${skipped.length} skipped)`
            : ''
        }`,
        {
          entities: entities.length,
          projects,
          staleProjects: stale.length,
          skippedProjects: skipped.length,
        },
      );
      this.metrics.succeeded(
        entities.length,
        { fresh: projects, stale: stale.length, skipped: skipped.length },
        durationMs,
      );
      return {
        projects,
        staleProjects: stale.length,
        skippedProjects: skipped.length,
        entities: entities.length,
        unresolvedEmails: read.unresolvedEmails,
        durationMs,
      };
    } catch (error) {
      const refused = error instanceof CloudPiRemovalRefusedError;
      this.metrics.failed(refused ? 'refused' : 'failed', Date.now() - started);
      if (!refused) {
        logger.error(
          `Refresh of ${this.getProviderName()} failed; the catalog was left unchanged: ${
            (error as Error).message
          }`,
        );
      }
      throw error;
    }
  }

  /**
   * Reads one project from the console and applies a delta mutation for its
   * entities only, with the same location key as the full run, so the next
   * full run takes them over unchanged. Entities of the project that the
   * console no longer yields are removed, all of them when the project is
   * archived, filtered out or gone, under the same removal guard as a full
   * run. When a read fails the catalog keeps what it had and this rejects.
   *
   * `change` says what changed: only those lists are read again, the others
   * come from the last read of the project. Refreshes of one project run one
   * at a time; those asked for meanwhile are merged into the next one.
   */
  async refreshProject(
    projectId: string,
    change: CloudPiProjectChange = {},
  ): Promise<CloudPiNativeProjectRefreshResult> {
    return this.queue.enqueue(projectId, change);
  }

  private async runProjectRefresh(
    projectId: string,
    change: CloudPiProjectChange,
  ): Promise<CloudPiNativeProjectRefreshResult> {
    const connection = this.connection;
    if (!connection) {
      throw new Error(
        `${this.getProviderName()} is not connected to the catalog yet`,
      );
    }
    const logger = this.logger.child({ projectId });
    const started = Date.now();
    const requests = { count: 0 };
    try {
      const credentials = await this.options.auth.getOwnServiceCredentials();
      const known = await this.lists.reusable(projectId, change);
      const state = await this.readProject(projectId, {
        credentials,
        logger,
        known,
        requests,
      });
      const previous = await this.loadPrevious(credentials, projectId);
      const added = state.kind === 'present' ? state.entities : [];
      const addedRefs = entityRefSet(added);
      const removed = previous.filter(
        entity =>
          projectIdOf(entity) === projectId &&
          !addedRefs.has(stringifyEntityRef(entity).toLocaleLowerCase('en-US')),
      );
      if (removed.length > 0) {
        const removedRefs = entityRefSet(removed);
        await this.assertRemovalsAllowed({
          previous,
          next: [
            ...previous.filter(
              entity =>
                !removedRefs.has(
                  stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
                ),
            ),
            ...added,
          ],
          // The read itself proves an archived or filtered-out project gone.
          confirmGone: async ids =>
            new Set(state.kind === 'unselected' ? ids : []),
          totals: await this.countPrevious(credentials),
          logger,
        });
      }
      const locationKey = this.getProviderName();
      if (added.length > 0 || removed.length > 0) {
        await connection.applyMutation({
          type: 'delta',
          added: added.map(entity => ({ entity, locationKey })),
          removed: removed.map(entity => ({ entity, locationKey })),
        });
      }
      if (state.kind === 'present')
        await this.lists.set(projectId, state.lists);
      const durationMs = Date.now() - started;
      logger.info(
        `Refreshed Cloud π Native project ${projectId} (${state.kind}): ${added.length} entities written, ${removed.length} removed in ${durationMs} ms, ${requests.count} console request(s)`,
      );
      this.metrics.projectRefreshed(state.kind, durationMs, requests.count);
      return {
        projectId,
        state: state.kind,
        added: added.length,
        removed: removed.length,
        durationMs,
        consoleRequests: requests.count,
      };
    } catch (error) {
      const refused = error instanceof CloudPiRemovalRefusedError;
      this.metrics.projectRefreshFailed(
        refused ? 'refused' : 'failed',
        Date.now() - started,
        requests.count,
      );
      if (!refused) {
        logger.error(
          `Refresh of Cloud π Native project ${projectId} failed; the catalog was left unchanged: ${
            (error as Error).message
          }`,
        );
      }
      throw error;
    }
  }

  private async onProjectChanged(payload: unknown): Promise<void> {
    if (!isCloudPiProjectChangedEvent(payload)) {
      this.logger.warn(
        `Ignored a ${CLOUD_PI_PROJECT_CHANGED_TOPIC} event without a projectId`,
      );
      return;
    }
    if (payload.instance && payload.instance !== this.instance.name) return;
    await this.options.ready;
    try {
      await this.refreshProject(payload.projectId, {
        parts: payload.parts,
        created: payload.created,
      });
    } catch {
      // Already logged by refreshProject(); the next full run catches up.
    }
  }

  /**
   * One project as the console has it now. The platform lists come from
   * the last read within their TTL, and the lists in `known` from the last
   * read of the project; a mapping that does not fit them (a cluster or zone
   * added since) reads everything again, once.
   */
  private async readProject(
    projectId: string,
    options: {
      credentials: BackstageCredentials;
      logger: LoggerService;
      known: Partial<CloudPiProjectLists>;
      requests: { count: number };
    },
  ): Promise<CloudPiProjectState> {
    const { credentials, requests } = options;
    const reused =
      (await this.platform.get()) !== undefined ||
      Object.keys(options.known).length > 0;
    const read = async (known: Partial<CloudPiProjectLists>) => {
      let platform = await this.platform.get();
      if (!platform) {
        platform = await readPlatformSnapshot(this.instance, requests);
        await this.platform.set(platform);
      }
      return readOneProject({
        instance: this.instance,
        projectId,
        filters: this.config.filters,
        context: this.transformContext(),
        platform,
        loadUsers: () => loadUserDirectory(this.options.catalog, credentials),
        logger: options.logger,
        known,
        requests,
      });
    };
    try {
      return await read(options.known);
    } catch (error) {
      if (!reused || !(error instanceof CloudPiReadError)) throw error;
      if (error.call !== 'mapping') throw error;
      await this.platform.clear();
      return read({});
    }
  }

  private transformContext() {
    const { config, instance } = this;
    return {
      instance: instance.name,
      namespace: config.entityNamespace,
      consoleUrl: instance.consoleUrl,
      projectsRootDir: instance.projectsRootDir,
      urls: instance.urls,
      platformOwner: config.platformOwner,
      roleGroups: config.roleGroups,
    };
  }

  private providerScope() {
    return {
      namespace: this.config.entityNamespace,
      instance: this.instance.name,
      consoleUrl: this.instance.consoleUrl,
    };
  }

  /**
   * The provider's entities in the catalog now, or those of one project,
   * labelled on failure.
   */
  private async loadPrevious(
    credentials: BackstageCredentials,
    projectId?: string,
  ) {
    try {
      return await loadProviderEntities(
        this.options.catalog,
        credentials,
        this.providerScope(),
        { projectId },
      );
    } catch (error) {
      throw new CloudPiReadError(
        {
          call: 'catalog entities of the provider',
          what: 'Reading the entities of this provider from the catalog',
        },
        error,
      );
    }
  }

  /** The provider's entity and project counts, labelled on failure. */
  private async countPrevious(credentials: BackstageCredentials) {
    try {
      return await countProviderEntities(
        this.options.catalog,
        credentials,
        this.providerScope(),
      );
    } catch (error) {
      throw new CloudPiReadError(
        {
          call: 'catalog entities of the provider',
          what: 'Counting the entities of this provider in the catalog',
        },
        error,
      );
    }
  }

  /**
   * Throws a {@link CloudPiRemovalRefusedError}, logged loudly, when the
   * mutation would remove more than the guard allows without proof.
   */
  private async assertRemovalsAllowed(options: {
    previous: Entity[];
    next: Entity[];
    confirmGone: (projectIds: string[]) => Promise<Set<string>>;
    /** Projects the console listed, for a full run. */
    listedProjects?: number;
    /** The provider's counts, when `previous` is one project's entities. */
    totals?: { entities: number; projects: number };
    logger: LoggerService;
  }): Promise<void> {
    const { logger, listedProjects } = options;
    const verdict = await checkRemovals({
      previous: options.previous,
      next: options.next,
      maxShare: this.config.maxRemovedShare,
      confirmGone: options.confirmGone,
      totals: options.totals,
    });
    if (verdict.provenProjects.length > 0) {
      logger.info(
        `A second read of the console confirms that ${verdict.provenProjects.length} project(s) are archived or no longer selected by the filters: their entities are removed`,
      );
    }
    if (verdict.allowed) return;
    const message = `Refused the refresh of ${this.getProviderName()}: ${
      verdict.reason
    }, and the console did not prove those removals (projects archived or filtered out, confirmed by a second read). The catalog was left unchanged. ${
      listedProjects === undefined
        ? ''
        : `The console listed ${listedProjects} project(s); `
    }${
      verdict.goneProjects.length
    } of the projects imported before are missing and ${
      verdict.goneProjects.length - verdict.provenProjects.length
    } are not proven gone. If these removals are expected, raise catalog.providers.cloudPiNative.${
      this.config.id
    }.removalGuard.maxShare (now ${this.config.maxRemovedShare}).`;
    logger.error(message, {
      previousEntities: verdict.previous,
      removedEntities: verdict.removed,
      unprovenRemovals: verdict.unproven,
      listedProjects,
      missingProjects: verdict.goneProjects.length,
    });
    throw new CloudPiRemovalRefusedError(message);
  }

  /**
   * The projects among `ids` a second, unfiltered read of the project list
   * shows archived or no longer selected by the provider's filters.
   */
  private async confirmGone(
    ids: string[],
    logger: LoggerService,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    try {
      const all = await this.instance.console.projects.list({ filter: 'all' });
      const byId = new Map(all.map(project => [project.id, project]));
      return new Set(
        ids.filter(id => {
          const project = byId.get(id);
          return (
            project !== undefined && !isSelected(project, this.config.filters)
          );
        }),
      );
    } catch (error) {
      logger.warn(
        `The second read of the project list failed, so no removal is proven: ${
          (error as Error).message
        }`,
      );
      return new Set();
    }
  }
}

/**
 * The entities of the run: those read in full, plus, for each project whose
 * reads failed, the entities it had in the catalog (its last good state).
 * A failed project with nothing in the catalog is skipped.
 */
function keepLastGoodState(
  read: CloudPiReadResult,
  previous: Entity[],
  logger: LoggerService,
) {
  const entities = [...read.entities];
  const stale: string[] = [];
  const skipped: string[] = [];
  for (const { project, error } of read.failedProjects) {
    const kept = previous.filter(entity => projectIdOf(entity) === project.id);
    if (kept.length > 0) {
      entities.push(...kept);
      stale.push(project.slug);
    } else {
      skipped.push(project.slug);
    }
    logger.warn(
      kept.length > 0
        ? `Project '${project.slug}' could not be read; its ${kept.length} entities of the last good run are kept: ${error.message}`
        : `Project '${project.slug}' could not be read and has no entity in the catalog yet; it is skipped this run: ${error.message}`,
      { project: project.slug },
    );
  }
  return { entities, stale, skipped };
}

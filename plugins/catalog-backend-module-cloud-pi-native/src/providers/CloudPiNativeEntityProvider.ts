import {
  AuthService,
  BackstageCredentials,
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
import {
  CloudPiInstance,
  CloudPiService,
} from '@cpin/plugin-cloud-pi-native-node';
import { Entity } from '@backstage/catalog-model';
import { randomUUID } from 'node:crypto';
import { CloudPiReadError, CloudPiRemovalRefusedError } from '../errors';
import { loadUserDirectory } from './catalogUsers';
import { CloudPiNativeProviderConfig, readProviderConfigs } from './config';
import { loadProviderEntities, projectIdOf } from './providerEntities';
import {
  CloudPiReadResult,
  assertUniqueRefs,
  isSelected,
  readCloudPiEntities,
} from './readCloudPiEntities';
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
  }

  /** `CloudPiNativeEntityProvider:<id>`: the provider's stable identity. */
  getProviderName(): string {
    return `CloudPiNativeEntityProvider:${this.config.id}`;
  }

  /** Keeps the connection and schedules the refresh task `<name>:refresh`. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
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
        context: {
          instance: instance.name,
          namespace: config.entityNamespace,
          consoleUrl: instance.consoleUrl,
          projectsRootDir: instance.projectsRootDir,
          urls: instance.urls,
          platformOwner: config.platformOwner,
          roleGroups: config.roleGroups,
        },
        loadUsers: () => loadUserDirectory(this.options.catalog, credentials),
        logger,
        signal: options.signal,
      });
      const previous = await this.loadPrevious(credentials);
      const { entities, stale, skipped } = keepLastGoodState(
        read,
        previous,
        logger,
      );
      assertUniqueRefs(entities);
      await this.assertRemovalsAllowed(previous, entities, read, logger);

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

  /** The provider's entities in the catalog now, labelled on failure. */
  private async loadPrevious(credentials: BackstageCredentials) {
    try {
      return await loadProviderEntities(this.options.catalog, credentials, {
        namespace: this.config.entityNamespace,
        instance: this.instance.name,
        consoleUrl: this.instance.consoleUrl,
      });
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

  /**
   * Throws a {@link CloudPiRemovalRefusedError}, logged loudly, when the
   * mutation would remove more than the guard allows without proof.
   */
  private async assertRemovalsAllowed(
    previous: Entity[],
    next: Entity[],
    read: CloudPiReadResult,
    logger: LoggerService,
  ): Promise<void> {
    const verdict = await checkRemovals({
      previous,
      next,
      maxShare: this.config.maxRemovedShare,
      confirmGone: ids => this.confirmGone(ids, logger),
    });
    if (verdict.provenProjects.length > 0) {
      logger.info(
        `A second read of the console confirms that ${verdict.provenProjects.length} project(s) are archived or no longer selected by the filters: their entities are removed`,
      );
    }
    if (verdict.allowed) return;
    const message = `Refused the refresh of ${this.getProviderName()}: ${
      verdict.reason
    }, and the console did not prove those removals (projects archived or filtered out, confirmed by a second read). The catalog was left unchanged. The console listed ${
      read.projects.length
    } project(s); ${
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
      listedProjects: read.projects.length,
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

import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
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
import { randomUUID } from 'node:crypto';
import { loadUserDirectory } from './catalogUsers';
import { CloudPiNativeProviderConfig, readProviderConfigs } from './config';
import { readCloudPiEntities } from './readCloudPiEntities';

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
}

/** Outcome of one successful refresh. @public */
export interface CloudPiNativeRefreshResult {
  /** Projects imported (after the filters). */
  projects: number;
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
 * Each run reads the console completely and applies one full mutation. Any
 * failed or inconsistent read aborts the run before the mutation, so the
 * catalog keeps the entities of the last good run.
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

  private constructor(
    private readonly config: CloudPiNativeProviderConfig,
    private readonly instance: CloudPiInstance,
    private readonly options: CloudPiNativeEntityProviderOptions,
    private readonly taskRunner: SchedulerServiceTaskRunner | undefined,
  ) {
    this.logger = options.logger.child({ target: this.getProviderName() });
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
   * Reads the console and, only if the whole read succeeded, replaces every
   * entity of this provider with a full mutation. Rejects, leaving the
   * catalog untouched, when anything failed.
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
      const result = await readCloudPiEntities({
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
        loadUsers: async () =>
          loadUserDirectory(
            this.options.catalog,
            await this.options.auth.getOwnServiceCredentials(),
          ),
        logger,
        signal: options.signal,
      });
      await connection.applyMutation({
        type: 'full',
        entities: result.entities.map(entity => ({
          entity,
          locationKey: this.getProviderName(),
        })),
      });
      const durationMs = Date.now() - started;
      logger.info(
        `Imported ${result.projects} Cloud π Native project(s) as ${result.entities.length} entities in ${durationMs} ms`,
      );
      return {
        projects: result.projects,
        entities: result.entities.length,
        unresolvedEmails: result.unresolvedEmails,
        durationMs,
      };
    } catch (error) {
      logger.error(
        `Refresh of ${this.getProviderName()} failed; the catalog was left unchanged: ${
          (error as Error).message
        }`,
      );
      throw error;
    }
  }
}

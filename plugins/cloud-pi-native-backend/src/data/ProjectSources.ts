import {
  NotFoundError,
  ServiceUnavailableError,
  isError,
} from '@backstage/errors';
import {
  Cluster,
  Deployment,
  Environment,
  Project,
  Repository,
  Stage,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiInstance } from '@cpin/plugin-cloud-pi-native-node';
import { SwrCache } from '../cache/SwrCache';
import { CardsCacheConfig } from '../config/readCardsConfig';
import { cacheKeys } from './cacheKeys';

/** Stages, zones and clusters of an instance. */
export interface PlatformTopology {
  stages: Stage[];
  zones: Zone[];
  clusters: Cluster[];
}

/**
 * Console reads shared by every card, cached per instance and project and
 * made with the backend's admin token. None of them serves stale data:
 * the project decides access, the others feed views that are themselves
 * served stale-while-revalidate.
 */
export class ProjectSources {
  constructor(
    private readonly swr: SwrCache,
    private readonly cache: CardsCacheConfig,
  ) {}

  /** The project, from the cache when fresh; `fresh` forces a console read. */
  async project(
    instance: CloudPiInstance,
    slug: string,
    options: { fresh?: boolean } = {},
  ): Promise<Project> {
    const key = cacheKeys.project(instance.name, slug);
    const load = async () => ({
      value: await readProject(instance, slug),
      freshMs: this.cache.ttlMs,
    });
    return options.fresh ? this.swr.reload(key, load) : this.swr.get(key, load);
  }

  async environments(
    instance: CloudPiInstance,
    project: Project,
  ): Promise<Environment[]> {
    return this.swr.get(
      cacheKeys.environments(instance.name, project.id),
      async () => ({
        value: await instance.console.environments.list(project.id),
        freshMs: this.cache.ttlMs,
      }),
    );
  }

  async repositories(
    instance: CloudPiInstance,
    project: Project,
  ): Promise<Repository[]> {
    return this.swr.get(
      cacheKeys.repositories(instance.name, project.id),
      async () => ({
        value: await instance.console.repositories.list(project.id),
        freshMs: this.cache.ttlMs,
      }),
    );
  }

  /** The project's console Deployments (with their sources). */
  async deployments(
    instance: CloudPiInstance,
    project: Project,
  ): Promise<Deployment[]> {
    return this.swr.get(
      cacheKeys.deployments(instance.name, project.id),
      async () => ({
        value: await instance.console.deployments.list(project.id),
        freshMs: this.cache.ttlMs,
      }),
    );
  }

  /** Stages, zones and clusters: small global lists, cached longer. */
  async platform(instance: CloudPiInstance): Promise<PlatformTopology> {
    return this.swr.get(
      cacheKeys.platform(instance.name),
      async () => {
        const { platform } = instance.console;
        const [stages, zones, clusters] = await Promise.all([
          platform.listStages(),
          platform.listZones(),
          platform.listClusters(),
        ]);
        return {
          value: { stages, zones, clusters },
          freshMs: this.cache.platformTtlMs,
        };
      },
      { allowStale: true },
    );
  }

  /** The console version, to tell whether a project needs reprovisioning. */
  async consoleVersion(instance: CloudPiInstance): Promise<string> {
    return this.swr.get(
      cacheKeys.consoleVersion(instance.name),
      async () => ({
        value: (await instance.console.system.getVersion()).version,
        freshMs: this.cache.platformTtlMs,
      }),
      { allowStale: true },
    );
  }

  /** Forgets everything cached about a project. */
  async invalidateProject(
    instance: CloudPiInstance,
    project: Pick<Project, 'id' | 'slug'>,
    viewKinds: readonly string[],
  ): Promise<void> {
    await this.swr.invalidate([
      cacheKeys.project(instance.name, project.slug),
      cacheKeys.environments(instance.name, project.id),
      cacheKeys.repositories(instance.name, project.id),
      cacheKeys.deployments(instance.name, project.id),
      ...viewKinds.map(kind => cacheKeys.view(kind, instance.name, project.id)),
    ]);
  }
}

/**
 * Reads a project with the admin token. A refusal of that token is a
 * configuration problem of the portal, not a decision about the caller, so
 * it is reported as unavailable rather than forbidden.
 */
async function readProject(
  instance: CloudPiInstance,
  slug: string,
): Promise<Project> {
  try {
    return await instance.console.projects.get(slug);
  } catch (error) {
    if (!isError(error)) throw error;
    if (error.name === 'NotFoundError') {
      throw new NotFoundError(
        `Project '${slug}' does not exist (or is archived) on the Cloud π Native instance '${instance.name}'`,
      );
    }
    if (
      error.name === 'AuthenticationError' ||
      error.name === 'NotAllowedError'
    ) {
      throw new ServiceUnavailableError(
        `The Cloud π Native console '${instance.name}' refused the portal's token (${error.message}); check cloudPiNative.instances[].token`,
      );
    }
    throw error;
  }
}

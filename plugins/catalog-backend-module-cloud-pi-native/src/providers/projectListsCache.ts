import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';
import { CloudPiProjectPart } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiProjectLists } from './consoleReads';

/** How long the last read lists of a project stand in for a re-read. */
export const PROJECT_LISTS_TTL_MS = 60 * 60_000;

/** What a change event says of a project, for a targeted refresh. @public */
export interface CloudPiProjectChange {
  /** The parts to read again; every part when left out. */
  parts?: readonly CloudPiProjectPart[];
  /** Just created: no environment, repository or deployment yet. */
  created?: boolean;
}

/** The parts both changes touch: what one refresh must read for both. */
export function mergeChanges(
  a: CloudPiProjectChange,
  b: CloudPiProjectChange,
): CloudPiProjectChange {
  return {
    parts:
      a.parts && b.parts ? [...new Set([...a.parts, ...b.parts])] : undefined,
    created: Boolean(a.created && b.created),
  };
}

/**
 * The per-project lists of the last console read, by project: a targeted
 * refresh re-reads only the parts its change touched and takes the others
 * from here. Full runs and targeted refreshes write what they read, so an
 * entry is never older than the last read of that project. Through the
 * catalog's cache service, so replicas share it when a shared store
 * (Redis, Valkey, Memcache) is configured; a miss simply reads the list.
 */
export class ProjectListsCache {
  constructor(
    private readonly cache: CacheService | undefined,
    private readonly keyPrefix: string,
    private readonly logger: LoggerService,
  ) {}

  /**
   * The lists a refresh for `change` may reuse: none when the change does
   * not say what it touched, empty ones for a project just created, the
   * cached ones of the untouched parts otherwise.
   */
  async reusable(
    projectId: string,
    change: CloudPiProjectChange,
  ): Promise<Partial<CloudPiProjectLists>> {
    if (!change.parts) return {};
    const touched = new Set(change.parts);
    const known: Partial<CloudPiProjectLists> = change.created
      ? { environments: [], repositories: [], deployments: [] }
      : await this.get(projectId);
    // The services hold the tool URLs of each zone the environments use.
    if (touched.has('environments')) {
      delete known.environments;
      delete known.services;
    }
    if (touched.has('repositories')) delete known.repositories;
    if (touched.has('deployments')) delete known.deployments;
    return known;
  }

  /** Keeps the lists just read; a failed write only costs a later read. */
  async set(projectId: string, lists: CloudPiProjectLists): Promise<void> {
    try {
      await this.cache?.set(
        this.key(projectId),
        lists as unknown as JsonValue,
        { ttl: PROJECT_LISTS_TTL_MS },
      );
    } catch (error) {
      this.logger.debug(
        `Could not cache the lists of project ${projectId}: ${String(error)}`,
      );
    }
  }

  private async get(projectId: string): Promise<Partial<CloudPiProjectLists>> {
    try {
      const value = await this.cache?.get<JsonValue>(this.key(projectId));
      return value && typeof value === 'object' && !Array.isArray(value)
        ? { ...(value as unknown as Partial<CloudPiProjectLists>) }
        : {};
    } catch (error) {
      this.logger.debug(
        `Could not read the cached lists of project ${projectId}: ${String(
          error,
        )}`,
      );
      return {};
    }
  }

  private key(projectId: string) {
    return `${this.keyPrefix}:lists:${projectId}`;
  }
}

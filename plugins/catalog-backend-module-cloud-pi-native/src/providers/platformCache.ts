import { CacheService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';
import { Cluster, Stage, Zone } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiTopology } from '../transformers';
import { toTopology } from './consoleReads';

/** The platform lists (stages, zones, clusters) and the console version. */
export interface CloudPiPlatformSnapshot {
  topology: CloudPiTopology;
  consoleVersion: string;
}

/** How long a targeted refresh reuses the platform lists of an earlier read. */
export const PLATFORM_SNAPSHOT_TTL_MS = 60 * 60_000;

interface StoredSnapshot {
  consoleVersion: string;
  stages: Stage[];
  zones: Zone[];
  clusters: Cluster[];
  readAt: number;
}

/**
 * The last platform lists read, by any replica when the cache service has
 * a shared store. Clusters, zones and stages change rarely and every full
 * run reads them again, so a targeted refresh reuses them instead of
 * spending four console requests per change; a project that does not fit
 * them (a cluster added since) makes the caller clear and re-read them.
 */
export class PlatformCache {
  private local?: { value: CloudPiPlatformSnapshot; readAt: number };

  constructor(
    private readonly cache: CacheService | undefined,
    private readonly key: string,
    private readonly ttlMs = PLATFORM_SNAPSHOT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async set(value: CloudPiPlatformSnapshot): Promise<void> {
    const readAt = this.now();
    this.local = { value, readAt };
    const stored: StoredSnapshot = {
      consoleVersion: value.consoleVersion,
      stages: [...value.topology.stages.values()],
      zones: [...value.topology.zones.values()],
      clusters: [...value.topology.clusters.values()],
      readAt,
    };
    try {
      await this.cache?.set(this.key, stored as unknown as JsonValue, {
        ttl: this.ttlMs,
      });
    } catch {
      // Only costs the next targeted refresh elsewhere four requests.
    }
  }

  /** The freshest snapshot within the TTL, this replica's or a shared one. */
  async get(): Promise<CloudPiPlatformSnapshot | undefined> {
    const fresh = (readAt: number) => this.now() - readAt <= this.ttlMs;
    if (this.local && fresh(this.local.readAt)) return this.local.value;
    let stored: StoredSnapshot | undefined;
    try {
      stored = (await this.cache?.get(this.key)) as unknown as
        | StoredSnapshot
        | undefined;
    } catch {
      return undefined;
    }
    if (!stored || !fresh(stored.readAt)) return undefined;
    try {
      const value = {
        consoleVersion: stored.consoleVersion,
        topology: toTopology(stored),
      };
      this.local = { value, readAt: stored.readAt };
      return value;
    } catch {
      return undefined;
    }
  }

  async clear(): Promise<void> {
    this.local = undefined;
    try {
      await this.cache?.delete(this.key);
    } catch {
      // A stale shared entry is re-read once it fails to map a project.
    }
  }
}

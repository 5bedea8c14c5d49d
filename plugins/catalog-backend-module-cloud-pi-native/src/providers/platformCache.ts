import { CloudPiTopology } from '../transformers';

/** The platform lists (stages, zones, clusters) and the console version. */
export interface CloudPiPlatformSnapshot {
  topology: CloudPiTopology;
  consoleVersion: string;
}

/** How long a targeted refresh reuses the platform lists of an earlier read. */
export const PLATFORM_SNAPSHOT_TTL_MS = 5 * 60_000;

/**
 * The last platform lists this replica read. Clusters, zones and stages
 * change rarely, so a targeted refresh reuses them instead of spending four
 * console requests per event; a mapping that does not fit them re-reads.
 */
export class PlatformCache {
  private snapshot?: { value: CloudPiPlatformSnapshot; readAt: number };

  constructor(
    private readonly ttlMs = PLATFORM_SNAPSHOT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  set(value: CloudPiPlatformSnapshot) {
    this.snapshot = { value, readAt: this.now() };
  }

  /** The fresh snapshot, if any. */
  get(): CloudPiPlatformSnapshot | undefined {
    const snapshot = this.snapshot;
    if (!snapshot || this.now() - snapshot.readAt > this.ttlMs)
      return undefined;
    return snapshot.value;
  }

  clear() {
    this.snapshot = undefined;
  }
}

import type { Clock } from '../shared/clock';

/** One version of a KV v2 secret. */
export interface KvVersion {
  data: Record<string, unknown> | null;
  createdTime: Date;
  deletionTime: Date | null;
  destroyed: boolean;
}

/** A KV v2 secret: its metadata and versions. */
export interface KvSecret {
  versions: Map<number, KvVersion>;
  currentVersion: number;
  oldestVersion: number;
  createdTime: Date;
  updatedTime: Date;
  customMetadata: Record<string, string> | null;
  maxVersions: number;
  casRequired: boolean;
}

/** A refusal Vault answers with HTTP 400 and `{"errors":[message]}`. */
export class KvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KvError';
  }
}

/** Vault keeps 10 versions when neither the mount nor the secret sets a limit. */
const DEFAULT_MAX_VERSIONS = 10;

/**
 * The storage of one KV mount with the version semantics of KV v2 (a KV v1
 * mount uses it too, always reading the latest version).
 */
export class KvStore {
  private readonly secrets = new Map<string, KvSecret>();

  constructor(private readonly clock: Clock) {}

  /** Number of secrets (with metadata) in the mount. */
  get size(): number {
    return this.secrets.size;
  }

  /** Metadata and versions of a secret. */
  metadata(path: string): KvSecret | undefined {
    return this.secrets.get(normalizeKvPath(path));
  }

  /** A version (default: current) with its number, even if deleted. */
  read(
    path: string,
    version?: number,
  ): { number: number; version: KvVersion } | undefined {
    const secret = this.metadata(path);
    if (!secret) return undefined;
    const number = version && version > 0 ? version : secret.currentVersion;
    const found = secret.versions.get(number);
    return found ? { number, version: found } : undefined;
  }

  /** The live data of the current version, or `undefined` if absent or deleted. */
  readData(path: string): Record<string, unknown> | undefined {
    const found = this.read(path);
    return found && !found.version.deletionTime && !found.version.destroyed
      ? found.version.data ?? undefined
      : undefined;
  }

  /** Writes a new version; `cas` must equal the current version when given. */
  write(
    path: string,
    data: Record<string, unknown>,
    cas?: number,
  ): { number: number; version: KvVersion } {
    const key = normalizeKvPath(path);
    const now = this.clock();
    let secret = this.secrets.get(key);
    const current = secret?.currentVersion ?? 0;
    if (cas !== undefined && cas !== current) {
      throw new KvError(
        'check-and-set parameter did not match the current version',
      );
    }
    if (cas === undefined && secret?.casRequired) {
      throw new KvError('check-and-set parameter required for this call');
    }
    if (!secret) {
      secret = {
        versions: new Map(),
        currentVersion: 0,
        oldestVersion: 0,
        createdTime: now,
        updatedTime: now,
        customMetadata: null,
        maxVersions: 0,
        casRequired: false,
      };
      this.secrets.set(key, secret);
    }
    const number = current + 1;
    const version: KvVersion = {
      data,
      createdTime: now,
      deletionTime: null,
      destroyed: false,
    };
    secret.versions.set(number, version);
    secret.currentVersion = number;
    secret.updatedTime = now;
    const keep = secret.maxVersions || DEFAULT_MAX_VERSIONS;
    for (const old of [...secret.versions.keys()].sort((a, b) => a - b)) {
      if (secret.versions.size <= keep) break;
      secret.versions.delete(old);
    }
    secret.oldestVersion = Math.min(...secret.versions.keys());
    return { number, version };
  }

  /** Soft-deletes versions (default: the current one). */
  softDelete(path: string, versions?: number[]): void {
    const secret = this.metadata(path);
    if (!secret) return;
    const now = this.clock();
    for (const n of versions ?? [secret.currentVersion]) {
      const version = secret.versions.get(n);
      if (version && !version.deletionTime) version.deletionTime = now;
    }
    secret.updatedTime = now;
  }

  /** Restores soft-deleted versions. */
  undelete(path: string, versions: number[]): void {
    const secret = this.metadata(path);
    for (const n of versions) {
      const version = secret?.versions.get(n);
      if (version && !version.destroyed) version.deletionTime = null;
    }
  }

  /** Permanently removes the data of versions. */
  destroy(path: string, versions: number[]): void {
    const secret = this.metadata(path);
    for (const n of versions) {
      const version = secret?.versions.get(n);
      if (version) {
        version.destroyed = true;
        version.data = null;
      }
    }
  }

  /** Deletes the metadata and every version of a secret. */
  deleteMetadata(path: string): boolean {
    return this.secrets.delete(normalizeKvPath(path));
  }

  /** Updates the metadata fields Vault lets a client set. */
  updateMetadata(
    path: string,
    input: {
      maxVersions?: number;
      casRequired?: boolean;
      customMetadata?: Record<string, string>;
    },
  ): void {
    const key = normalizeKvPath(path);
    const now = this.clock();
    const secret = this.secrets.get(key) ?? {
      versions: new Map(),
      currentVersion: 0,
      oldestVersion: 0,
      createdTime: now,
      updatedTime: now,
      customMetadata: null,
      maxVersions: 0,
      casRequired: false,
    };
    if (input.maxVersions !== undefined) secret.maxVersions = input.maxVersions;
    if (input.casRequired !== undefined) secret.casRequired = input.casRequired;
    if (input.customMetadata !== undefined)
      secret.customMetadata = input.customMetadata;
    secret.updatedTime = now;
    this.secrets.set(key, secret);
  }

  /** Keys directly under a folder (sub-folders end with `/`), or `undefined`. */
  list(folder: string): string[] | undefined {
    const prefix = normalizeKvPath(folder);
    const start = prefix ? `${prefix}/` : '';
    const keys = new Set<string>();
    for (const path of this.secrets.keys()) {
      if (!path.startsWith(start)) continue;
      const [first, ...rest] = path.slice(start.length).split('/');
      keys.add(rest.length ? `${first}/` : first);
    }
    return keys.size ? [...keys].sort() : undefined;
  }

  /** Deletes every secret under a folder (used when a project is removed). */
  deleteTree(folder: string): number {
    const start = `${normalizeKvPath(folder)}/`;
    let removed = 0;
    for (const path of [...this.secrets.keys()]) {
      if (path.startsWith(start)) {
        this.secrets.delete(path);
        removed++;
      }
    }
    return removed;
  }
}

/** Strips leading and trailing slashes like Vault does for KV paths. */
export function normalizeKvPath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

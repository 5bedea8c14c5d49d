import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/** What a loader produced, and how long it stays fresh. */
export interface SwrLoaded<T> {
  value: T;
  /** Freshness of this value; shorter for degraded (partial) data. */
  freshMs: number;
}

/** Options of one {@link SwrCache.get} call. */
export interface SwrGetOptions {
  /**
   * Serve a value past its freshness (within the stale window) while it is
   * refreshed in the background. Off for data that decides access.
   */
  allowStale?: boolean;
}

/** How a value was obtained, for metrics and tests. */
export type SwrOutcome = 'fresh' | 'stale' | 'loaded';

/** Stored form: JSON only, so it works with every cache store (memory, Redis…). */
interface SwrEntry {
  storedAt: number;
  freshMs: number;
  value: JsonValue;
}

function isSwrEntry(value: unknown): value is SwrEntry {
  const entry = value as Partial<SwrEntry> | null | undefined;
  return (
    typeof entry?.storedAt === 'number' &&
    typeof entry?.freshMs === 'number' &&
    entry !== null &&
    'value' in entry
  );
}

/** Entries kept parsed in this process, besides the shared cache store. */
const DEFAULT_LOCAL_ENTRIES = 2_000;
/**
 * How long this process trusts its parsed copy before reading the shared
 * store again: bounds how late an invalidation made by another replica is
 * seen.
 */
const DEFAULT_LOCAL_TTL_MS = 5_000;

/**
 * Stale-while-revalidate over the backend cache service, with request
 * coalescing: concurrent reads of a missing or expired key in this process
 * share one load. Values must be JSON. Cache store failures degrade to a
 * miss instead of failing the request.
 *
 * A small in-process layer keeps the entries this process used, already
 * parsed, for a few seconds: the shared store (memory or Redis) serialises
 * values, and parsing a view on every request would cost more than the
 * rest of the request.
 */
export class SwrCache {
  readonly #cache: CacheService;
  readonly #logger: LoggerService;
  readonly #staleMs: number;
  readonly #now: () => number;
  readonly #inflight = new Map<string, Promise<unknown>>();
  readonly #local = new Map<string, { entry: SwrEntry; until: number }>();
  readonly #localEntries: number;
  readonly #localTtlMs: number;
  /** Bumped by `invalidate`, so that a load started before it is not stored. */
  readonly #generations = new Map<string, number>();

  constructor(options: {
    cache: CacheService;
    logger: LoggerService;
    /** How long past its freshness a value may still be served. */
    staleWhileRevalidateMs: number;
    now?: () => number;
    /** Parsed entries kept in this process (0 turns the local layer off). */
    localEntries?: number;
    localTtlMs?: number;
  }) {
    this.#cache = options.cache;
    this.#logger = options.logger;
    this.#staleMs = options.staleWhileRevalidateMs;
    this.#now = options.now ?? Date.now;
    this.#localEntries = options.localEntries ?? DEFAULT_LOCAL_ENTRIES;
    this.#localTtlMs = options.localTtlMs ?? DEFAULT_LOCAL_TTL_MS;
  }

  /** The cached value of `key`, loading it (once for all concurrent callers) if needed. */
  async get<T>(
    key: string,
    load: () => Promise<SwrLoaded<T>>,
    options: SwrGetOptions = {},
  ): Promise<T> {
    return (await this.getWithOutcome(key, load, options)).value;
  }

  /** Like {@link SwrCache.get}, also telling whether the value came from the cache. */
  async getWithOutcome<T>(
    key: string,
    load: () => Promise<SwrLoaded<T>>,
    options: SwrGetOptions = {},
  ): Promise<{ value: T; outcome: SwrOutcome }> {
    const entry = await this.#read(key);
    if (entry) {
      const age = this.#now() - entry.storedAt;
      if (age >= 0 && age < entry.freshMs) {
        return { value: entry.value as T, outcome: 'fresh' };
      }
      if (
        options.allowStale &&
        age >= 0 &&
        age < entry.freshMs + this.#staleMs
      ) {
        this.#refreshInBackground(key, load);
        return { value: entry.value as T, outcome: 'stale' };
      }
    }
    return { value: await this.#load(key, load), outcome: 'loaded' };
  }

  /** Loads `key` now, ignoring the cached value, and stores the result. */
  async reload<T>(key: string, load: () => Promise<SwrLoaded<T>>): Promise<T> {
    return this.#load(key, load);
  }

  /** Forgets keys; a load already running for one of them is not stored. */
  async invalidate(keys: string[]): Promise<void> {
    for (const key of keys) {
      this.#generations.set(key, (this.#generations.get(key) ?? 0) + 1);
      this.#inflight.delete(key);
      this.#local.delete(key);
    }
    await Promise.all(
      keys.map(key =>
        this.#cache.delete(key).catch(error =>
          this.#logger.warn(`Could not delete cache key ${key}`, {
            error: String(error),
          }),
        ),
      ),
    );
  }

  #refreshInBackground<T>(
    key: string,
    load: () => Promise<SwrLoaded<T>>,
  ): void {
    if (this.#inflight.has(key)) return;
    this.#load(key, load).catch(error => {
      this.#logger.warn(
        `Background refresh of ${key} failed; serving stale data`,
        {
          error: String(error),
        },
      );
    });
  }

  #load<T>(key: string, load: () => Promise<SwrLoaded<T>>): Promise<T> {
    const running = this.#inflight.get(key);
    if (running) return running as Promise<T>;

    const generation = this.#generations.get(key) ?? 0;
    const promise = (async () => {
      const loaded = await load();
      if ((this.#generations.get(key) ?? 0) === generation) {
        await this.#write(key, loaded);
      }
      return loaded.value;
    })().finally(() => {
      if (this.#inflight.get(key) === promise) this.#inflight.delete(key);
    });
    this.#inflight.set(key, promise);
    return promise;
  }

  async #read(key: string): Promise<SwrEntry | undefined> {
    const local = this.#local.get(key);
    if (local) {
      this.#local.delete(key);
      if (local.until > this.#now()) {
        this.#local.set(key, local); // most recently used last
        return local.entry;
      }
    }
    try {
      const value = await this.#cache.get(key);
      if (!isSwrEntry(value)) return undefined;
      this.#remember(key, value);
      return value;
    } catch (error) {
      this.#logger.warn(`Cache read of ${key} failed; loading instead`, {
        error: String(error),
      });
      return undefined;
    }
  }

  #remember(key: string, entry: SwrEntry): void {
    if (this.#localEntries === 0) return;
    this.#local.delete(key);
    const expiresAt = entry.storedAt + entry.freshMs + this.#staleMs;
    this.#local.set(key, {
      entry,
      until: Math.min(this.#now() + this.#localTtlMs, expiresAt),
    });
    if (this.#local.size > this.#localEntries) {
      this.#local.delete(this.#local.keys().next().value!);
    }
  }

  async #write<T>(key: string, loaded: SwrLoaded<T>): Promise<void> {
    const entry: SwrEntry = {
      storedAt: this.#now(),
      freshMs: loaded.freshMs,
      // Values are plain JSON by contract of this class.
      value: loaded.value as unknown as JsonValue,
    };
    this.#remember(key, entry);
    try {
      await this.#cache.set(key, entry as unknown as JsonValue, {
        ttl: loaded.freshMs + this.#staleMs,
      });
    } catch (error) {
      this.#logger.warn(`Cache write of ${key} failed`, {
        error: String(error),
      });
    }
  }
}

import { Entity } from '@backstage/catalog-model';

interface Entry {
  entity: Promise<Entity | undefined>;
  expiresAt: number;
}

/**
 * The entities the gate read from the catalog as the plugin, kept a few
 * seconds and shared by every user: what they hold (the Cloud π
 * coordinates) is the same whoever asks, and whether the caller may read
 * the entity is still decided on every request by the permission call.
 * So a page viewed by many people costs one catalog read per entity and
 * TTL, not one per request. A deleted or re-annotated entity is seen at
 * most `ttlMs` late; failed reads are not kept.
 */
export class EntityMemo {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();

  constructor(options: {
    ttlMs: number;
    maxEntries?: number;
    now?: () => number;
  }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** The entity read within the TTL, or the one `read` gives (concurrent calls share it). */
  get(
    entityRef: string,
    read: () => Promise<Entity | undefined>,
  ): Promise<Entity | undefined> {
    if (this.#ttlMs <= 0) return read();
    const key = entityRef.toLocaleLowerCase('en-US');
    const now = this.#now();
    const cached = this.#entries.get(key);
    if (cached && cached.expiresAt > now) return cached.entity;
    this.#entries.delete(key);
    const entry: Entry = { entity: read(), expiresAt: now + this.#ttlMs };
    entry.entity.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#maxEntries) {
      // Map order is insertion order: the first key is the oldest.
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    return entry.entity;
  }

  /** Forgets every entity (a project changed: its entities may have too). */
  clear(): void {
    this.#entries.clear();
  }
}

import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CloudPiTarget } from '../entities/parseCloudPiTarget';
import { CloudPiCaller } from './CallerResolver';

/**
 * What was decided for one user on one entity they may read: its Cloud π
 * coordinates, who they are for Cloud π, and the Backstage permission
 * results.
 */
export interface AccessDecision {
  target: CloudPiTarget;
  caller: CloudPiCaller;
  /** Result of each evaluated permission, by permission name. */
  results: ReadonlyMap<string, AuthorizeResult>;
}

interface Entry {
  decision: Promise<AccessDecision>;
  expiresAt: number;
  /** Set once the decision is known, to forget it by project or entity. */
  target?: CloudPiTarget;
}

/**
 * A short-lived memo of {@link AccessDecision}s keyed by user **and**
 * entity: the cards of one page view (and a tab change right after) share
 * one catalog read and one permission call. A user never sees another
 * user's entry. Failed decisions are not kept. Entries are forgotten when
 * their project or entity changes, and expire after `ttlMs` in any case
 * (the bound on staleness with several replicas).
 */
export class AccessMemo {
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

  /**
   * The memoized decision of this user on this entity, or the one `decide`
   * makes (concurrent calls share it).
   */
  get(
    userEntityRef: string,
    entityRef: string,
    decide: () => Promise<AccessDecision>,
  ): Promise<AccessDecision> {
    if (this.#ttlMs <= 0) return decide();
    const key = `${userEntityRef}\n${entityRef}`.toLocaleLowerCase('en-US');
    const now = this.#now();
    const cached = this.#entries.get(key);
    if (cached && cached.expiresAt > now) return cached.decision;
    this.#entries.delete(key);

    const entry: Entry = { decision: decide(), expiresAt: now + this.#ttlMs };
    entry.decision.then(
      decision => {
        entry.target = decision.target;
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    this.#entries.set(key, entry);
    this.#evict(now);
    return entry.decision;
  }

  /** Forgets every decision on the entities of a project (it changed). */
  forgetProject(instance: string, projectSlug: string): void {
    this.#forget(
      target =>
        target.instance === instance && target.projectSlug === projectSlug,
    );
  }

  /** Forgets every decision on an entity (it was refreshed or deleted). */
  forgetEntity(entityRef: string): void {
    const ref = entityRef.toLocaleLowerCase('en-US');
    this.#forget(target => target.entityRef.toLocaleLowerCase('en-US') === ref);
  }

  #forget(matches: (target: CloudPiTarget) => boolean): void {
    for (const [key, entry] of this.#entries) {
      // Undecided entries may predate the change too.
      if (!entry.target || matches(entry.target)) this.#entries.delete(key);
    }
  }

  /** Drops expired entries, then the oldest ones beyond the bound. */
  #evict(now: number): void {
    if (this.#entries.size <= this.#maxEntries) return;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(key);
    }
  }
}

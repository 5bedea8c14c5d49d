import type { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  type CardPartError,
  type CloudPiEntityCardsResponse,
  type CloudPiEntityData,
  type CloudPiEntityDataKind,
  cloudPiEntityDataPath,
} from '@cpin/plugin-cloud-pi-native-common';
import { InvalidResponseError } from './InvalidResponseError';

interface Load {
  promise: Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Batch {
  entity: CompoundEntityRef;
  loads: Map<CloudPiEntityDataKind, Load>;
}

/** A batched read sent ahead of the cards, each kind handed out once. */
interface Prefetch {
  kinds: Set<CloudPiEntityDataKind>;
  response: Promise<CloudPiEntityCardsResponse>;
  expiresAt: number;
}

/** How long a prefetched read waits for its cards before it is dropped. */
const PREFETCH_TTL_MS = 10_000;
/** How many entities' card kinds are remembered for prefetching. */
const REMEMBERED_ENTITIES = 200;

const keyOf = (entity: CompoundEntityRef) =>
  `${entity.kind}:${entity.namespace}/${entity.name}`.toLowerCase();

/** How {@link EntityCardsBatcher} reaches the backend. */
export interface EntityCardsBatcherOptions {
  /** One card, from its own route. */
  readOne<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityData[K]>;
  /** Several cards of one entity, from the batched route. */
  readMany(
    kinds: CloudPiEntityDataKind[],
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityCardsResponse>;
  /** Validates the data of one card of a batched answer. */
  parse<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
    data: unknown,
  ): CloudPiEntityData[K];
  /** The clock of the prefetch expiry (tests). */
  now?: () => number;
}

function deferred(): Load {
  let resolve!: Load['resolve'];
  let reject!: Load['reject'];
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The error the card's own route would have thrown: a `ResponseError`
 * carrying the server-side error name and status.
 */
function cardError(
  path: string,
  status: number,
  error: CardPartError,
): Promise<ResponseError> {
  const body = {
    error,
    request: { method: 'GET', url: path },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

/**
 * Coalesces the card reads of one entity made in the same tick (the cards
 * of a page mount together) into one request to the batched cards route,
 * and hands each card its own data or its own error. The same card asked
 * twice in a tick shares one answer.
 *
 * It also remembers which cards each entity's page asked for, so that
 * {@link EntityCardsBatcher.prefetch} can send that batch as soon as the
 * page is opened, alongside the catalog's read of the entity, instead of
 * after it: the cards then take their data from it.
 */
export class EntityCardsBatcher {
  readonly #options: EntityCardsBatcherOptions;
  readonly #now: () => number;
  readonly #batches = new Map<string, Batch>();
  readonly #kinds = new Map<string, Set<CloudPiEntityDataKind>>();
  readonly #prefetches = new Map<string, Prefetch>();

  constructor(options: EntityCardsBatcherOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  load<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityData[K]> {
    const key = keyOf(entity);
    const prefetched = this.#takePrefetched(key, kind);
    if (prefetched) {
      return prefetched.then(response =>
        this.#card(kind, entity, response),
      ) as Promise<CloudPiEntityData[K]>;
    }
    let batch = this.#batches.get(key);
    if (!batch) {
      const created: Batch = { entity, loads: new Map() };
      this.#batches.set(key, created);
      setTimeout(() => {
        this.#batches.delete(key);
        this.#flush(created);
      }, 0);
      batch = created;
    }
    let load = batch.loads.get(kind);
    if (!load) {
      load = deferred();
      batch.loads.set(kind, load);
    }
    return load.promise as Promise<CloudPiEntityData[K]>;
  }

  /**
   * Sends now the batch of the cards the entity's page asked for last time
   * (nothing for an entity whose cards were never read): the cards that
   * load within a few seconds share its answer, once each.
   */
  prefetch(entity: CompoundEntityRef): void {
    const key = keyOf(entity);
    const kinds = this.#kinds.get(key);
    const current = this.#prefetches.get(key);
    if (!kinds || (current && current.expiresAt > this.#now())) return;
    const response = this.#options.readMany([...kinds], entity);
    // Its failure is the cards' to show, if they take it.
    response.catch(() => {});
    this.#prefetches.set(key, {
      kinds: new Set(kinds),
      response,
      expiresAt: this.#now() + PREFETCH_TTL_MS,
    });
  }

  #takePrefetched(
    key: string,
    kind: CloudPiEntityDataKind,
  ): Promise<CloudPiEntityCardsResponse> | undefined {
    const prefetch = this.#prefetches.get(key);
    if (!prefetch) return undefined;
    if (prefetch.expiresAt <= this.#now()) {
      this.#prefetches.delete(key);
      return undefined;
    }
    // A card reloading (retry, or another page) asks the backend afresh.
    if (!prefetch.kinds.delete(kind)) return undefined;
    if (prefetch.kinds.size === 0) this.#prefetches.delete(key);
    return prefetch.response;
  }

  /** Remembers the cards read for an entity, for its next visits. */
  #remember(key: string, kinds: Iterable<CloudPiEntityDataKind>): void {
    const known = this.#kinds.get(key) ?? new Set();
    for (const kind of kinds) known.add(kind);
    // Map order is insertion order: re-inserted, the entity is the newest.
    this.#kinds.delete(key);
    this.#kinds.set(key, known);
    if (this.#kinds.size > REMEMBERED_ENTITIES) {
      this.#kinds.delete(this.#kinds.keys().next().value!);
    }
  }

  async #flush({ entity, loads }: Batch): Promise<void> {
    const { readOne, readMany } = this.#options;
    this.#remember(keyOf(entity), loads.keys());
    if (loads.size === 1) {
      const [[kind, load]] = loads;
      readOne(kind, entity).then(load.resolve, load.reject);
      return;
    }
    let response: CloudPiEntityCardsResponse;
    try {
      response = await readMany([...loads.keys()], entity);
    } catch (error) {
      loads.forEach(load => load.reject(error));
      return;
    }
    for (const [kind, load] of loads) {
      this.#card(kind, entity, response).then(load.resolve, load.reject);
    }
  }

  /** One card's data, or its error, from a batched answer. */
  async #card<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
    response: CloudPiEntityCardsResponse,
  ): Promise<CloudPiEntityData[K]> {
    const path = cloudPiEntityDataPath(entity, kind);
    const card = response.cards[kind];
    if (!card) {
      throw new InvalidResponseError(
        `Unexpected response from the Cloud π Native backend: no ${kind} card for ${path}`,
      );
    }
    if ('error' in card) {
      throw await cardError(path, card.status, card.error);
    }
    return this.#options.parse(kind, entity, card.data);
  }
}

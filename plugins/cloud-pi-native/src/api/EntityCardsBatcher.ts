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
 */
export class EntityCardsBatcher {
  readonly #options: EntityCardsBatcherOptions;
  readonly #batches = new Map<string, Batch>();

  constructor(options: EntityCardsBatcherOptions) {
    this.#options = options;
  }

  load<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityData[K]> {
    const key =
      `${entity.kind}:${entity.namespace}/${entity.name}`.toLowerCase();
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

  async #flush({ entity, loads }: Batch): Promise<void> {
    const { readOne, readMany, parse } = this.#options;
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
      const path = cloudPiEntityDataPath(entity, kind);
      const card = response.cards[kind];
      try {
        if (!card) {
          throw new InvalidResponseError(
            `Unexpected response from the Cloud π Native backend: no ${kind} card for ${path}`,
          );
        }
        if ('error' in card) {
          throw await cardError(path, card.status, card.error);
        }
        load.resolve(parse(kind, entity, card.data));
      } catch (error) {
        load.reject(error);
      }
    }
  }
}

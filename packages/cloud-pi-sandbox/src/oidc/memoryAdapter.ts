import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number | undefined;
}

class MemoryAdapter implements Adapter {
  readonly #store: MemoryAdapterStore;
  readonly #model: string;

  constructor(store: MemoryAdapterStore, model: string) {
    this.#store = store;
    this.#model = model;
  }

  #key(id: string): string {
    return `${this.#model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number) {
    this.#store.set(this.#key(id), payload, expiresIn);
    if (payload.userCode) {
      this.#store.set(
        `${this.#model}:userCode:${payload.userCode}`,
        { jti: id },
        expiresIn,
      );
    }
    if (payload.uid) {
      this.#store.set(
        `${this.#model}:uid:${payload.uid}`,
        { jti: id },
        expiresIn,
      );
    }
  }

  async find(id: string) {
    return this.#store.get(this.#key(id));
  }

  async findByUserCode(userCode: string) {
    const ref = this.#store.get(`${this.#model}:userCode:${userCode}`);
    return ref?.jti ? this.find(ref.jti) : undefined;
  }

  async findByUid(uid: string) {
    const ref = this.#store.get(`${this.#model}:uid:${uid}`);
    return ref?.jti ? this.find(ref.jti) : undefined;
  }

  async consume(id: string) {
    const payload = this.#store.get(this.#key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string) {
    this.#store.delete(this.#key(id));
  }

  async revokeByGrantId(grantId: string) {
    this.#store.deleteWhere(payload => payload.grantId === grantId);
  }
}

/**
 * In-memory storage of the realm's sessions, codes and tokens. The sandbox
 * keeps no provider state across restarts on purpose; one store is shared
 * by every model so grants can be revoked across them.
 */
export class MemoryAdapterStore {
  readonly #entries = new Map<string, Entry>();

  /** The adapter constructor oidc-provider instantiates per model. */
  adapterFor = (model: string): Adapter => new MemoryAdapter(this, model);

  set(key: string, payload: AdapterPayload, expiresIn?: number): void {
    this.#entries.set(key, {
      payload,
      expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined,
    });
  }

  get(key: string): AdapterPayload | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  deleteWhere(predicate: (payload: AdapterPayload) => boolean): void {
    for (const [key, entry] of this.#entries) {
      if (predicate(entry.payload)) this.#entries.delete(key);
    }
  }
}

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ConsoleStore } from './ConsoleStore';

const FORMAT_VERSION = 1;

interface PersistedState {
  format: number;
  /** Public URL the state was written with, to rebase stored URLs. */
  publicUrl: string;
  /** Free-form facts about the world (e.g. which seed built it). */
  meta: Record<string, unknown>;
  tables: Record<string, unknown[]>;
}

// BigInts have no JSON form: tag them so they come back as BigInts.
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? { $bigint: value.toString() } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as { $bigint?: unknown }).$bigint === 'string'
  ) {
    return BigInt((value as { $bigint: string }).$bigint);
  }
  return value;
}

/** Serialises the whole store to JSON text. */
export function serializeState(
  store: ConsoleStore,
  publicUrl: string,
  meta: Record<string, unknown> = {},
): string {
  const tables: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(store.tables())) {
    tables[name] = table.all();
  }
  const state: PersistedState = {
    format: FORMAT_VERSION,
    publicUrl,
    meta,
    tables,
  };
  return JSON.stringify(state, replacer);
}

/**
 * Loads JSON produced by `serializeState` into an empty store. Zone Argo CD
 * URLs written under another public URL (e.g. another port) are rebased.
 */
export function restoreState(
  store: ConsoleStore,
  text: string,
  publicUrl: string,
): Record<string, unknown> {
  const state = JSON.parse(text, reviver) as PersistedState;
  if (state.format !== FORMAT_VERSION) {
    throw new Error(`Unsupported sandbox state format ${state.format}`);
  }
  const tables = store.tables();
  for (const [name, rows] of Object.entries(state.tables)) {
    const table = tables[name];
    if (!table) continue;
    table.clear();
    for (const row of rows as Array<{ id: string }>) table.insert(row);
  }
  if (state.publicUrl && state.publicUrl !== publicUrl) {
    for (const zone of store.zones.all()) {
      if (zone.argocdUrl.startsWith(state.publicUrl)) {
        store.zones.update(zone.id, z => {
          z.argocdUrl = publicUrl + z.argocdUrl.slice(state.publicUrl.length);
        });
      }
    }
  }
  return state.meta ?? {};
}

/**
 * Keeps a state file in sync with the store: writes are debounced and atomic
 * (temporary file + rename) so a crash never leaves half a file behind.
 */
export class StateFile {
  readonly #store: ConsoleStore;
  readonly #file: string;
  readonly #publicUrl: string;
  readonly #meta: Record<string, unknown>;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  #savedRevision = -1;
  #unsubscribe: (() => void) | undefined;

  constructor(
    store: ConsoleStore,
    file: string,
    publicUrl: string,
    meta: Record<string, unknown> = {},
  ) {
    this.#store = store;
    this.#file = path.resolve(file);
    this.#publicUrl = publicUrl;
    this.#meta = meta;
  }

  /** Loads the file when it exists; returns its metadata, or `undefined`. */
  async load(): Promise<Record<string, unknown> | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const meta = restoreState(this.#store, text, this.#publicUrl);
    this.#savedRevision = this.#store.revision;
    return meta;
  }

  /** Starts saving on every change (debounced). */
  watch(debounceMs = 1000): void {
    this.#unsubscribe = this.#store.onChange(() => {
      if (this.#timer) return;
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.flush();
      }, debounceMs);
      this.#timer.unref();
    });
  }

  /** Writes pending changes now. */
  async flush(): Promise<void> {
    this.#writing = this.#writing.then(async () => {
      const revision = this.#store.revision;
      if (revision === this.#savedRevision) return;
      const tmp = `${this.#file}.${process.pid}.tmp`;
      await fs.mkdir(path.dirname(this.#file), { recursive: true });
      await fs.writeFile(
        tmp,
        serializeState(this.#store, this.#publicUrl, this.#meta),
      );
      await fs.rename(tmp, this.#file);
      this.#savedRevision = revision;
    });
    return this.#writing;
  }

  /** Stops watching and writes what is pending. */
  async close(): Promise<void> {
    this.#unsubscribe?.();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.flush();
  }
}

/** How a table indexes its rows: by a unique key or in groups. */
export interface IndexDefinition<T> {
  key: (row: T) => string;
  unique?: boolean;
}

/**
 * An in-memory table keeping insertion order (the console lists rows by
 * creation date) with secondary indexes, so lookups stay O(1) at scale.
 * Rows are mutated only through `update`, which keeps the indexes in sync.
 */
export class Table<T extends { id: string }, I extends string = never> {
  readonly #rows = new Map<string, T>();
  readonly #definitions: Record<I, IndexDefinition<T>>;
  readonly #unique = new Map<I, Map<string, string>>();
  readonly #groups = new Map<I, Map<string, Set<string>>>();
  #onChange: () => void = () => {};

  constructor(
    indexes: Record<I, IndexDefinition<T>> = {} as Record<
      I,
      IndexDefinition<T>
    >,
  ) {
    this.#definitions = indexes;
    for (const name of Object.keys(indexes) as I[]) {
      if (indexes[name].unique) this.#unique.set(name, new Map());
      else this.#groups.set(name, new Map());
    }
  }

  /** Called after every insert, update or delete (persistence hooks here). */
  setChangeListener(listener: () => void): void {
    this.#onChange = listener;
  }

  get size(): number {
    return this.#rows.size;
  }

  get(id: string): T | undefined {
    return this.#rows.get(id);
  }

  all(): T[] {
    return [...this.#rows.values()];
  }

  insert(row: T): T {
    if (this.#rows.has(row.id)) {
      throw new Error(`Duplicate id ${row.id}`);
    }
    for (const [name, index] of this.#unique) {
      const key = this.#definitions[name].key(row);
      if (index.has(key)) {
        throw new Error(`Duplicate ${name} ${key}`);
      }
    }
    this.#rows.set(row.id, row);
    this.#index(row);
    this.#onChange();
    return row;
  }

  update(id: string, mutate: (row: T) => void): T {
    const row = this.#rows.get(id);
    if (!row) throw new Error(`Unknown id ${id}`);
    this.#unindex(row);
    mutate(row);
    this.#index(row);
    this.#onChange();
    return row;
  }

  delete(id: string): T | undefined {
    const row = this.#rows.get(id);
    if (!row) return undefined;
    this.#unindex(row);
    this.#rows.delete(id);
    this.#onChange();
    return row;
  }

  /** The row whose unique index `name` has `key`. */
  findUnique(name: I, key: string): T | undefined {
    const id = this.#unique.get(name)?.get(key);
    return id === undefined ? undefined : this.#rows.get(id);
  }

  /** The rows of group `key` in index `name`, in insertion order. */
  findGroup(name: I, key: string): T[] {
    const ids = this.#groups.get(name)?.get(key);
    if (!ids) return [];
    return [...ids].map(id => this.#rows.get(id)!);
  }

  clear(): void {
    this.#rows.clear();
    for (const index of this.#unique.values()) index.clear();
    for (const index of this.#groups.values()) index.clear();
    this.#onChange();
  }

  #index(row: T): void {
    for (const [name, index] of this.#unique) {
      index.set(this.#definitions[name].key(row), row.id);
    }
    for (const [name, index] of this.#groups) {
      const key = this.#definitions[name].key(row);
      let ids = index.get(key);
      if (!ids) {
        ids = new Set();
        index.set(key, ids);
      }
      ids.add(row.id);
    }
  }

  #unindex(row: T): void {
    for (const [name, index] of this.#unique) {
      index.delete(this.#definitions[name].key(row));
    }
    for (const [name, index] of this.#groups) {
      const key = this.#definitions[name].key(row);
      const ids = index.get(key);
      ids?.delete(row.id);
      if (ids && ids.size === 0) index.delete(key);
    }
  }
}

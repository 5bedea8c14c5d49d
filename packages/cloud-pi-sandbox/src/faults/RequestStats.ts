/** Request counts, keyed `METHOD /full/path`. @public */
export interface RequestStatsSnapshot {
  total: number;
  requests: Record<string, number>;
}

/** Counts every request the sandbox receives, so tests can count upstream calls. */
export class RequestStats {
  #total = 0;
  #counts = new Map<string, number>();

  /** Counts one request. */
  record(method: string, path: string): void {
    const key = `${method.toUpperCase()} ${path}`;
    this.#total++;
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  /** The counts so far. */
  snapshot(): RequestStatsSnapshot {
    return { total: this.#total, requests: Object.fromEntries(this.#counts) };
  }

  /** Starts counting from zero. */
  reset(): void {
    this.#total = 0;
    this.#counts = new Map();
  }
}

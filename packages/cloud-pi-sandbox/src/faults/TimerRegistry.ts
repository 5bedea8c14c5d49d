/**
 * Timers the sandbox owns (injected delays), cancelled together on shutdown
 * so a stopped sandbox leaves nothing scheduled behind.
 */
export class TimerRegistry {
  readonly #timers = new Set<NodeJS.Timeout>();

  /** Runs `fn` after `ms` unless cancelled first. */
  schedule(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
  }

  /** Waits `ms` (resolves immediately for 0). */
  sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise(resolve => this.schedule(ms, resolve));
  }

  /** Cancels every pending timer. */
  cancelAll(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

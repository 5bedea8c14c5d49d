import type { CloudPiErrorKind } from '@cpin/plugin-cloud-pi-native-react';

/** Why the signed-in user sees no data of a project. */
export type PageRefusal = Exclude<CloudPiErrorKind, 'other'>;

/**
 * What the mounted cards of each entity learnt from their requests, and
 * whether a page-level access panel shows the refusal for them. Entries live
 * only as long as the components that registered them: leaving the page
 * forgets them, so a user added to the project meanwhile is not hidden
 * anything on their next visit.
 */
export class PageAccessStore {
  readonly #reports = new Map<string, Map<symbol, PageRefusal | undefined>>();
  readonly #panels = new Map<string, number>();
  readonly #listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Records a card's outcome (`undefined`: data or still loading); returns its removal. */
  report(entityRef: string, refusal: PageRefusal | undefined): () => void {
    const token = Symbol(entityRef);
    const reports = this.#reports.get(entityRef) ?? new Map();
    this.#reports.set(entityRef, reports.set(token, refusal));
    this.#emit();
    return () => {
      reports.delete(token);
      if (reports.size === 0) this.#reports.delete(entityRef);
      this.#emit();
    };
  }

  /** Registers a mounted page-level panel; returns its removal. */
  addPanel(entityRef: string): () => void {
    this.#panels.set(entityRef, (this.#panels.get(entityRef) ?? 0) + 1);
    this.#emit();
    return () => {
      const count = (this.#panels.get(entityRef) ?? 1) - 1;
      if (count > 0) this.#panels.set(entityRef, count);
      else this.#panels.delete(entityRef);
      this.#emit();
    };
  }

  /** The refusal one of the entity's cards met, if any. */
  refusal(entityRef: string): PageRefusal | undefined {
    for (const refusal of this.#reports.get(entityRef)?.values() ?? []) {
      if (refusal) return refusal;
    }
    return undefined;
  }

  hasPanel(entityRef: string): boolean {
    return this.#panels.has(entityRef);
  }

  #emit() {
    this.#listeners.forEach(listener => listener());
  }
}

import type { CloudPiErrorKind } from '@cpin/plugin-cloud-pi-native-react';

/** Why the signed-in user sees no data of a project. */
export type PageRefusal = Exclude<CloudPiErrorKind, 'other'>;

/** What a card's request learnt: nothing yet or data, a refusal, a failure. */
export interface CardOutcome {
  refusal?: PageRefusal;
  /** A failure that is not about access (an outage, an unexpected error). */
  failure?: Error;
  /** Whether the card's request is in flight (a retry keeps its failure). */
  loading?: boolean;
  /** Sends the card's request again. */
  retry?: () => void;
}

/** Failures of several cards of a page, which its panel tells once. */
export interface PageOutage {
  errors: Error[];
  /** Whether one of the failed cards is asking again. */
  retrying: boolean;
  /** Asks again for every failed card. */
  retry(): void;
}

interface Report {
  /** The card the outcome belongs to (a card may hold several requests). */
  slot: string;
  outcome: CardOutcome;
}

/** Cards of a page that must fail before the panel speaks for them. */
const OUTAGE_CARDS = 2;

/**
 * What the mounted cards of each entity learnt from their requests, and
 * whether a page-level panel says it for them: a refusal (for every card:
 * access is per project), or a failure shared by several cards (an outage,
 * said once with one retry). Entries live only as long as the components
 * that registered them: leaving the page forgets them, so a user added to
 * the project meanwhile is not hidden anything on their next visit.
 */
export class PageAccessStore {
  readonly #reports = new Map<string, Map<symbol, Report>>();
  readonly #panels = new Map<string, number>();
  readonly #listeners = new Set<() => void>();
  /** Outages as last computed, so that readers get the same object until a change. */
  readonly #outages = new Map<string, PageOutage | undefined>();

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Records the outcome of a card's request; returns its removal. */
  report(entityRef: string, slot: string, outcome: CardOutcome): () => void {
    const token = Symbol(entityRef);
    const reports = this.#reports.get(entityRef) ?? new Map();
    this.#reports.set(entityRef, reports.set(token, { slot, outcome }));
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
    for (const { outcome } of this.#reports.get(entityRef)?.values() ?? []) {
      if (outcome.refusal) return outcome.refusal;
    }
    return undefined;
  }

  /** The failures of the entity's cards, once several cards failed. */
  outage(entityRef: string): PageOutage | undefined {
    if (!this.#outages.has(entityRef)) {
      this.#outages.set(entityRef, this.#computeOutage(entityRef));
    }
    return this.#outages.get(entityRef);
  }

  /** Whether the page's panel says, for the card in `slot`, why it is empty. */
  saidByPanel(entityRef: string, slot?: string): boolean {
    if (!this.#panels.has(entityRef)) return false;
    if (this.refusal(entityRef)) return true;
    if (slot === undefined || !this.outage(entityRef)) return false;
    return this.#failed(entityRef).some(report => report.slot === slot);
  }

  #failed(entityRef: string): Report[] {
    return [...(this.#reports.get(entityRef)?.values() ?? [])].filter(
      report => report.outcome.failure,
    );
  }

  #computeOutage(entityRef: string): PageOutage | undefined {
    const failed = this.#failed(entityRef);
    if (new Set(failed.map(r => r.slot)).size < OUTAGE_CARDS) return undefined;
    return {
      errors: failed.map(r => r.outcome.failure!),
      retrying: failed.some(r => r.outcome.loading),
      retry: () => failed.forEach(r => r.outcome.retry?.()),
    };
  }

  #emit() {
    this.#outages.clear();
    this.#listeners.forEach(listener => listener());
  }
}

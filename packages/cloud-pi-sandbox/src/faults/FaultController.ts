import { randomUUID } from 'node:crypto';
import { globToRegExp } from '../util/glob';
import {
  faultRuleInputSchema,
  type FaultAction,
  type FaultRule,
  type FaultRuleInput,
} from './faultRules';

interface RegisteredRule {
  rule: FaultRule;
  pattern: RegExp;
}

/**
 * Fault and latency injection for every sub-app of the sandbox. Rules match
 * a method and a path; the first matching rule applies, `times` times or
 * for ever. `latencyMs` delays every request (benchmarks).
 *
 * @public
 */
export class FaultController {
  #rules: RegisteredRule[] = [];
  #latencyMs: number;

  constructor(latencyMs = 0) {
    this.#latencyMs = latencyMs;
  }

  /** Latency added to every request, in milliseconds. */
  get latencyMs(): number {
    return this.#latencyMs;
  }

  set latencyMs(value: number) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Invalid latency ${value}`);
    }
    this.#latencyMs = value;
  }

  /** Registers a rule (validated; throws a ZodError when invalid). */
  add(input: FaultRuleInput): FaultRule {
    const parsed = faultRuleInputSchema.parse(input);
    const rule: FaultRule = { ...parsed, id: randomUUID(), applied: 0 };
    const pattern =
      parsed.pathRegex !== undefined
        ? new RegExp(parsed.pathRegex)
        : globToRegExp(parsed.path!);
    this.#rules.push({ rule, pattern });
    return rule;
  }

  /** Removes one rule; returns whether it existed. */
  remove(id: string): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter(r => r.rule.id !== id);
    return this.#rules.length !== before;
  }

  /** Removes every rule (the latency stays). */
  clear(): void {
    this.#rules = [];
  }

  /** The registered rules, in match order. */
  list(): FaultRule[] {
    return this.#rules.map(r => ({ ...r.rule }));
  }

  /**
   * The action for a request, consuming one use of the matching rule.
   * Used by the sandbox's middleware.
   */
  take(method: string, path: string): FaultAction | undefined {
    const upper = method.toUpperCase();
    const match = this.#rules.find(
      ({ rule, pattern }) =>
        (rule.method === undefined || rule.method.toUpperCase() === upper) &&
        pattern.test(path),
    );
    if (!match) return undefined;
    match.rule.applied++;
    if (
      match.rule.times !== undefined &&
      match.rule.applied >= match.rule.times
    ) {
      this.remove(match.rule.id);
    }
    return match.rule;
  }
}

import type { Fact } from '../../src/fact.js';

/** An expected fact: the fields given must match; strings match when the fact's value contains them. */
export type FactPattern = Record<string, unknown> & { kind: string };

export function matches(fact: Fact, pattern: FactPattern): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = (fact as unknown as Record<string, unknown>)[key];
    if (typeof expected === 'string') return typeof actual === 'string' && actual.includes(expected);
    if (Array.isArray(expected)) return JSON.stringify(actual) === JSON.stringify(expected);
    if (expected && typeof expected === 'object') {
      return actual !== null && typeof actual === 'object' && matches(actual as Fact, { kind: (actual as Fact).kind, ...(expected as object) } as FactPattern);
    }
    return actual === expected;
  });
}

/** The patterns no fact matches, rendered for a readable failure message. */
export function missing(facts: Fact[], patterns: FactPattern[]): string[] {
  return patterns.filter((p) => !facts.some((f) => matches(f, p))).map((p) => JSON.stringify(p));
}

/** The patterns some fact matches although none should. */
export function present(facts: Fact[], patterns: FactPattern[]): string[] {
  return patterns.filter((p) => facts.some((f) => matches(f, p))).map((p) => JSON.stringify(p));
}

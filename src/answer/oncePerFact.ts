import type { Fact } from '../fact.js';

/**
 * A pure function of a fact, worked out once per fact: a question tests each of its hundreds of candidates,
 * and the next question tests many of the same facts again.
 */
export function oncePerFact<V>(of: (fact: Fact) => V): (fact: Fact) => V {
  const known = new WeakMap<Fact, V>();
  return (fact) => {
    if (known.has(fact)) return known.get(fact) as V;
    const value = of(fact);
    known.set(fact, value);
    return value;
  };
}

/**
 * A pure function of an object, worked out once per object: of a fact (a question tests each of its hundreds of
 * candidates, and the next question many of the same facts again), or of a loaded index (what every question reads
 * of it). Held weakly: a fact or index no longer used takes its value with it.
 */
export function oncePer<K extends object, V>(of: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = of(key);
    known.set(key, value);
    return value;
  };
}

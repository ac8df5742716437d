import type { Fact } from '../fact.js';

/**
 * The first cell of a table row read as a passage ("Term: Microsoft Online Email Routing Address (MOERA);
 * Description: …"): what the row is about, as a heading says what a section is about. The row's quote is
 * that cell; undefined for any other fact.
 */
export function rowKey(fact: Fact): string | undefined {
  const key = fact.source.quote;
  return fact.kind === 'passage' && fact.text.includes(`: ${key};`) ? key : undefined;
}

import type { Fact } from '../fact.js';
import { terms } from '../search/tokenize.js';
import { oncePer } from './oncePer.js';

/**
 * The first cell of a table row read as a passage ("Term: Microsoft Online Email Routing Address (MOERA);
 * Description: …"): what the row is about, as a heading says what a section is about. The row's quote is
 * that cell; undefined for any other fact.
 */
export function rowKey(fact: Fact): string | undefined {
  const key = fact.source.quote;
  return fact.kind === 'passage' && fact.text.includes(`: ${key};`) ? key : undefined;
}

/**
 * The terms of a row's column headers after its first ("adminDescription value" of "Scenario: …;
 * adminDescription value: PHSFiltered"), read once per fact: questions ask them again and again.
 */
export const columnTerms = oncePer((fact: Fact): string[][] =>
  rowKey(fact)
    ? fact.text.split('; ').slice(1).map((cell) => terms(cell.slice(0, Math.max(0, cell.indexOf(': '))))).filter((said) => said.length > 0)
    : [],
);

/**
 * A row's first cell as its text has it: a row continuing the one above ("| | … Health Agent |") is quoted by its
 * first cell with a value, but reads the first cell it shares ("Service type: AD FS; Agent: …" → "AD FS").
 */
export function firstCellOf(fact: Fact): string | undefined {
  return rowKey(fact) ? fact.text.slice(fact.text.indexOf(': ') + 2, fact.text.indexOf(';')) : undefined;
}

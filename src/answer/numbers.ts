/**
 * Quantities in questions and in facts: "for 200,000 objects" falls in the hardware table's
 * "100,000–300,000" row. Counts only: versions (2.4.131.0) and sizes with decimals are not ranges.
 */

import { processTerm } from '../search/tokenize.js';

/** A count as written: "200000", "200,000", "200k". */
const COUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(k)?(?![\d.,]\d)/gi;

export function countsIn(text: string): number[] {
  return [...text.matchAll(COUNT)].map(([, digits, k]) => Number(digits!.replace(/,/g, '')) * (k ? 1000 : 1)).filter((n) => n >= 10);
}

const N = String.raw`(\d{1,3}(?:,\d{3})+|\d{2,})`;
const RANGES: { pattern: RegExp; range: (a: number, b: number) => [number, number] }[] = [
  { pattern: new RegExp(`${N}\\s*(?:–|—|-|to)\\s*${N}`, 'g'), range: (a, b) => [a, b] },
  { pattern: new RegExp(`\\b(?:fewer|less) than\\s+${N}`, 'gi'), range: (a) => [0, a - 1] },
  { pattern: new RegExp(`\\b(?:up to|at most|maximum of)\\s+${N}`, 'gi'), range: (a) => [0, a] },
  { pattern: new RegExp(`\\b(?:more|greater) than\\s+${N}`, 'gi'), range: (a) => [a + 1, Infinity] },
  { pattern: new RegExp(`${N}\\s+or more\\b`, 'gi'), range: (a) => [a, Infinity] },
];

/** The ranges a text states: "10,000–50,000", "fewer than 10,000", "100,000 or more". */
export function rangesIn(text: string): [number, number][] {
  const found: [number, number][] = [];
  // Every range holds a number of two digits or more: most facts hold none, and need not be read five times.
  if (!/\d\d/.test(text)) return found;
  for (const { pattern, range } of RANGES) {
    for (const m of text.matchAll(pattern)) {
      const [a, b] = [m[1], m[2]].map((d) => (d === undefined ? NaN : Number(d.replace(/,/g, ''))));
      found.push(range(a!, b!));
    }
  }
  return found;
}

/** Whether a fact's text states a range that holds one of the question's counts. */
export function holdsCountIn(text: string, counts: number[]): boolean {
  if (counts.length === 0) return false;
  return rangesIn(text).some(([lo, hi]) => counts.some((n) => n >= lo && n <= hi));
}

/** Whether the text gives a number of something the question names: a number right before one of its terms. */
export function countsAskedThing(text: string, terms: string[]): boolean {
  return countedIn(text).some((t) => terms.includes(t));
}

/** The terms of what a text gives numbers of: the one or two words after each number ("3 Authentication Agents"). */
export function countedIn(text: string): string[] {
  const counted: string[] = [];
  for (const m of text.matchAll(COUNTED)) {
    // ("500 deletes per run" counts deletes, not "per".)
    for (const w of [m[1], m[2]]) {
      const t = w && !LINKING.test(w) ? processTerm(w.toLowerCase()) : null;
      if (t) counted.push(t);
    }
  }
  return counted;
}
const LINKING = /^(?:per|of|in|on|at|for|to|by|from|with|and|or|a|an|the|each|every)$/i;
/** How many times a thing is done, in words: "Run this script only once", "twice" ("once" alone opens a clause: "Once the install completes"). */
export const ONCE_OR_TWICE = '(?:only|just|exactly|more than|at most|at least) once|twice';
/** Numbers the docs write in words ("two types of holds", "four performance counters"), as a pattern's alternatives. */
export const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** A number and the one or two words after it: "3 Authentication Agents", "40 agents", "four performance counters". */
// ("a single forest" counts one.)
const COUNTED = new RegExp(`\\b(?:\\d+|${NUMBER_WORDS}|single)\\s+([A-Za-z]+)(?:\\s+([A-Za-z]+))?`, 'gi');

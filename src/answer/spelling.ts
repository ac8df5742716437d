import SearchableMap from 'minisearch/SearchableMap';
import type { FactIndex } from '../search/factIndex.js';

const spellingCache = new WeakMap<FactIndex, SearchableMap<number>>();

/**
 * The closest word the docs use: one edit away (a swap of neighbours counts as one), two for
 * words of eight letters or more (same first letter, about the same length); the most common one on ties.
 * A long word none is near may be a name without its prefix.
 */
export function closestWord(word: string, index: FactIndex): string | undefined {
  if (word.length < 4) return undefined;
  let map = spellingCache.get(index);
  if (!map) {
    map = new SearchableMap<number>();
    for (const [w, count] of index.words) map.set(w, count);
    spellingCache.set(index, map);
  }
  const allowed = word.length >= 8 ? 2 : 1;
  // A swap of neighbours is two Levenshtein edits: ask the map for two, keep what is one here.
  const candidates = [...map.fuzzyGet(word, 2).entries()]
    .map(([candidate, [count]]) => ({ candidate, count, distance: editDistance(word, candidate) }))
    // A three-letter word is an acronym or a name ("joke" is not "Joe"): too short to be what was meant.
    // A short word one letter off another is often a word of its own ("zone" is not "note").
    .filter((c) => c.candidate.length >= 4 && (word.length >= 5 || !isSubstitution(word, c.candidate)))
    // Letters swapped apart ("lisence" for "license") are two edits even in a short word: the same letters, the same start.
    .filter((c) => c.distance <= allowed || (c.distance === 2 && word.length >= 5 && sameLetters(word, c.candidate)))
    .filter((c) => c.distance === 1 || (c.candidate[0] === word[0] && Math.abs(c.candidate.length - word.length) <= 1))
    // A short word is misspelt past its start ("helth", "agnet"); one that differs there is a word of its own ("lunch", not "launch").
    .filter((c) => word.length > 5 || c.candidate.slice(0, 2) === word.slice(0, 2) || isSwap(word, c.candidate))
    .sort((a, b) => a.distance - b.distance || b.count - a.count);
  return candidates[0]?.candidate ?? (word.length >= 8 ? prefixed(word, index) : undefined);
}

/** A name asked without its short prefix: "cloudsynctools" is AADCloudSyncTools, "synctools" no word of its own. */
function prefixed(word: string, index: FactIndex): string | undefined {
  let best: [string, number] | undefined;
  for (const [candidate, count] of index.words) {
    const prefix = candidate.length - word.length;
    if (prefix >= 2 && prefix <= 4 && candidate.endsWith(word) && (!best || count > best[1])) best = [candidate, count];
  }
  return best?.[0];
}

/** Two words made of the same letters ("lisence", "license"). */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** Two words of one length that differ in two neighbouring letters, swapped ("waht", "what"). */
export function isSwap(a: string, b: string): boolean {
  const [i, j, ...more] = differingPositions(a, b) ?? [];
  return i !== undefined && j === i + 1 && more.length === 0 && a[i] === b[j] && a[j] === b[i];
}

/** Two words of one length that differ in one letter ("zone", "note"). */
function isSubstitution(a: string, b: string): boolean {
  return differingPositions(a, b)?.length === 1;
}

/** Where two words of one length differ; undefined when their lengths differ. */
function differingPositions(a: string, b: string): number[] | undefined {
  if (a.length !== b.length) return undefined;
  return [...a].map((c, i) => (c !== b[i] ? i : -1)).filter((i) => i >= 0);
}

/** Optimal string alignment distance: Levenshtein where swapping two neighbours is one edit. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

import SearchableMap from 'minisearch/SearchableMap';
import type { FactIndex } from '../search/factIndex.js';
import { rememberWords } from '../search/rememberWords.js';

const spellingCache = new WeakMap<FactIndex, SearchableMap<number>>();

/**
 * The closest word the docs use: one edit away (a swap of neighbours counts as one), two for
 * words of eight letters or more (same first letter, about the same length); the most common one on ties.
 * A long word none is near may be a name without its prefix.
 */
export function closestWord(word: string, index: FactIndex): string | undefined {
  if (word.length < 4) return undefined;
  // (The docs' words are fixed once loaded: a word's closest is found once, not each time it is asked.)
  let closest = closestOf.get(index);
  if (!closest) closestOf.set(index, (closest = rememberWords((w) => searchClosest(w, index))));
  return closest(word);
}
const closestOf = new WeakMap<FactIndex, (word: string) => string | undefined>();

function searchClosest(word: string, index: FactIndex): string | undefined {
  const map = spellingMapOf(index);
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
    // A letter for another is a slip of the finger to a neighbouring key or a sound spelt two ways; any
    // other is a word of its own ("charge" is not "change").
    .filter((c) => word.length >= 8 || !isSubstitution(word, c.candidate) || isPlausibleSlip(word, c.candidate))
    .sort((a, b) => a.distance - b.distance || b.count - a.count);
  return candidates[0]?.candidate ?? (word.length >= 8 ? prefixed(word, index) : undefined) ?? (word.length >= 6 ? truncated(word, index) : undefined)
    // (… and a plural of one: "attribs" are attributes.)
    ?? (word.length >= 7 && word.endsWith('s') ? truncated(word.slice(0, -1), index) : undefined);
}

/** The docs' words by their letters, with how often each is used: built once per index. */
function spellingMapOf(index: FactIndex): SearchableMap<number> {
  let map = spellingCache.get(index);
  if (!map) {
    map = new SearchableMap<number>();
    for (const [w, count] of index.words) map.set(w, count);
    spellingCache.set(index, map);
  }
  return map;
}

/** A name cut short, as chat does ("usercert" for userCertificate): the most common doc word it begins, three letters longer at least. */
function truncated(word: string, index: FactIndex): string | undefined {
  let best: [string, number] | undefined;
  // The words it begins, from the tree the slips are found in: no walk over every word of the docs.
  for (const [candidate, count] of spellingMapOf(index).atPrefix(word).entries()) {
    if (candidate.length >= word.length + 3 && (!best || count > best[1])) best = [candidate, count];
  }
  return best?.[0];
}

/**
 * A word written without its vowels, as chat abbreviates ("hlth", "agnt", "cld", "svc"): the most
 * common doc word that starts with its first letter, ends on its last consonant and holds its other
 * letters in order, with one consonant more at most (none for three letters); one whose consonants are
 * exactly the word's first.
 */
export function unabbreviated(word: string, index: FactIndex): string | undefined {
  if (word.length < 3) return undefined;
  if (!CONSONANTS_AFTER_FIRST.test(word)) return withSomeVowels(word, index);
  let best: { candidate: string; exact: boolean; count: number } | undefined;
  for (const { candidate, count, consonants } of skeletonsOf(index).get(word[0]!) ?? []) {
    if (candidate.length <= word.length) continue;
    // One consonant more at most ("stngs" for settings, whose consonants are "sttngs"), none for three letters
    // ("cld" is "cloud"): a short word is more likely an acronym of its own ("rdp", "crl").
    const extra = word.length > 3 ? 1 : 0;
    if (consonants.length > word.length + extra || consonants.at(-1) !== word.at(-1) || !isSubsequence(word, consonants)) continue;
    const exact = consonants === word;
    if (!best || (exact && !best.exact) || (exact === best.exact && count > best.count)) best = { candidate, exact, count };
  }
  return best?.candidate;
}
const CONSONANTS_AFTER_FIRST = /^[a-z][b-df-hj-np-tv-z]+$/;

/**
 * A word with some of its vowels dropped ("outbnd" for outbound): the most common doc word with the very same
 * consonants, holding the word's letters in order and two vowels more at least. Five letters at least: a shorter
 * one is often a word of its own; so is one a vowel away from another ("lunch" is not "launch").
 */
function withSomeVowels(word: string, index: FactIndex): string | undefined {
  if (word.length < 5) return undefined;
  const skeleton = word[0] + word.slice(1).replace(/[aeiou]/g, '');
  let best: Skeleton | undefined;
  for (const s of skeletonsOf(index).get(word[0]!) ?? []) {
    if (s.consonants === skeleton && s.candidate.length >= word.length + 2 && isSubsequence(word, s.candidate) && (!best || s.count > best.count)) best = s;
  }
  return best?.candidate;
}

interface Skeleton {
  candidate: string;
  count: number;
  /** The first letter and the consonants after it: "health" → "hlth". */
  consonants: string;
}

const skeletonCache = new WeakMap<FactIndex, Map<string, Skeleton[]>>();

/** The docs' words by first letter, with their consonants: built once per index, read for each abbreviation. */
function skeletonsOf(index: FactIndex): Map<string, Skeleton[]> {
  let byFirst = skeletonCache.get(index);
  if (!byFirst) {
    byFirst = new Map();
    for (const [candidate, count] of index.words) {
      if (!/^[a-z]{4,}$/.test(candidate)) continue;
      const skeleton = { candidate, count, consonants: candidate[0] + candidate.slice(1).replace(/[aeiou]/g, '') };
      const list = byFirst.get(candidate[0]!);
      if (list) list.push(skeleton);
      else byFirst.set(candidate[0]!, [skeleton]);
    }
    skeletonCache.set(index, byFirst);
  }
  return byFirst;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
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

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters one sound may be spelt with ("licence", "clowd"). */
const SOUNDALIKES = ['cks', 'sz', 'iy', 'uw', 'aeiou'];

/** One letter for another that a hand or an ear would slip to: a neighbouring key, or the same sound. */
function isPlausibleSlip(a: string, b: string): boolean {
  const i = differingPositions(a, b)![0]!;
  const [x, y] = [a[i]!, b[i]!];
  return SOUNDALIKES.some((group) => group.includes(x) && group.includes(y)) || areNeighbourKeys(x, y);
}

function areNeighbourKeys(x: string, y: string): boolean {
  const at = (c: string) => {
    const row = KEYBOARD_ROWS.findIndex((r) => r.includes(c));
    return { row, column: row < 0 ? -9 : KEYBOARD_ROWS[row]!.indexOf(c) + row * 0.5 };
  };
  const [p, q] = [at(x), at(y)];
  return p.row >= 0 && q.row >= 0 && Math.abs(p.row - q.row) <= 1 && Math.abs(p.column - q.column) <= 1;
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

import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { Fact } from '../fact.js';
import type { Vocabulary } from '../ingest/vocabulary.js';
import { fieldsOf, type FactFields } from './factFields.js';
import { indexTokens, processTerm } from './tokenize.js';

type IndexedFact = FactFields & { id: number };

/** MiniSearch options, the same when building and when loading a serialized index. */
export const INDEX_OPTIONS: Options<IndexedFact> = {
  fields: ['name', 'kind', 'text', 'section', 'title'],
  storeFields: [],
  tokenize: indexTokens,
  processTerm,
};

/** How much a match in each field counts: names and values first, then the fact's words, then where it stands. */
export const FIELD_BOOSTS: SearchOptions['boost'] = { name: 3, kind: 1.5, text: 1, section: 1.2, title: 0.6 };

/** Facts and their full-text index, searched by position in `facts`. */
export interface FactIndex {
  facts: Fact[];
  search: MiniSearch<IndexedFact>;
  /** Every term in the index, with the number of facts it occurs in: tells a typo from a word
   * the docs never use, and a telling word ("proxy") from a common one ("agent"). */
  documentFrequency: Map<string, number>;
  /** Words as written in the facts (not stemmed), with counts: what typos are corrected to. */
  words: Map<string, number>;
  /**
   * For terms most facts hold ("microsoft", "agent"): per fact, a bit per field holding it. Searching
   * such a term scores thousands of postings for nothing; the answer engine searches the telling terms
   * and looks these up for the candidates only.
   */
  common: Map<string, Uint8Array>;
  /** Field names by bit, for `common`. */
  fieldNames: string[];
}

/** A term in more than this share of facts, and more than `COMMON_MIN` of them, is common. */
export const COMMON_SHARE = 0.08;
export const COMMON_MIN = 200;

export function buildFactIndex(facts: Fact[], vocabulary: Vocabulary): FactIndex {
  const search = new MiniSearch<IndexedFact>(INDEX_OPTIONS);
  search.addAll(facts.map((fact, id) => ({ id, ...fieldsOf(fact, vocabulary) })));
  const plain = search.toJSON();
  return { facts, search, words: wordsOf(facts), ...termStatistics(plain, facts.length) };
}

/**
 * From the serialized postings (term → field → fact → count): the facts per term, and the field bits of
 * the common terms. Only a common term gets its bits: a mask per term of a large index would be most of
 * a cold start's work and memory.
 */
function termStatistics(plain: AsPlainObject, factCount: number): Pick<FactIndex, 'documentFrequency' | 'common' | 'fieldNames'> {
  const fieldNames: string[] = [];
  for (const [name, id] of Object.entries(plain.fieldIds)) fieldNames[id] = name;
  const documentFrequency = new Map<string, number>();
  const common = new Map<string, Uint8Array>();
  const threshold = Math.max(COMMON_MIN, factCount * COMMON_SHARE);
  for (const [term, fields] of plain.index) {
    const postings = Object.values(fields);
    const frequency = postings.length === 1 ? Object.keys(postings[0]!).length : new Set(postings.flatMap((p) => Object.keys(p))).size;
    documentFrequency.set(term, frequency);
    if (frequency > threshold) common.set(term, fieldBits(plain, fields, factCount));
  }
  return { documentFrequency, common, fieldNames };
}

/** Per fact, a bit for each field holding the term. */
function fieldBits(plain: AsPlainObject, fields: AsPlainObject['index'][number][1], factCount: number): Uint8Array {
  const bits = new Uint8Array(factCount);
  for (const [fieldId, postings] of Object.entries(fields)) {
    for (const id of Object.keys(postings)) {
      bits[Number((plain.documentIds as Record<string, unknown>)[id] ?? id)]! |= 1 << Number(fieldId);
    }
  }
  return bits;
}

function wordsOf(facts: Fact[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const fact of facts) {
    for (const value of Object.values(fieldsOf(fact))) {
      // "stand-by" is written "standby" too: a question saying so has no typo.
      for (const word of value.toLowerCase().match(/[a-z]{3,}(?:-[a-z]{2,})*/g) ?? []) {
        for (const form of word.includes('-') ? [...word.split('-'), word.replace(/-/g, '')] : [word]) {
          if (form.length >= 3) words.set(form, (words.get(form) ?? 0) + 1);
        }
      }
    }
  }
  return words;
}

/** Inverse document frequency: how much finding this term in a fact tells. */
export function idf(index: FactIndex, term: string): number {
  const n = index.facts.length;
  const df = index.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The index as plain data, for `JSON.stringify`. */
export interface SerializedFactIndex {
  facts: Fact[];
  search: AsPlainObject;
  words: [string, number][];
}

export function serializeFactIndex(index: FactIndex): SerializedFactIndex {
  return { facts: index.facts, search: index.search.toJSON(), words: [...index.words] };
}

export function loadFactIndex(data: SerializedFactIndex): FactIndex {
  return {
    facts: data.facts, search: MiniSearch.loadJS(data.search, INDEX_OPTIONS),
    words: new Map(data.words), ...termStatistics(data.search, data.facts.length),
  };
}

import { FIELD_BOOSTS, type FactIndex } from './factIndex.js';

/**
 * A fact the search found: its BM25 score, and the fields each searched term stands in, by the term's place in the
 * search, as bits (the field's bit is 1 << its place in `index.fieldNames`; 0 or nothing where the fact lacks the term).
 */
export interface TermMatch {
  id: number;
  score: number;
  fields: number[];
}

/**
 * MiniSearch's OR search of the given (processed) terms, each boosted — the same results and scores, to the last bit,
 * as `index.search.search(terms.join(' '), { boost: FIELD_BOOSTS, boostTerm })`, in its order (but for facts whose
 * sums tie by chance, not by saying the same) — with each term's own results read once per index. A question's telling words are few and recur from question to question ("cloud",
 * "sync", "agent"); scoring their postings anew for every question was a fifth of the slowest answers.
 */
export function searchTerms(index: FactIndex, terms: string[], boostOf: (term: string) => number): TermMatch[] {
  const byId = new Map<number, TermMatch & { terms: number }>();
  for (let slot = 0; slot < terms.length; slot++) {
    const term = terms[slot]!;
    const results = termResultsOf(index, term, boostOf(term));
    if (!results) continue;
    for (let i = 0; i < results.ids.length; i++) {
      const id = results.ids[i]!;
      let found = byId.get(id);
      if (!found) byId.set(id, (found = { id, score: 0, fields: [], terms: 0 }));
      found.score += results.scores[i]!;
      found.fields[slot] = results.fields[i]!;
      found.terms++;
    }
  }
  // As MiniSearch ranks: a fact holding more of the terms scores that many times its sum.
  const matches: TermMatch[] = [];
  for (const found of byId.values()) matches.push({ id: found.id, score: found.score * found.terms, fields: found.fields });
  return matches.sort((a, b) => b.score - a.score);
}

/** One term's results: the facts holding it, each with its BM25 score over the fields and the fields it stands in (bits). */
interface TermResults {
  ids: Int32Array;
  scores: Float64Array;
  fields: Uint8Array;
}

const termResultsCache = new WeakMap<FactIndex, Map<string, TermResults>>();

/**
 * A term's results at a boost, searched once per index; nothing for a term no fact holds (whatever a question spells,
 * nothing is kept of it). By boost, not boosted after: MiniSearch boosts each field's score, and so the sums are its own
 * to the last bit (a question's terms are boosted by one of a few weights). At most the index's postings again, per weight.
 */
function termResultsOf(index: FactIndex, term: string, boost: number): TermResults | null {
  if (!index.documentFrequency.has(term)) return null;
  let byTerm = termResultsCache.get(index);
  if (!byTerm) termResultsCache.set(index, (byTerm = new Map()));
  const key = `${boost} ${term}`;
  let results = byTerm.get(key);
  if (results === undefined) {
    const found = index.search.search(term, { boost: FIELD_BOOSTS, boostTerm: () => boost, tokenize: (text) => [text], processTerm: (t) => t });
    results = { ids: Int32Array.from(found, (r) => r.id as number), scores: Float64Array.from(found, (r) => r.score), fields: Uint8Array.from(found, (r) => fieldBits(index, r.match[term]!)) };
    byTerm.set(key, results);
  }
  return results;
}

function fieldBits(index: FactIndex, fields: string[]): number {
  return fields.reduce((bits, field) => bits | (1 << index.fieldNames.indexOf(field)), 0);
}

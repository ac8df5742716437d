import type { FaqFact } from '../fact.js';
import type { FactIndex } from '../search/factIndex.js';
import { searchTerms, type TermMatch } from '../search/searchTerms.js';
import { terms } from '../search/tokenize.js';
import { isAskingTerm } from './askingWords.js';
import { fieldListsByBits } from './fieldLists.js';
import type { Understanding } from './understand.js';
import { oncePer } from './oncePer.js';
import { askedAsFaq, openingOf } from './wording.js';

/** Where a word is found matters: in the fact's name or value most, in the document title least. */
export const FIELD_WEIGHTS: Record<string, number> = { name: 1.4, text: 1, kind: 0.8, section: 0.9, title: 0.4 };
/** How many full-text results are re-ranked. */
const CANDIDATES = 150;
/** How many facts holding only the question's common words are re-ranked beside them. */
const COMMON_CANDIDATES = 30;

/**
 * The facts worth ranking for a question. Common terms are looked up, not searched: scoring their
 * thousands of postings is what makes a search slow. With no telling term at all, candidates come
 * from the lookups alone. With the candidates, the terms searched, in the order their `fields` are kept.
 */
export function findCandidates(u: Understanding, index: FactIndex, boostOf: Map<string, number>, termWeight: (t: string) => number): { candidates: Candidate[]; searched: string[] } {
  const all = [...boostOf.keys()];
  const telling = all.filter((t) => !index.common.has(t));
  const lookedUp = all.filter((t) => index.common.has(t));
  const candidateCount = u.intent.definition ? CANDIDATES * 2 : CANDIDATES;
  const fromSearch: Candidate[] = telling.length
    ? mostTelling(searchTerms(index, telling, (term) => boostOf.get(term) ?? 0.35), index, telling, lookedUp, termWeight, candidateCount)
    : [];
  // A fact may say the question in common words only ("admin" asked, "Administration Agent" written):
  // the facts holding the most of them are candidates too. The search holds every fact with a telling
  // term, so these hold none, and their search score is nil.
  const found = new Set<number>();
  for (const c of fromSearch) found.add(c.id);
  const looked = commonCandidates(index, lookedUp, termWeight, u.intent.definition, telling.length ? COMMON_CANDIDATES : candidateCount)
    .filter((c) => !found.has(c.id))
    .map((c) => (telling.length ? { ...c, score: 0 } : c));
  // "What services should be running for the cloud sync agent?": the facts of the kind named outright, about the named
  // component answer it, whatever words they are written in ("Microsoft Azure AD Connect Agent Updater").
  for (const c of looked) found.add(c.id);
  const ofKind = u.intent.primary && u.intent.primaryWeight >= 3 && u.component ? componentFacts(index, u.component).ids.filter((id) => index.facts[id]!.kind === u.intent.primary && !found.has(id)) : [];
  for (const id of ofKind.slice(0, COMMON_CANDIDATES)) found.add(id);
  // "How many PTA agents should I run?": the PTA article's note says "a minimum of 3 Authentication Agents running" in
  // common words only, and among the whole corpus's facts holding them it ranks nowhere; among the component's, it does.
  const ofComponent = u.component ? commonCandidates(index, lookedUp, termWeight, u.intent.definition, 2 * COMMON_CANDIDATES, componentFacts(index, u.component).ids).filter((c) => !found.has(c.id)) : [];
  for (const c of ofComponent) found.add(c.id);
  // "What is Microsoft Entra Connect?" is answered under the heading that says just that: among thousands of facts
  // holding its common words, the section headed by the question's own words is a candidate however it ranks.
  const headed = headedBy(u, index).filter((id) => !found.has(id));
  for (const id of headed) found.add(id);
  // "How will I know when to migrate to cloud sync?" is a FAQ's own question in other words: among hundreds of
  // facts on migrating to cloud sync, the entry asked almost word for word is a candidate however it ranks.
  const askedAlike = (faqIdsByOpening(index).get(openingOf(u.question) ?? '') ?? []).filter((id) => !found.has(id) && askedAsFaq(index.facts[id] as FaqFact, u.question) > 0);
  const candidates = [
    ...fromSearch, ...looked, ...ofKind.slice(0, COMMON_CANDIDATES).map((id) => ({ id, score: 0, fields: [] })),
    ...ofComponent.map((c) => ({ ...c, score: 0 })), ...[...headed, ...askedAlike].map((id) => ({ id, score: 0, fields: [] })),
  ];
  return { candidates, searched: telling };
}

/** FAQ entries by the word their question opens with: only those opening as a question does can be asked alike. */
const faqIdsByOpening = oncePer((index: FactIndex) => {
  const ids = new Map<string, number[]>();
  index.facts.forEach((f, id) => {
    if (f.kind !== 'faq') return;
    const opening = openingOf(f.question) ?? '';
    ids.set(opening, [...(ids.get(opening) ?? []), id]);
  });
  return ids;
});

/** The facts of the sections whose innermost heading says exactly the question's concepts, in any of their ways. */
function headedBy(u: Understanding, index: FactIndex): number[] {
  const sections = sectionsOf(index);
  let ways: string[][] = [[]];
  for (const c of u.concepts) {
    ways = ways.flatMap((said) => c.alternatives.map((a) => [...said, ...a]));
    if (ways.length > MAX_HEADING_KEYS) return [];
  }
  return ways.flatMap((said) => sections.get(headingKey(said)) ?? []).slice(0, COMMON_CANDIDATES);
}
const MAX_HEADING_KEYS = 16;

/** Fact ids by the terms of their innermost heading (asking words left out), as a sorted key. */
const sectionsOf = oncePer((index: FactIndex) => {
  const sections = new Map<string, number[]>();
  // Many facts stand under one heading: each heading is read once.
  const keyOf = new Map<string, string>();
  index.facts.forEach((fact, id) => {
    const heading = fact.source.section.split(' > ').pop() ?? '';
    let key = keyOf.get(heading);
    if (key === undefined) keyOf.set(heading, (key = headingKey(terms(heading).filter((t) => !isAskingTerm(t)))));
    if (!key) return;
    const ids = sections.get(key) ?? [];
    ids.push(id);
    sections.set(key, ids);
  });
  return sections;
});

function headingKey(terms: string[]): string {
  return [...new Set(terms)].sort().join(' ');
}

const byComponentCache = new WeakMap<FactIndex, Map<string, ComponentFacts>>();

/** The facts attributed to a component, by id: looked up once per index. */
export interface ComponentFacts {
  ids: number[];
}

export function componentFacts(index: FactIndex, component: string): ComponentFacts {
  let byComponent = byComponentCache.get(index);
  if (!byComponent) byComponentCache.set(index, (byComponent = new Map()));
  let facts = byComponent.get(component);
  if (!facts) {
    facts = { ids: [] };
    for (let id = 0; id < index.facts.length; id++) {
      if (index.facts[id]!.component !== component) continue;
      facts.ids.push(id);
    }
    byComponent.set(component, facts);
  }
  return facts;
}

/** A fact worth ranking, with where the searched terms stand in it (`fields`, by the term's place in the search). */
export type Candidate = TermMatch;

/**
 * The search results holding the most of the question's words, weighed by how telling each is:
 * BM25 favours a short fact with one rare word over a sentence that says the whole question
 * ("Microsoft Entra Connect depends on Microsoft PowerShell 5.0"). BM25 breaks ties.
 */
function mostTelling(results: Candidate[], index: FactIndex, searched: string[], lookedUp: string[], weight: (t: string) => number, count: number): Candidate[] {
  if (results.length <= count) return results;
  const best = results[0]!.score || 1;
  const held = new Float64Array(results.length);
  // (Each term's weight and bitset read once, not once per result: a corpus question has thousands of results.)
  const searchedWeights = searched.map(weight);
  const lookedUpWeights = lookedUp.map(weight);
  const lookedUpBits = lookedUp.map((t) => index.common.get(t)!);
  results.forEach((r, i) => {
    let sum = 0.05 * (r.score / best);
    for (let slot = 0; slot < searchedWeights.length; slot++) if (r.fields[slot]) sum += searchedWeights[slot]!;
    for (let j = 0; j < lookedUpBits.length; j++) if (lookedUpBits[j]![r.id]) sum += lookedUpWeights[j]!;
    held[i] = sum;
  });
  return topIds(held, count).map((i) => results[i]!);
}

/**
 * Facts holding the most of the (common) terms, best first: candidates without a search. As BM25
 * would, it counts where a term stands (a name or a heading beats a title) and prefers short facts.
 * Given `only` (a component's facts), among those alone: scanning them, not the whole index, is most of its speed.
 */
function commonCandidates(index: FactIndex, lookedUp: string[], weight: (t: string) => number, definition: boolean, count: number, only?: number[]): Candidate[] {
  if (lookedUp.length === 0) return [];
  const scores = new Float64Array(index.facts.length);
  // For "what is X", the section titled X is where the answer is, however long its paragraphs.
  const fieldWeight = index.fieldNames.map((name) => (definition && name === 'section' ? 3 : FIELD_WEIGHTS[name] ?? 1));
  const byBits = fieldListsByBits(index).map((fields) => fields.reduce((sum, name) => sum + fieldWeight[index.fieldNames.indexOf(name)]!, 0));
  for (const t of lookedUp) {
    const bits = index.common.get(t)!;
    const w = weight(t);
    if (only) {
      for (const id of only) if (bits[id]) scores[id]! += w * byBits[bits[id]!]!;
    } else for (let id = 0; id < bits.length; id++) if (bits[id]) scores[id]! += w * byBits[bits[id]!]!;
  }
  if (!definition) {
    const norm = lengthNorms(index);
    for (let id = 0; id < scores.length; id++) scores[id]! *= norm[id]!;
  }
  return topIds(scores, count).map((id) => ({ id, score: scores[id]!, fields: [] }));
}

/** Per fact, how much its length discounts what it holds: a long paragraph holds many words by chance. Read once per index. */
const lengthNorms = oncePer((index: FactIndex) => Float64Array.from(index.facts, (fact) => 1 / (1 + Math.log(1 + fact.text.length / 100))));

/** The ids of the `count` highest positive scores, best first, without sorting them all. */
function topIds(scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (let id = 0; id < scores.length; id++) {
    const score = scores[id]!;
    if (score <= 0 || (top.length === count && score <= scores[top[count - 1]!]!)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = id;
    if (top.length > count) top.length = count;
  }
  return top;
}


import type { Fact } from '../fact.js';
import { FIELD_BOOSTS, idf, type FactIndex } from '../search/factIndex.js';
import { processTerm, terms } from '../search/tokenize.js';
import { VALUE_PATTERNS } from './intent.js';
import { isAskingTerm, type Concept, type Understanding } from './understand.js';

export interface Hit {
  fact: Fact;
  score: number;
  /** The question's concepts this fact covers, by their first term. */
  matched: string[];
  /** Share of the question's meaning the fact covers: concepts weighted by how telling their words are. */
  coverage: number;
  /** How closely the document title and heading path above the fact say what the question says. */
  headingSimilarity: number;
}

/** A fact from an older version of an article counts for little when its newer version is loaded. */
const SUPERSEDED = 0.25;
/** The weight of a word every fact uses ("Microsoft"): small, not nothing. */
const TERM_FLOOR = 0.3;
/** A word the docs never use weighs more than their rarest one: it is what the question is about. */
const UNKNOWN = 1.5;
/** A synonym stands in for the question's word, a little less surely. */
const SYNONYM = 0.7;
/** Where a word is found matters: in the fact's name or value most, in the document title least. */
const FIELD_WEIGHTS: Record<string, number> = { name: 1.4, text: 1, kind: 0.8, section: 0.9, title: 0.4 };
/** How many full-text results are re-ranked. */
const CANDIDATES = 150;
/** How many facts holding only the question's common words are re-ranked beside them. */
const COMMON_CANDIDATES = 30;

/**
 * Question → facts, best first. Full-text search (BM25 over names, kind words, text, section and
 * title) finds candidates; they are re-ranked by how much of the question they cover — telling
 * words ("proxy", "sovereign") count more than common ones ("agent") — by where they say it, and by
 * how well their kind, component and headings fit what is asked.
 */
export function retrieve(u: Understanding, index: FactIndex, limit = 40): Hit[] {
  if (u.concepts.length === 0) return [];
  const idfs = new Map<string, number>();
  const weigh = (t: string) => {
    let w = idfs.get(t);
    if (w === undefined) idfs.set(t, (w = idf(index, t)));
    return w;
  };
  const weights = u.concepts.map((c) => TERM_FLOOR + Math.min(...c.alternatives.map((a) => mean(a.map(weigh)))));
  // Words the docs never use count as much as the rarest word: a question about them is not answered.
  const maxIdf = TERM_FLOOR + Math.log(1 + (index.facts.length + 0.5) / 0.5);
  const total = weights.reduce((a, b) => a + b, 0) + u.unknown.length * UNKNOWN * maxIdf;
  const boostOf = new Map<string, number>();
  for (const t of u.related) boostOf.set(t, 0.35);
  u.concepts.forEach((c) => c.alternatives.forEach((a, i) => a.forEach((t) => boostOf.set(t, Math.max(boostOf.get(t) ?? 0, c.equivalent[i] ? 1 : 0.6)))));
  // "Who can install the agent?" looks among the roles too, though it never says "role".
  const kindTerm = u.intent.primary && processTerm(u.intent.primary);
  if (kindTerm && index.documentFrequency.has(kindTerm) && !boostOf.has(kindTerm)) boostOf.set(kindTerm, 0.35);

  // Common terms are looked up for the candidates, not searched: scoring their thousands of postings
  // is what makes a search slow. With no telling term at all, candidates come from the lookups alone.
  const all = [...boostOf.keys()];
  const telling = all.filter((t) => !index.common.has(t));
  const lookedUp = all.filter((t) => index.common.has(t));
  const candidateCount = u.intent.definition ? CANDIDATES * 2 : CANDIDATES;
  const termWeight = (t: string) => (boostOf.get(t) ?? 0.35) * (TERM_FLOOR + weigh(t));
  const searched: Candidate[] = telling.length
    ? mostTelling(
        index.search.search(telling.join(' '), {
          boost: FIELD_BOOSTS,
          tokenize: (text) => text.split(' '),
          processTerm: (term) => term,
          boostTerm: (term) => boostOf.get(term) ?? 0.35,
        }).map((r) => ({ id: r.id as number, score: r.score, match: r.match as Record<string, string[]> })),
        index, lookedUp, termWeight, candidateCount,
      )
    : [];
  // A fact may say the question in common words only ("admin" asked, "Administration Agent" written):
  // the facts holding the most of them are candidates too. The search holds every fact with a telling
  // term, so these hold none, and their search score is nil.
  const found = new Set<number>();
  for (const c of searched) found.add(c.id);
  const looked = commonCandidates(index, lookedUp, termWeight, u.intent.definition, telling.length ? COMMON_CANDIDATES : candidateCount)
    .filter((c) => !found.has(c.id))
    .map((c) => (telling.length ? { ...c, score: 0 } : c));
  const results = [...searched, ...looked];
  const best = results[0]?.score || 1;
  const relatedTerms = new Set(u.related);
  const relatedWeight = (t: string) => (relatedTerms.has(t) ? 0.3 * (TERM_FLOOR + weigh(t)) : 0);
  const fieldsOf = fieldListsByBits(index);
  const weighed = u.concepts.map((c) => weighConcept(c, weigh));

  // A definition opens with what it defines, by its fullest name: "Microsoft Entra Cloud Sync is …".
  const leadLength = u.concepts.reduce((n, c) => n + Math.max(...c.alternatives.map((a) => a.length)), 1);
  const places: TermPlaces = { match: {}, id: 0, index, fieldsOf };
  const hits = results.map((r): Hit => {
    const fact = index.facts[r.id]!;
    places.match = r.match;
    places.id = r.id;
    let covered = 0;
    let placed = 0;
    const matched: string[] = [];
    u.concepts.forEach((concept, i) => {
      const said = satisfy(weighed[i]!, places);
      // A fact attributed to the component the question names is about it, in whatever words.
      const { satisfaction, fieldWeight } = concept.component && fact.component === concept.component
        ? { satisfaction: 1, fieldWeight: Math.max(0.9, said.fieldWeight) }
        : said;
      covered += weights[i]! * satisfaction;
      placed += weights[i]! * satisfaction * fieldWeight;
      if (satisfaction > 0) matched.push(concept.alternatives[0]![0]!);
    });
    let related = 0;
    for (const t of relatedTerms) if (fieldsOfTerm(places, t)) related += relatedWeight(t);
    const coverage = total > 0 ? covered / total : 0;
    const headingSimilarity = similarity(weighed, weights, headingTerms(fact), weigh, true);
    // "Why use X?" is answered under the heading that asks why, not by the paragraph saying what X is.
    const leads = u.intent.definition && u.intent.questionWord !== 'why' && fact.kind === 'passage' && !NOT_A_DEFINITION.test(fact.text) ? similarity(weighed, weights, leadTerms(fact, leadLength), weigh, false) : 0;
    // Relevance: the telling words a fact holds, and where it holds them; BM25 only breaks ties.
    const relevance = (placed + related) / (total || 1) + 0.05 * (r.score / best);
    const score = relevance * (0.5 + coverage) ** 2 * fitOf(fact, u, headingSimilarity, coverage, index.common) * (1 + 4 * leads ** 2);
    return { fact, matched, coverage, headingSimilarity, score };
  });
  if (u.intent.definition) preferLeadParagraphs(hits);
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

interface Candidate {
  id: number;
  score: number;
  match: Record<string, string[]>;
}

/**
 * The search results holding the most of the question's words, weighed by how telling each is:
 * BM25 favours a short fact with one rare word over a sentence that says the whole question
 * ("Microsoft Entra Connect depends on Microsoft PowerShell 5.0"). BM25 breaks ties.
 */
function mostTelling(results: Candidate[], index: FactIndex, lookedUp: string[], weight: (t: string) => number, count: number): Candidate[] {
  if (results.length <= count) return results;
  const best = results[0]!.score || 1;
  const held = new Float64Array(results.length);
  results.forEach((r, i) => {
    let sum = 0.05 * (r.score / best);
    for (const t in r.match) sum += weight(t);
    for (const t of lookedUp) if (index.common.get(t)![r.id]) sum += weight(t);
    held[i] = sum;
  });
  return topIds(held, count).map((i) => results[i]!);
}

/**
 * Facts holding the most of the (common) terms, best first: candidates without a search. As BM25
 * would, it counts where a term stands (a name or a heading beats a title) and prefers short facts.
 */
function commonCandidates(index: FactIndex, lookedUp: string[], weight: (t: string) => number, definition: boolean, count: number): Candidate[] {
  if (lookedUp.length === 0) return [];
  const scores = new Float64Array(index.facts.length);
  // For "what is X", the section titled X is where the answer is, however long its paragraphs.
  const fieldWeight = index.fieldNames.map((name) => (definition && name === 'section' ? 3 : FIELD_WEIGHTS[name] ?? 1));
  const byBits = fieldListsByBits(index).map((fields) => fields.reduce((sum, name) => sum + fieldWeight[index.fieldNames.indexOf(name)]!, 0));
  for (const t of lookedUp) {
    const bits = index.common.get(t)!;
    const w = weight(t);
    for (let id = 0; id < bits.length; id++) if (bits[id]) scores[id]! += w * byBits[bits[id]!]!;
  }
  if (!definition) for (let id = 0; id < scores.length; id++) if (scores[id]) scores[id]! /= 1 + Math.log(1 + index.facts[id]!.text.length / 100);
  return topIds(scores, count).map((id) => ({ id, score: scores[id]!, match: {} }));
}

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

/**
 * How fully a fact says a concept, 0..1, by its best alternative: the share of that alternative's
 * terms it holds (a term only in the document title counts half), less for a mere synonym.
 */
function satisfy(concept: WeighedAlternative[], places: TermPlaces): { satisfaction: number; fieldWeight: number } {
  let satisfaction = 0;
  let fieldWeight = 0;
  for (const alternative of concept) {
    // Within a name, telling words count more: "provisioning" says more of it than "Microsoft".
    let share = 0;
    let where = 0;
    // Plain loops: this runs for every concept of every candidate, and allocating here is what shows in p99.
    for (let j = 0; j < alternative.terms.length; j++) {
      const found = fieldsOfTerm(places, alternative.terms[j]!);
      if (!found) continue;
      let best = 0;
      let onlyTitle = true;
      for (const f of found) {
        best = Math.max(best, FIELD_WEIGHTS[f] ?? 1);
        if (f !== 'title') onlyTitle = false;
      }
      const w = alternative.weights[j]! * (onlyTitle ? 0.5 : 1);
      share += w;
      where += w * best;
    }
    // Half a name is much less than half as good: "Connect Health agent" is not "provisioning agent".
    const value = (share / alternative.total) ** 2 * alternative.strength;
    if (value > satisfaction) {
      satisfaction = value;
      fieldWeight = share > 0 ? where / share : 0;
    }
  }
  return { satisfaction, fieldWeight };
}

/** Where a candidate's terms stand: searched terms from the search, common ones from their bitsets. */
interface TermPlaces {
  match: Record<string, string[]>;
  id: number;
  index: FactIndex;
  fieldsOf: string[][];
}

function fieldsOfTerm(places: TermPlaces, t: string): string[] | undefined {
  const found = places.match[t];
  if (found) return found;
  const bits = places.index.common.get(t)?.[places.id];
  return bits ? places.fieldsOf[bits] : undefined;
}

/** One way of saying a concept, with what its terms weigh: worked out once per question, not per candidate. */
interface WeighedAlternative {
  terms: string[];
  weights: number[];
  total: number;
  /** The terms as `similarity` compares them. */
  keys: string[];
  /** 1 for the question's own words or their equivalent, less for a synonym. */
  strength: number;
}

function weighConcept(concept: Concept, weigh: (t: string) => number): WeighedAlternative[] {
  return concept.alternatives.map((terms, i) => {
    const weights = terms.map((t) => TERM_FLOOR + weigh(t));
    return { terms, weights, total: weights.reduce((a, b) => a + b, 0), keys: terms.map(key), strength: concept.equivalent[i] ? 1 : SYNONYM };
  });
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** A section that defines something does so in its first paragraph. */
function preferLeadParagraphs(hits: Hit[]): void {
  const first = new Map<string, Hit>();
  for (const h of hits) {
    if (h.fact.kind !== 'passage') continue;
    const key = `${h.fact.source.file}|${h.fact.source.section}`;
    const seen = first.get(key);
    if (!seen || h.fact.source.line < seen.fact.source.line) first.set(key, h);
  }
  for (const h of first.values()) h.score *= 1.3;
}

const headingCache = new WeakMap<Fact, TermKeys>();

/** The terms of the title and heading path a fact stands under ("Install the … provisioning agent > Install the agent"). */
function headingTerms(fact: Fact): TermKeys {
  let found = headingCache.get(fact);
  if (!found) {
    found = keyed([...new Set(terms(`${fact.source.title} > ${fact.source.section}`))].filter((t) => !isAskingTerm(t)));
    headingCache.set(fact, found);
  }
  return found;
}

const leadCache = new WeakMap<Fact, Map<number, TermKeys>>();

/** The first words of a passage: a definition starts with what it defines ("Password writeback will allow …"). */
function leadTerms(fact: Fact, words: number): TermKeys {
  let byLength = leadCache.get(fact);
  if (!byLength) leadCache.set(fact, (byLength = new Map()));
  let found = byLength.get(words);
  if (!found) byLength.set(words, (found = keyed(terms(fact.text.split(/\s+/, words).join(' ')))));
  return found;
}

/** Terms by their first five letters, the key `similarity` compares them by ("verifi" meets "verif"). */
type TermKeys = Map<string, string>;
const key = (t: string) => t.slice(0, 5);
const keyed = (ts: string[]): TermKeys => new Map(ts.map((t) => [key(t), t]));

const fieldListsCache = new WeakMap<FactIndex, string[][]>();

/** Each combination of field bits as the list of field names it stands for: a lookup, not a filter per hit. */
function fieldListsByBits(index: FactIndex): string[][] {
  let lists = fieldListsCache.get(index);
  if (!lists) {
    const names = index.fieldNames;
    lists = Array.from({ length: 1 << names.length }, (_, bits) => names.filter((_, bit) => bits & (1 << bit)));
    fieldListsCache.set(index, lists);
  }
  return lists;
}

/**
 * Weighted Jaccard similarity of the question's concepts and a heading's terms. Terms are compared
 * by their first five letters ("verifi" meets "verif"); a concept is met by any of its alternatives.
 * With `penalizeExtra`, heading words the question doesn't use count against the match.
 */
function similarity(concepts: WeighedAlternative[][], weights: number[], headingKeys: TermKeys, weigh: (t: string) => number, penalizeExtra: boolean): number {
  // Plain loops and one reused list: this runs twice for every candidate of every question.
  met.length = 0;
  let common = 0;
  let all = 0;
  for (let i = 0; i < concepts.length; i++) {
    all += weights[i]!;
    // The fullest way of saying it the heading holds: "Microsoft Entra Cloud Sync" is all one name.
    let alternative: WeighedAlternative | undefined;
    for (const a of concepts[i]!) if (holdsAll(headingKeys, a.keys) && (!alternative || a.keys.length > alternative.keys.length)) alternative = a;
    if (!alternative) continue;
    common += weights[i]!;
    for (const k of alternative.keys) met.push(k);
  }
  if (penalizeExtra) headingKeys.forEach((t, k) => {
    if (!met.includes(k)) all += 0.5 + weigh(t);
  });
  return all > 0 ? common / all : 0;
}
const met: string[] = [];

function holdsAll(keys: TermKeys, wanted: string[]): boolean {
  for (const k of wanted) if (!keys.has(k)) return false;
  return true;
}

function fitOf(fact: Fact, u: Understanding, headingSimilarity: number, coverage: number, common: Map<string, unknown>): number {
  let fit = 1;
  // "Who can delete a server?" is answered by whatever names the role, in whichever kind of fact.
  const namesRole = u.intent.primary === 'role' && fact.kind !== 'role' && ROLE_WORDS.test(fact.text);
  const wanted = Math.max(u.intent.kinds[fact.kind] ?? 0, namesRole ? u.intent.primaryWeight : 0);
  // One short sentence states a case as plainly as a note does: "Pass-through Authentication isn't integrated with …".
  if (fact.kind === 'passage') fit *= u.intent.definition ? 1.6 : u.intent.yesNo && isOneSentence(fact.text) ? 1 + 0.3 * (u.intent.kinds.note ?? 0) : 0.8;
  else fit *= 1 + 0.3 * wanted;
  // A section whose heading says what the question asks ("What is … Connect Health?", "Verify the agent version"):
  // for definitions and procedures, the heading is the best evidence there is.
  const procedure = fact.kind === 'step' && (u.intent.kinds.step ?? 0) >= 1.5;
  // A FAQ answer is chosen by how closely its question is the one asked.
  // A list asked for ("what are the requirements for …") is the list whose heading names it.
  const list = u.intent.wantsList && u.intent.primaryWeight >= 3 && fact.kind === u.intent.primary;
  const strong = u.intent.definition || procedure || list || fact.kind === 'faq';
  // A heading that says most of the question speaks for any fact under it, whatever its kind.
  fit *= 1 + (strong ? 3 * coverage : 0.5 + headingSimilarity) * headingSimilarity;
  // A FAQ answer's long text mentions much; only a question close to the one asked makes it the answer.
  if (fact.kind === 'faq') fit *= 0.4 + headingSimilarity;
  // "Why use Microsoft Entra Connect?" is answered under the heading that asks the same.
  // "How …" and "What …" head too many sections to tell anything.
  const asks = u.intent.questionWord === 'how' || u.intent.questionWord === 'what' ? undefined : u.intent.questionWord;
  if (asks && fact.source.section.toLowerCase().includes(asks) && fact.source.section.split(' > ').pop()!.toLowerCase().startsWith(asks)) fit *= 1.5;
  if (u.intent.needs === 'date' && /\b(19|20)\d{2}\b/.test(fact.kind === 'version' ? fact.value : fact.text)) fit *= 1.8;
  if (u.intent.needs === 'duration' && VALUE_PATTERNS.duration.test(fact.text)) fit *= 1.8;
  if (u.intent.asksName && spellsNameOf(fact, u, common)) fit *= 1.5;
  if (u.intent.asksDefault) fit *= statesDefault(fact) ? 1.3 : fact.kind === 'parameter' || fact.kind === 'config' ? 0.4 : 1;
  if (fact.supersededBy) fit *= SUPERSEDED;
  if (u.component && fact.component) fit *= fact.component === u.component ? 1.3 : 0.85;
  if (u.environment && fact.kind === 'endpoint') fit *= fact.environment === u.environment ? 1.5 : 0.3;
  return fit;
}

/** A name as a system spells it: `CONTOSO\\provAgentgMSA$`, `AADConnectProvisioningAgent`. */
const SPELT_NAME = /[\w\\]*(?:\w\\\w|\w\$(?!\w)|\b[a-z]{3,}[A-Z]|\b[A-Z]{2,}[a-z]+[A-Z])[\w\\$]*/g;

/** "What is the gMSA called?" is answered by a fact spelling a name that says what was asked: `provAgentgMSA$`. */
function spellsNameOf(fact: Fact, u: Understanding, common: Map<string, unknown>): boolean {
  const names = fact.text.match(SPELT_NAME);
  // A telling word of the question, not one every name holds ("agent").
  return !!names && names.some((name) => u.terms.some((t) => t.length >= 4 && !common.has(t) && name.toLowerCase().includes(t)));
}
const ROLE_WORDS = /\b(administrators?|admins?|role|contributor|owner)\b/i;

function isOneSentence(text: string): boolean {
  return text.length <= 160 && !/[.!?]\s+\S/.test(text.trim());
}

/** "No, staging servers aren't supported." answers; "For more information, see Staging mode." points elsewhere. */
const NOT_A_DEFINITION = /^(yes|no)\b|^(for more information|to learn more|learn more|see|for details)\b/i;

/** A parameter or setting with its default, or a sentence that says what happens by default. */
function statesDefault(fact: Fact): boolean {
  if ((fact.kind === 'parameter' || fact.kind === 'config') && fact.default) return true;
  return /\bdefaults?\b/i.test(fact.text) && /\d|\$(true|false)|\b(enabled|disabled|on|off)\b/i.test(fact.text);
}

import { escapeRegExp } from '../ingest/vocabulary.js';
import type { Fact } from '../fact.js';
import { idf, type FactIndex } from '../search/factIndex.js';
import { processTerm, terms } from '../search/tokenize.js';
import { FIELD_WEIGHTS, findCandidates } from './candidates.js';
import { fieldListsByBits } from './fieldLists.js';
import { fitOf, POINTS_ELSEWHERE } from './fit.js';
import { isAskingTerm } from './askingWords.js';
import { firstCellOf } from './rowKey.js';
import { askedAsFaq } from './wording.js';
import { oncePer } from './oncePer.js';
import type { Concept, Understanding } from './understand.js';

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

/** The weight of a word every fact uses ("Microsoft"): small, not nothing. */
const TERM_FLOOR = 0.3;
/** A word the docs never use weighs more than their rarest one: it is what the question is about. */
const UNKNOWN = 1.5;
/** A word the vocabulary knows but no loaded doc says weighs as a telling word left unsaid. */
const ABSENT = 0.9;
/** A fact also saying a word of how the question asks, as the docs use it ("type"), wins a tie: each such word counts. */
const ASKING_TIE = 1.05;
/** How much of what a fact leaves unsaid a quote it says as it stands makes up for. */
const QUOTED = 0.6;
/** … and it is most likely the answer: what the asker read is where they are. */
const QUOTE_FIT = 2;
/** A word only in the document title says a little of the question: the title covers the whole article. */
const TITLE_ONLY = 0.5;
/** … more under a heading naming an aspect of the title's topic ("Symptoms" of "… LocalDB 10-GB limit"). */
const TITLE_OF_ASPECT = 0.7;
/** A synonym stands in for the question's word, a little less surely. */
const SYNONYM = 0.7;

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
  const total = weights.reduce((a, b) => a + b, 0) + (u.unknown.length * UNKNOWN + u.absent.length * ABSENT) * maxIdf;
  const boostOf = new Map<string, number>();
  for (const t of u.related) boostOf.set(t, 0.35);
  u.concepts.forEach((c) => c.alternatives.forEach((a, i) => a.forEach((t) => boostOf.set(t, Math.max(boostOf.get(t) ?? 0, c.equivalent[i] ? 1 : 0.6)))));
  // "Who can install the agent?" looks among the roles too, though it never says "role".
  const kindTerm = u.intent.primary && processTerm(u.intent.primary);
  if (kindTerm && index.documentFrequency.has(kindTerm) && !boostOf.has(kindTerm)) boostOf.set(kindTerm, 0.35);

  const { candidates: results, searched } = findCandidates(u, index, boostOf, (t) => (boostOf.get(t) ?? 0.35) * (TERM_FLOOR + weigh(t)));
  const slotOf = new Map(searched.map((t, slot) => [t, slot]));
  const best = results[0]?.score || 1;
  const place = (t: string) => placeTerm(t, slotOf, index.common);
  const related = [...new Set(u.related)].map(place);
  const relatedWeights = related.map((t) => 0.3 * (TERM_FLOOR + weigh(t.term)));
  const weighed = u.concepts.map((c) => weighConcept(c, weigh, place));

  // A definition opens with what it defines, by its fullest name: "Microsoft Entra Cloud Sync is …".
  const leadLength = u.concepts.reduce((n, c) => n + Math.max(...c.alternatives.map((a) => a.length)), 1);
  const places: TermPlaces = { searched: [], id: 0, fields: fieldBitsFor(index), titleCounts: TITLE_ONLY };
  // Each concept's side of a comparison (0 or 1), -1 when it is on neither; and each side's weight.
  const compared = u.compared;
  const sideOf = u.concepts.map((c) => (compared ? compared.findIndex((side) => side.includes(c.alternatives[0]![0]!)) : -1));
  const sideWeight = (side: number) => weights.reduce((sum, w, i) => sum + (sideOf[i] === side ? w : 0), 0);
  const [wa, wb] = [sideWeight(0), sideWeight(1)];
  // Covered and placed weight of each side, per candidate.
  const sides = new Float64Array(4);
  const askingSaid = u.asking.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i'));
  const said: Satisfaction = { satisfaction: 0, fieldWeight: 0 };
  const newerFiles = u.olderArticle ? newerFilesOf(index) : undefined;
  const aspectOfSection = new Map<number, boolean>();
  const sectionIds = sectionIdsOf(index);
  const headingSimilarityOf = new Map<TermKeys, number>();
  // A row of a further-reading table says where to read about its topic, nothing of it: found only when that is asked.
  const found = u.intent.asksReading ? results : results.filter((r) => !pointsElsewhere(index.facts[r.id]!));
  const hits = found.map((r): Hit => {
    const fact = index.facts[r.id]!;
    places.searched = r.fields;
    places.id = r.id;
    let covered = 0;
    let placed = 0;
    const matched: string[] = [];
    sides[0] = sides[1] = sides[2] = sides[3] = 0;
    // A fact under a heading saying part of the question ("Symptoms") is about its title's topic too ("LocalDB 10-GB limit").
    // (The same for every fact of a section: worked out once per section a question's candidates stand in.)
    // (By the section's number: hashing its file and heading path anew for every candidate was a tenth of this loop's time.)
    const section = sectionIds[r.id]!;
    let aspect = aspectOfSection.get(section);
    if (aspect === undefined) aspectOfSection.set(section, (aspect = u.concepts.length > 1 && weighed.some((c) => saysInSection(c, places))));
    places.titleCounts = aspect ? TITLE_OF_ASPECT : TITLE_ONLY;
    // Plain loops and one reused result: this runs for every concept of every candidate (allocation shows in p99).
    for (let i = 0; i < u.concepts.length; i++) {
      const concept = u.concepts[i]!;
      satisfy(weighed[i]!, places, said);
      // A fact attributed to the component the question names is about it, in whatever words.
      if (concept.component && fact.component === concept.component) {
        said.satisfaction = 1;
        said.fieldWeight = Math.max(0.9, said.fieldWeight);
      }
      const side = sideOf[i]!;
      if (side >= 0) {
        sides[side * 2]! += weights[i]! * said.satisfaction;
        sides[side * 2 + 1]! += weights[i]! * said.satisfaction * said.fieldWeight;
      } else {
        covered += weights[i]! * said.satisfaction;
        placed += weights[i]! * said.satisfaction * said.fieldWeight;
      }
      if (said.satisfaction > 0) matched.push(concept.alternatives[0]![0]!);
    }
    // "Express vs custom": a fact saying one side all says as much as the comparison asks of one fact.
    if (compared) {
      covered += Math.max(sides[0]! / wa, sides[2]! / wb) * (wa + wb);
      placed += Math.max(sides[1]! / wa, sides[3]! / wb) * (wa + wb);
    }
    let relatedSaid = 0;
    for (let i = 0; i < related.length; i++) if (fieldBitsOf(places, related[i]!)) relatedSaid += relatedWeights[i]!;
    // A fact saying as it stands what the question quotes ("Accept terms & download") is what was seen: the words
    // around the quote ("the button") say where the asker saw it, not something the answer must also say.
    const quotes = u.quoted.length > 0 && u.quoted.some((q) => fact.text.toLowerCase().includes(q));
    const coverage = total > 0 ? (quotes ? covered / total + (1 - covered / total) * QUOTED : covered / total) : 0;
    // A FAQ entry's question is its heading, and one asked in its own words, the small ones too ("how will I know
    // when …" of "How will I know when it's my turn to migrate …"), is as like it as a heading can be.
    // (Facts under one heading path share its similarity: worked out once per path a question's candidates stand under.)
    const headingKeys = headingTerms(fact);
    let headed = headingSimilarityOf.get(headingKeys);
    if (headed === undefined) headingSimilarityOf.set(headingKeys, (headed = similarity(weighed, weights, headingKeys, weigh, true)));
    const headingSimilarity = Math.max(headed, fact.kind === 'faq' ? askedAsFaq(fact, u.question) : 0);
    // "Why use X?" is answered under the heading that asks why, not by the paragraph saying what X is.
    const leads = u.intent.definition && u.intent.questionWord !== 'why' && fact.kind === 'passage' && !NOT_A_DEFINITION.test(fact.text) && !POINTS_ELSEWHERE.test(fact.text) ? similarity(weighed, weights, leadTerms(fact, leadLength), weigh, false) : 0;
    // Relevance: the telling words a fact holds, and where it holds them; BM25 only breaks ties.
    const relevance = (placed + relatedSaid) / (total || 1) + 0.05 * (r.score / best);
    // "What type must the source attribute be?": of facts saying as much, the one saying "type" too
    // ("… already … by another agent" for "what if a gMSA already exists from another agent").
    let asks = 1;
    for (const said of askingSaid) if (said.test(fact.text)) asks *= ASKING_TIE;
    const score = relevance * (0.5 + coverage) ** 2 * fitOf(fact, u, headingSimilarity, coverage, index.common, newerFiles) * (1 + 4 * leads ** 2) * asks * (quotes ? QUOTE_FIT : 1);
    return { fact, matched, coverage, headingSimilarity, score };
  });
  if (u.intent.definition) preferLeadParagraphs(hits);
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Each fact's section (its file and heading path) as a number, read once per index. */
const sectionIdsOf = oncePer((index: FactIndex) => {
  const numbered = new Map<string, number>();
  return Int32Array.from(index.facts, (fact) => {
    const key = `${fact.source.file}\0${fact.source.section}`;
    let n = numbered.get(key);
    if (n === undefined) numbered.set(key, (n = numbered.size));
    return n;
  });
});

/** Articles an older version of which is loaded too: what "the old article" is not. */
const newerFilesOf = oncePer((index: FactIndex) => new Set(index.facts.map((f) => f.supersededBy).filter((f): f is string => !!f)));

/**
 * How fully a fact says a concept, 0..1, by its best alternative: the share of that alternative's
 * terms it holds (a term only in the document title counts half), less for a mere synonym.
 */
function satisfy(concept: WeighedAlternative[], places: TermPlaces, into: Satisfaction): void {
  let satisfaction = 0;
  let fieldWeight = 0;
  for (const alternative of concept) {
    // Within a name, telling words count more: "provisioning" says more of it than "Microsoft".
    let share = 0;
    let where = 0;
    // Plain loops: this runs for every concept of every candidate, and allocating here is what shows in p99.
    for (let j = 0; j < alternative.terms.length; j++) {
      const bits = fieldBitsOf(places, alternative.placed[j]!);
      if (!bits) continue;
      const w = alternative.weights[j]! * (bits === places.fields.title ? places.titleCounts : 1);
      share += w;
      where += w * places.fields.weightOf[bits]!;
    }
    // Half a name is much less than half as good: "Connect Health agent" is not "provisioning agent".
    const value = (share / alternative.total) ** 2 * alternative.strength;
    if (value > satisfaction) {
      satisfaction = value;
      fieldWeight = share > 0 ? where / share : 0;
    }
  }
  into.satisfaction = satisfaction;
  into.fieldWeight = fieldWeight;
}

/** Whether a fact's own headings say a concept its title does not: an aspect of the title's topic ("Symptoms"). */
function saysInSection(concept: WeighedAlternative[], places: TermPlaces): boolean {
  for (const alternative of concept) {
    let all = true;
    let inTitle = true;
    for (const t of alternative.placed) {
      const bits = fieldBitsOf(places, t);
      if (!(bits & places.fields.section)) all = false;
      if (!(bits & places.fields.title)) inTitle = false;
    }
    if (all && !inTitle) return true;
  }
  return false;
}

/** How fully a fact says a concept, and how well placed (name, text, heading) the words are. */
interface Satisfaction {
  satisfaction: number;
  fieldWeight: number;
}

/** Where a candidate's terms stand: searched terms from the search, common ones from their bitsets. */
interface TermPlaces {
  /** The field bits of each searched term, by its place in the search. */
  searched: number[];
  id: number;
  fields: FieldBits;
  /** What a term only in the document title counts for this candidate. */
  titleCounts: number;
}

/** The fields a candidate holds a term in, a bit each (0: it does not hold it). */
function fieldBitsOf(places: TermPlaces, t: PlacedTerm): number {
  return (t.slot >= 0 ? places.searched[t.slot] : t.common?.[places.id]) ?? 0;
}

/** An index's field bits: the title's, the section's, and what a term in each combination of fields weighs at most. */
interface FieldBits {
  title: number;
  section: number;
  weightOf: Float64Array;
}

/** Read once per index. */
const fieldBitsFor = oncePer((index: FactIndex): FieldBits => ({
  title: 1 << index.fieldNames.indexOf('title'),
  section: 1 << index.fieldNames.indexOf('section'),
  weightOf: Float64Array.from(fieldListsByBits(index), (fields) => Math.max(0, ...fields.map((f) => FIELD_WEIGHTS[f] ?? 1))),
}));

/**
 * A question's term, with where to look for it in a candidate: its place in the search, or its bitset of a common
 * term (looked up once per question: by name, once per candidate, the lookups were a tenth of the slowest answers).
 */
interface PlacedTerm {
  term: string;
  slot: number;
  common: Uint8Array | undefined;
}

function placeTerm(term: string, slotOf: Map<string, number>, common: Map<string, Uint8Array>): PlacedTerm {
  return { term, slot: slotOf.get(term) ?? -1, common: common.get(term) };
}

/** One way of saying a concept, with what its terms weigh: worked out once per question, not per candidate. */
interface WeighedAlternative {
  terms: string[];
  /** The terms, with where a candidate holds them. */
  placed: PlacedTerm[];
  weights: number[];
  total: number;
  /** The terms as `similarity` compares them. */
  keys: string[];
  /** 1 for the question's own words or their equivalent, less for a synonym. */
  strength: number;
}

function weighConcept(concept: Concept, weigh: (t: string) => number, place: (t: string) => PlacedTerm): WeighedAlternative[] {
  return concept.alternatives.map((terms, i) => {
    const weights = terms.map((t) => TERM_FLOOR + weigh(t));
    return { terms, placed: terms.map(place), weights, total: weights.reduce((a, b) => a + b, 0), keys: terms.map(key), strength: concept.equivalent[i] ? 1 : SYNONYM };
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
/** A section's facts share their headings: tokenized once per heading path, not once per fact. */
const headingPathCache = new Map<string, TermKeys>();

/** The terms of the title and heading path a fact stands under ("Install the … provisioning agent > Install the agent"). */
function headingTerms(fact: Fact): TermKeys {
  let found = headingCache.get(fact);
  if (!found) {
    const headings = `${fact.source.title} > ${fact.source.section}`;
    found = headingPathCache.get(headings);
    if (!found) headingPathCache.set(headings, (found = keyed([...new Set(terms(headings))].filter((t) => !isAskingTerm(t)))));
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
  if (!found) byLength.set(words, (found = keyed(terms(spelledOut(fact) ?? fact.text.split(/\s+/, words).join(' ')))));
  return found;
}

/** A row whose first cell spells an acronym out ("Term: Microsoft Online Email Routing Address (MOERA); …") defines it: that cell is its lead. */
function spelledOut(fact: Fact): string | undefined {
  const cell = firstCellOf(fact);
  return cell && /\([A-Z][A-Za-z]*[A-Z]s?\)$/.test(cell) ? cell : undefined;
}

/** Terms by their first five letters, the key `similarity` compares them by ("verifi" meets "verif"). */
type TermKeys = Map<string, string>;
const key = (t: string) => t.slice(0, 5);
const keyed = (ts: string[]): TermKeys => new Map(ts.map((t) => [key(t), t]));


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

/** "No, staging servers aren't supported." answers; "For more information, see Staging mode." points elsewhere. */
const NOT_A_DEFINITION = /^(yes|no)\b/i;

/** A row of a further-reading table ("Topic: …; Link: …"). */
function pointsElsewhere(fact: Fact): boolean {
  return fact.kind === 'passage' && !!fact.pointsTo;
}

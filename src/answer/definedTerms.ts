import type { Fact } from '../fact.js';
import { terms } from '../search/tokenize.js';
import { rowKey } from './rowKey.js';
import type { Understanding } from './understand.js';

/**
 * Whether a passage defines what a "what is …" question asks, as a heading would say it: a glossary entry
 * of its term ("Run profiles - Bundles the process steps …"), a sentence likening or equating it ("You can
 * think of a blade as a window"). Every concept asked must be in the term defined.
 */
export function definesAsked(fact: Fact, u: Understanding): boolean {
  return definedTerms(fact).some((said) => u.concepts.every((c) => c.alternatives.some((a) => a.every((t) => said.has(t)))));
}

/** The terms of what a passage defines, read once per fact: questions ask them again and again. */
function definedTerms(fact: Fact): Set<string>[] {
  if (fact.kind !== 'passage' || rowKey(fact)) return NONE;
  let defined = cache.get(fact);
  if (!defined) {
    const glossary = GLOSSARY_ENTRY.exec(fact.text);
    const said = [...(glossary ? [`${glossary[1]} ${glossary[2] ?? ''}`] : []), ...[...fact.text.matchAll(DEFINING)].map((m) => m[1] ?? m[2]!)];
    defined = said.map((text) => new Set(terms(text)));
    cache.set(fact, defined);
  }
  return defined;
}
const cache = new WeakMap<Fact, Set<string>[]>();
const NONE: Set<string>[] = [];

/**
 * A glossary entry read as a passage, by the term it defines: "MV: Metaverse, a table in database." →
 * "MV: Metaverse"; "Connector Space (CS) - Objects from each connected directory …" → "Connector Space (CS)".
 * A term of up to five words, a colon or a dash, and (after a colon) the words up to the first comma.
 */
const GLOSSARY_ENTRY = /^((?:[\w()-]+\s){0,4}[\w()-]+)(?::\s([^,.;]{1,40})[,.;]|\s[-–—]\s)/;
/** "You can think of a blade as a window." → "blade"; "A connector is a …" → "connector". */
const DEFINING = /\bthink of (?:an? |the )?((?:[\w-]+ ){0,2}[\w-]+) as\b|(?:^|[.:] )(?:An? |The )?((?:[\w-]+ ){0,2}[\w-]+) (?:is|are|refers to|means) (?:an?|the) /gi;

import type { Fact } from '../fact.js';
import { terms } from '../search/tokenize.js';
import { rowKey } from './rowKey.js';
import type { Understanding } from './understand.js';

/**
 * Whether a passage defines what a "what is …" question asks, as a heading would say it: a glossary entry
 * of its term ("Run profiles - Bundles the process steps …"), a sentence likening or equating it ("You can
 * think of a blade as a window"), or one saying what it does ("Device writeback will allow …"). Every concept
 * asked must be in the term defined.
 */
export function definesAsked(fact: Fact, u: Understanding): boolean {
  const asked = (said: Set<string>) => u.concepts.every((c) => c.alternatives.some((a) => a.every((t) => said.has(t))));
  const { defined, doing } = definedTerms(fact);
  // (What a thing does says what it is only of that thing: "Hard match takeover allows …" is not what a hard match is.)
  return defined.some(asked) || doing.some((said) => asked(said) && [...said].every((t) => u.terms.includes(t)));
}

/** The terms of what a passage defines and of what it says does something, read once per fact: questions ask them again and again. */
function definedTerms(fact: Fact): Defined {
  if (fact.kind !== 'passage' || rowKey(fact)) return NONE;
  let found = cache.get(fact);
  if (!found) {
    const glossary = GLOSSARY_ENTRY.exec(fact.text);
    const sentences = [...fact.text.matchAll(DEFINING)];
    const said = [...(glossary ? [`${glossary[1]} ${glossary[2] ?? ''}`] : []), ...sentences.filter((m) => !m[3]).map((m) => m[1] ?? m[2]!)];
    found = {
      defined: said.map((text) => new Set(terms(text))),
      doing: sentences.filter((m) => m[3]).map((m) => new Set(terms(m[2]!))),
    };
    cache.set(fact, found);
  }
  return found;
}
interface Defined {
  defined: Set<string>[];
  doing: Set<string>[];
}
const cache = new WeakMap<Fact, Defined>();
const NONE: Defined = { defined: [], doing: [] };

/**
 * A glossary entry read as a passage, by the term it defines: "MV: Metaverse, a table in database." →
 * "MV: Metaverse"; "Connector Space (CS) - Objects from each connected directory …" → "Connector Space (CS)".
 * A term of up to five words, a colon or a dash, and (after a colon) the words up to the first comma.
 */
const GLOSSARY_ENTRY = /^((?:[\w()-]+\s){0,4}[\w()-]+)(?::\s([^,.;]{1,40})[,.;]|\s[-–—]\s)/;
/**
 * "You can think of a blade as a window." → "blade"; "A connector is a …" → "connector"; and, with what it does
 * (group 3), "Device writeback will allow a device … to be written back" → "device writeback".
 */
const DEFINING = /\bthink of (?:an? |the )?((?:[\w-]+ ){0,2}[\w-]+) as\b|(?:^|[.:] )(?:An? |The )?((?:[\w-]+ ){0,2}[\w-]+) (?:(?:is|are|refers to|means) (?:an?|the) |(will allow|allows|lets|enables) )/gi;

import type { FactDraft } from '../../fact.js';
import { sentences, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

const SERVICES_INTRO = /\bfollowing (?:Windows )?services\b/i;
const MAKE_SURE = /\bmake sure (?:that )?(.+?) (?:are|is) (?:there|present|running|started)\b/i;
/** "Stop the Microsoft Entra ID Sync service", "restart the AADConnectProvisioningAgent service": a service by its name. */
const STOP_OR_START = /\b(?:[Ss]top|[Ss]tart|[Rr]estart)s?(?: the)? ((?:[A-Z][\w-]*\s){0,7}?[A-Z][\w-]* [Ss]ervice)\b(?! [Mm]anager)/g;

/**
 * Windows services to verify: the items of a list introduced by "the following services", and
 * the names in "Under Services, make sure that A and B are present and running".
 */
export function extractServices(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  const add = (name: string, at: (typeof view.units)[number], quote: string, context: string) =>
    facts.push({ kind: 'service', name, text: `${name} (Windows service): ${context}`, source: sourceAt(view, at, quote) });

  for (const unit of view.units) {
    if (unit.kind === 'item' && unit.intro && SERVICES_INTRO.test(unit.intro) && unit.text.length < 80) {
      add(unit.text.replace(/\.$/, ''), unit, unit.text, sentences(unit.intro)[0] ?? unit.intro);
      continue;
    }
    if (unit.kind === 'code' || !/\bservices?\b/i.test(unit.text)) continue;
    for (const sentence of sentences(unit.text)) {
      // (One word alone is a name only as a system spells it: "Synchronization Service" is the Manager's app as often.)
      for (const m of sentence.matchAll(STOP_OR_START)) if (/\s.*\s/.test(m[1]!) || /[a-z][A-Z]/.test(m[1]!)) add(m[1]!, unit, sentence, sentence);
      const names = MAKE_SURE.exec(sentence)?.[1];
      if (!names || !/\bservices?\b/i.test(sentence)) continue;
      for (const name of names.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        const clean = name.replace(/^(?:the\s+)?/i, '').trim();
        if (/^[A-Z]/.test(clean) && clean.split(' ').length >= 2) add(clean, unit, sentence, sentence);
      }
    }
  }
  return facts;
}

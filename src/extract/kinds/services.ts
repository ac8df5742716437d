import type { FactDraft } from '../../fact.js';
import { sentences, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

const SERVICES_INTRO = /\bfollowing (?:Windows )?services\b/i;
const MAKE_SURE = /\bmake sure (?:that )?(.+?) (?:are|is) (?:there|present|running|started)\b/i;

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

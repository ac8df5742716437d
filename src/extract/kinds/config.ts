import type { FactDraft } from '../../fact.js';
import { codeLines, sentences, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

const DEFAULT_TALK = /\b(?:by default|is (?:enabled|disabled|turned on|turned off) by default|default (?:is|value|setting))\b/i;
const STATE = /\b(enabled|disabled|turned on|turned off|on|off)\b(?= by default)/i;
const XML_SETTING = /<(\w+)((?:\s+\w+="[^"]*")+)\s*\/>/;

/** Settings and their defaults in prose ("turned on by default … allows 500 deletes per run"), and XML config nodes. */
export function extractConfig(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const unit of view.units) {
    if (unit.kind === 'code') {
      const xmlLine = codeLines(unit).find((l) => XML_SETTING.test(l.text));
      const xml = xmlLine && XML_SETTING.exec(xmlLine.text);
      if (xmlLine && xml) {
        const configFile = /[\w.-]+\.(?:exe\.)?config\b/.exec(view.units.filter((u) => u.section === unit.section).map((u) => u.text).join(' '))?.[0];
        facts.push({
          kind: 'config', setting: xml[1]!, value: xml[2]!.trim(),
          text: `${xml[0]}${configFile ? ` in ${configFile}` : ''}`, source: sourceAt(view, xmlLine, xml[0]),
        });
      }
      continue;
    }
    for (const sentence of unit.kind === 'paragraph' ? sentences(unit.text) : [unit.text]) {
      if (!DEFAULT_TALK.test(sentence) || (unit.codes[0] && sentence.startsWith(unit.codes[0]))) continue;
      const named = unit.links.find((l) => sentence.includes(l.text))?.text;
      const subject = named ?? /^(?:The |By default,? )?(.+?) (?:is|are|allows?|has|have)\b/.exec(sentence)?.[1] ?? unit.section.path.at(-1) ?? '';
      const state = STATE.exec(sentence)?.[1];
      const amount = /\ballows? (\d[\d,]*) [a-z]+/i.exec(sentence)?.[1];
      const fallback = /\bby default,? (?:it |this )?(\w+ \d[\d,]* \w+)/i.exec(sentence)?.[1];
      const def = state ?? amount ?? fallback;
      facts.push({
        kind: 'config', setting: subject.slice(0, 80), ...(def ? { default: def } : {}),
        text: sentence, source: sourceAt(view, unit, sentence),
      });
    }
  }
  return facts;
}

import type { FactDraft } from '../../fact.js';
import type { DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/** Each question of a Learn FAQ file, with its whole answer. */
export function extractFaq(view: DocView): FactDraft[] {
  return view.sections.filter((s) => s.faq).flatMap((section) => {
    const question = section.path.at(-1)!;
    const answer = view.units.filter((u) => u.section === section).map((u) => u.text).join(' ');
    if (!answer) return [];
    return [{ kind: 'faq' as const, question, answer, text: `${question} ${answer}`, source: sourceAt(view, { line: section.line, section }, question) }];
  });
}

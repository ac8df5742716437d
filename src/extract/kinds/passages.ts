import type { FactDraft } from '../../fact.js';
import type { DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/** The most prose a passage keeps: enough to answer, little enough to show. */
const MAX_PASSAGE = 1200;

/** Each section's prose (not its code), for questions that no structured fact answers. */
export function extractPassages(view: DocView): FactDraft[] {
  return view.sections.flatMap((section) => {
    const units = view.units.filter((u) => u.section === section && u.kind !== 'code');
    const first = units[0];
    if (!first) return [];
    let text = '';
    for (const u of units) {
      if (text.length + u.text.length > MAX_PASSAGE) break;
      text += (text ? ' ' : '') + u.text;
    }
    text ||= first.text.slice(0, MAX_PASSAGE);
    return [{ kind: 'passage' as const, text, source: sourceAt(view, first, first.text.slice(0, 300)) }];
  });
}

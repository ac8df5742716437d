import type { FactDraft } from '../../fact.js';
import { lineOf, plain, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/** Every alert (`> [!NOTE]`, "Important" callouts) is a note with its severity. */
export function extractNotes(view: DocView): FactDraft[] {
  return view.alerts.flatMap((alert) => {
    const text = plain(alert.node.children);
    if (!text) return [];
    const line = lineOf(alert.node.children[0], lineOf(alert.node));
    return [{ kind: 'note', severity: alert.severity, text, source: sourceAt(view, { line, section: alert.section }, text) }];
  });
}

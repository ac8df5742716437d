import type { FactDraft } from '../../fact.js';
import { lineOf, plain, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/** Every alert (`> [!NOTE]`, "Important" callouts) is a note with its severity. */
export function extractNotes(view: DocView): FactDraft[] {
  return view.alerts.flatMap((alert) => {
    const text = plain(alert.node.children);
    // Quote the prose; code inside the alert is in the text but quoted by its own cmdlet facts.
    const firstCode = alert.node.children.findIndex((c) => c.type === 'code');
    const prose = firstCode < 0 ? alert.node.children : alert.node.children.slice(0, firstCode);
    const quote = plain(prose) || text;
    if (!text) return [];
    const line = lineOf(prose[0] ?? alert.node.children[0], lineOf(alert.node));
    return [{ kind: 'note', severity: alert.severity, text, source: sourceAt(view, { line, section: alert.section }, quote) }];
  });
}

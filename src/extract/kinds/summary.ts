import type { FactDraft } from '../../fact.js';
import type { DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/**
 * A page whose body is all includes we don't have ("[!INCLUDE cloud-sync-version-history]") says nothing of its own but
 * what its front matter says it is about: its description stands for it, so a question about it finds the page.
 */
export function summaryOf(view: DocView): FactDraft[] {
  const description = view.doc.meta.description;
  if (typeof description !== 'string' || !description.trim()) return [];
  const index = view.doc.text.split('\n').findIndex((l) => /^description:/.test(l));
  if (index < 0) return [];
  const section = view.sections[0] ?? { path: [], anchor: '', line: 1 };
  return [{ kind: 'passage', text: description.trim(), source: sourceAt(view, { line: index + 1, section }, description) }];
}

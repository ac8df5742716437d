import type { FactDraft } from '../../fact.js';
import type { DocView, TextUnit } from '../docView.js';
import { sourceAt } from '../draft.js';

/** Shorter paragraphs ("For more information, see …") join the next one of their section. */
const MIN_PASSAGE = 80;
const MAX_PASSAGE = 1200;

/**
 * Prose paragraphs, each with its section: what answers a question no structured fact answers
 * ("What does device writeback do?"). Notes, tables and lists have facts of their own.
 */
export function extractPassages(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  let run: TextUnit[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.map((u) => u.text).join(' ').slice(0, MAX_PASSAGE);
    facts.push({ kind: 'passage', text, source: sourceAt(view, run[0]!, run[0]!.text) });
    run = [];
  };
  for (const unit of view.units) {
    if (unit.kind !== 'paragraph' || unit.alert) continue;
    if (run.length && run[0]!.section !== unit.section) flush();
    run.push(unit);
    if (run.reduce((n, u) => n + u.text.length, 0) >= MIN_PASSAGE) flush();
  }
  flush();
  return facts;
}

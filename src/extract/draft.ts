import type { FactDraft, Source } from '../fact.js';
import type { DocView, SectionRef } from './docView.js';

/** The citation for a fact found at `line` in `section`, quoting `quote`. */
export function sourceAt(view: DocView, at: { line: number; section: SectionRef }, quote: string): Source {
  const { doc } = view;
  return {
    file: doc.file,
    title: doc.title,
    section: at.section.path.join(' > ') || doc.title,
    anchor: at.section.anchor,
    line: at.line,
    quote: quote.replace(/\s+/g, ' ').trim(),
    ...(doc.date ? { date: doc.date } : {}),
  };
}

/** An extractor reads one document's view and drafts facts; ids and components are added after. */
export type Extractor = (view: DocView) => FactDraft[];

/** Text in parentheses, e.g. "(This endpoint is used only for discovery purposes during registration.)". */
export function parenthetical(text: string): string | undefined {
  const match = /\(([^()]{8,})\)/.exec(text);
  return match?.[1]?.trim();
}

/**
 * What the ingest stage adds to mdast nodes, as `data` fields (the unist way to annotate a tree).
 * Extractors read these instead of re-parsing Learn syntax.
 */
import type { PhrasingContent } from 'mdast';

export type AlertSeverity = 'note' | 'tip' | 'important' | 'warning' | 'caution';

declare module 'mdast' {
  interface BlockquoteData {
    /** Set on Learn alerts (`> [!NOTE]`) and on "Note" / "Important" callouts of plain-text pages. */
    alert?: AlertSeverity;
  }
  interface HeadingData {
    /** The heading's own slug, as Learn links to it. */
    slug?: string;
    /** Explicit `<a name>` anchors that stood right before the heading (old links still use them). */
    anchors?: string[];
    /** Set on headings made from a FAQ question. */
    faqQuestion?: boolean;
  }
  interface TableCellData {
    /** A cell holding a list (`- a <br />- b`, `<li>…</li>`), split into its items. */
    items?: PhrasingContent[][];
  }
}

export {};

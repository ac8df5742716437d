import type { Root } from 'mdast';

/** A problem found while reading a document; the document is still used when it can be. */
export interface ParseWarning {
  file: string;
  line: number;
  message: string;
  /** `error`: the document could not be used at all. */
  severity: 'error' | 'warning';
}

/** Which parser read the file. All three produce the same mdast shape. */
export type SourceFormat = 'markdown' | 'text' | 'faq';

/** One document, parsed: what every extractor reads. */
export interface SourceDoc {
  /** Path relative to the working directory, as cited (e.g. `content/docs/x.md`). */
  file: string;
  /** Short stable id from the file name, used in fact ids. */
  id: string;
  format: SourceFormat;
  title: string;
  /** ISO `YYYY-MM-DD`, from front matter `ms.date` or the page's date line. */
  date?: string;
  /** Front matter (Markdown, FAQ metadata); empty for plain text. */
  meta: Record<string, unknown>;
  tree: Root;
  /** The decoded text, for checks that read lines (old product names, quotes). */
  text: string;
  warnings: ParseWarning[];
  /** A hash of the raw bytes: lets a checklist run tell that its sources changed. */
  hash: string;
}

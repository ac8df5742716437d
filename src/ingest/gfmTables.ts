import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

/**
 * GFM tables and nothing else of GFM. Learn docs need tables; the rest of remark-gfm
 * (autolink literals above all) doubled parse time on the corpus and added nothing we extract.
 */
export function remarkGfmTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remove } from 'unist-util-remove';

/**
 * Learn's triple-colon directives (`:::image …:::`, `:::zone pivot="…"`, `:::zone-end`) carry no
 * facts for us: their paragraphs are removed and the content between zone markers is kept.
 *
 * Deliberately not remark-directive: generic directive parsing swallows the content after
 * `:::zone-end` on real Learn pages.
 */
export function remarkLearnDirectives() {
  return (tree: Root) => {
    remove(tree, (node) => {
      if (node.type !== 'paragraph') return false;
      const first = (node as Paragraph).children[0];
      return first?.type === 'text' && first.value.trimStart().startsWith(':::') && /^:::[\w-]/.test(toString(node as Paragraph).trim());
    });
  };
}

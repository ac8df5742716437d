import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';

const INCLUDE = /^\[!INCLUDE\s*\[[^\]]*\]\(([^)]*)\)\s*\]$/i;

/**
 * `[!INCLUDE [label](path)]` pulls in a file from outside our content: we can't cite what we
 * don't have, so the paragraph is removed and the maintainer is told which include was skipped.
 */
export function remarkLearnIncludes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const first = node.children[0];
      if (first?.type !== 'text' || !/^\s*\[!INCLUDE/i.test(first.value)) return;
      const target = INCLUDE.exec(rawLinkText(node))?.[1];
      if (!target || !parent || index === undefined) return;
      file.message(`include not resolved (not in content/): ${target}`, node);
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** The INCLUDE syntax parses as text + link + text; rebuild it with the link's URL. */
function rawLinkText(node: Paragraph): string {
  return node.children
    .map((child) => (child.type === 'link' ? `[${toString(child)}](${child.url})` : toString(child)))
    .join('')
    .trim();
}

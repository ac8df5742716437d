import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** A line that is only an include: `[!INCLUDE [label](path)]`, the path captured. */
const INCLUDE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(([^)]*)\)\s*\]\s*$/i;

/** The file a line includes, when the line is an include. */
export function includedBy(line: string): string | undefined {
  return INCLUDE.exec(line)?.[1];
}
const markdown = unified().use(remarkParse).freeze();

/**
 * `[!INCLUDE [label](path)]` pulls in a file from outside our content: we can't cite what we
 * don't have, so the paragraph is removed and the maintainer is told which include was skipped.
 * Lines written right under the include ("3. Under Configuration…", the steps after the
 * included ones) are kept, read as the blocks they are rather than as the include's paragraph.
 */
export function remarkLearnIncludes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const first = node.children[0];
      if (first?.type !== 'text' || !/^\s*\[!INCLUDE/i.test(first.value)) return;
      const target = includedBy(rawLinkText(node));
      const rest = target ? undefined : linesAfterInclude(node, file);
      const skipped = target ?? rest?.include;
      if (!skipped || !parent || index === undefined) return;
      file.message(`include not resolved (not in content/): ${skipped}`, node);
      const kept = rest ? rest.blocks : [];
      parent.children.splice(index, 1, ...(kept as never[]));
      return [SKIP, index + kept.length];
    });
  };
}

/** The include alone on the paragraph's first line, and what the lines under it parse to, at their own lines. */
function linesAfterInclude(node: Paragraph, file: VFile): { include: string; blocks: RootContent[] } | undefined {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (!start || !end || end === start) return undefined;
  const lines = String(file.value).split('\n');
  const include = includedBy(lines[start - 1] ?? '');
  if (!include) return undefined;
  const below = markdown.parse(lines.slice(start, end).join('\n'));
  visit(below, (n: Node) => {
    if (!n.position) return;
    n.position.start.line += start;
    n.position.end.line += start;
    n.position.start.offset = undefined;
    n.position.end.offset = undefined;
  });
  return { include, blocks: below.children };
}

/** The INCLUDE syntax parses as text + link + text; rebuild it with the link's URL. */
function rawLinkText(node: Paragraph): string {
  return node.children
    .map((child) => (child.type === 'link' ? `[${toString(child)}](${child.url})` : toString(child)))
    .join('')
    .trim();
}

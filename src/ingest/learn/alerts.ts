import type { Blockquote, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { AlertSeverity } from '../mdastData.js';

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;
/** Other Learn blockquote markers (`>[!VIDEO url]`, `>[!div class="…"]`) embed media or layout, not prose. */
const EMBED = /^\s*\[!(VIDEO|div|INCLUDE)\b[^\]]*\]\s*$/i;

/**
 * Learn alerts: `> [!NOTE]` (also `>[!NOTE]`, and inside list items) become a blockquote
 * with `data.alert`, the marker removed.
 *
 * Existing alert plugins (remark-github-blockquote-alert and kin) target HTML output: they put
 * SVG icons and class names into the tree. Extraction needs only the severity, so this stays mdast.
 */
export function remarkLearnAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      if (first.children.every((c) => c.type === 'text' || c.type === 'link') && EMBED.test(first.children.map((c) => (c.type === 'text' ? c.value : `${c.url}`)).join(''))) {
        node.children.shift();
        return;
      }
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER.exec(text.value);
      if (!match) return;
      node.data = { ...node.data, alert: match[1]!.toLowerCase() as AlertSeverity };
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      if (first.children.length === 0 || (first.children[0]?.type === 'break' && first.children.length === 1)) {
        node.children.shift();
      } else if (first.children[0]?.type === 'break') {
        first.children.shift();
      }
    });
  };
}

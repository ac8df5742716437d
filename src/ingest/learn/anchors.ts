import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';

const ANCHOR = /<a\s+(?:name|id)\s*=\s*["']([^"']+)["']\s*\/?>\s*(?:<\/a>)?/gi;

/**
 * Headings get `data.slug` (the anchor Learn generates) and `data.anchors`: the explicit
 * `<a name='…'></a>` anchors standing before them, which older links still point to.
 * The anchor HTML itself is removed from the tree.
 */
export function remarkLearnAnchors() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    let pending: string[] = [];
    const walk = (children: RootContent[]) => {
      for (let i = 0; i < children.length; i++) {
        const node = children[i]!;
        const html = anchorHtml(node);
        if (html !== undefined) {
          const names = [...html.matchAll(ANCHOR)].map((m) => m[1]!);
          if (names.length > 0 && html.replace(ANCHOR, '').trim() === '') {
            pending.push(...names);
            children.splice(i--, 1);
          }
          continue;
        }
        if (node.type === 'heading') {
          annotate(node, slugger, pending);
          pending = [];
          continue;
        }
        if ('children' in node && node.type !== 'paragraph' && node.type !== 'table') walk(node.children as RootContent[]);
      }
    };
    walk(tree.children);
  };
}

/** `<a name='x'></a>` on its own line parses as a paragraph of inline HTML, or as an HTML block. */
function anchorHtml(node: RootContent): string | undefined {
  if (node.type === 'html') return node.value;
  if (node.type !== 'paragraph') return undefined;
  if (!node.children.every((c) => c.type === 'html' || (c.type === 'text' && c.value.trim() === ''))) return undefined;
  return node.children.map((c) => (c as { value: string }).value).join('');
}

function annotate(heading: Heading, slugger: GithubSlugger, anchors: string[]) {
  heading.data = { ...heading.data, slug: slugger.slug(toString(heading)), anchors };
}

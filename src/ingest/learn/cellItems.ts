import type { PhrasingContent, Root, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';

const BREAK = /^<br\s*\/?>$/i;
const LIST_TAG = /^<\/?(?:li|ul|ol)\b[^>]*>$/i;
const BULLET = /^\s*[-*•]\s+/;

/**
 * Table cells can only hold one line in GFM, so Learn writes lists inside them with `<br />`
 * (`- a <br />- b`) or `<li>` tags. Such cells get `data.items`: one phrasing run per item,
 * bullet markers removed. Plain cells are left alone.
 */
export function remarkLearnCellItems() {
  return (tree: Root) => {
    visit(tree, 'tableCell', (cell: TableCell) => {
      const items = splitItems(cell.children);
      if (items.length > 1 || cell.children.some((c) => c.type === 'html' && LIST_TAG.test(c.value.trim()))) {
        cell.data = { ...cell.data, items };
      }
    });
  };
}

function splitItems(children: PhrasingContent[]): PhrasingContent[][] {
  const items: PhrasingContent[][] = [];
  let current: PhrasingContent[] = [];
  const flush = () => {
    const trimmed = trimBullet(current);
    if (trimmed.length > 0) items.push(trimmed);
    current = [];
  };
  for (const child of children) {
    if (child.type === 'html' && (BREAK.test(child.value.trim()) || LIST_TAG.test(child.value.trim()))) flush();
    else current.push(child);
  }
  flush();
  return items;
}

function trimBullet(run: PhrasingContent[]): PhrasingContent[] {
  const out = run.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = out[0];
  if (first?.type === 'text' && BULLET.test(first.value)) {
    const rest = first.value.replace(BULLET, '');
    out[0] = { ...first, value: rest };
    if (rest.trim() === '') out.shift();
  }
  return out;
}

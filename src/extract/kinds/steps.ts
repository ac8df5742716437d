import type { List, ListItem } from 'mdast';
import type { FactDraft } from '../../fact.js';
import { lineOf, plain, shortCommand, type Block, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/**
 * Numbered lists are procedures. Within one section, numbered lists separated only by notes,
 * screenshots or code are one procedure (scraped pages restart numbering after every caption).
 */
export function extractSteps(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const run of procedures(view.blocks)) {
    const items = run.flatMap((b) => (b.node as List).children.map((item, i, all) => ({ item, block: b, last: i === all.length - 1 })));
    const procedure = run[0]!.section.path[run[0]!.section.path.length - 1] ?? view.doc.title;
    items.forEach(({ item, block, last }, i) => {
      const paragraphs = item.children.filter((c) => c.type === 'paragraph');
      // A step going on for paragraphs ("Install … against the remote database", then what to enter on its screens and
      // what a SQL administrator may do beforehand) says what to do in its first; the others are prose of their own.
      // (Not one whose paragraphs are its own lettered steps, "a. Start the Synchronization Service Manager.")
      const whole = plain(paragraphs);
      const long = paragraphs.length > 1 && whole.length > LONG_STEP && !paragraphs.some((p) => LETTERED.test(plain(p)));
      const own = long ? plain(paragraphs[0]!) : whole;
      if (!own) return;
      if (long) for (const paragraph of paragraphs.slice(1)) {
        const text = plain(paragraph);
        if (text) facts.push({ kind: 'passage', text, source: sourceAt(view, { line: lineOf(paragraph), section: block.section }, text) });
      }
      const sub = subItems(item);
      // The command a step shows: without it the step says what to do but not how.
      // A step ending in a colon whose code the page indented too little to stay in the list ("Replace the current
      // claim:", then the claim) shows the code right after the list.
      const ownCode = item.children.find((c) => c.type === 'code')?.value;
      const code = ownCode ?? (last && own.endsWith(':') ? codeAfter(view.blocks, block) : undefined);
      const command = code && shortCommand(code, 3);
      const script = code && !command ? scriptOf(code) : undefined;
      facts.push({
        kind: 'step', procedure, position: i + 1, total: items.length,
        text: [own, ...sub.map((s) => `• ${s}`), ...(command ? [command] : [])].join(' '),
        ...(script ? { script } : {}),
        source: sourceAt(view, { line: lineOf(paragraphs[0]), section: block.section }, plain(paragraphs[0]!)),
      });
    });
  }
  return facts;
}

/** Longer than this, a step of several paragraphs says what to do in its first: the others are passages. */
const LONG_STEP = 800;
/** A paragraph that is a lettered sub-step of the step it stands in ("a. Start the …"). */
const LETTERED = /^[a-z][.)]\s/;

/**
 * The code blocks right after a list, with the short words between them ("with"), up to the next list or prose:
 * what its last step, ending in a colon, shows.
 */
function codeAfter(blocks: Block[], list: Block): string | undefined {
  const said: string[] = [];
  for (const block of blocks.slice(blocks.indexOf(list) + 1)) {
    if (block.section !== list.section) break;
    const node = block.node;
    if (node.type === 'code') said.push(node.value);
    else if (node.type === 'paragraph' && !plain(node).trim()) continue; // a screenshot
    else if (node.type === 'paragraph' && said.length && plain(node).split(/\s+/).length <= 3) said.push(plain(node));
    else break;
  }
  return said.length ? said.join('\n') : undefined;
}

/** A script as the step shows it, its lines trimmed of the list's indent; a long one is cut, saying so. */
function scriptOf(code: string): string | undefined {
  const lines = code.split('\n').map((l) => l.trimEnd());
  const written = lines.filter((l) => l.trim());
  // An empty code block ("```powershell```" left as a placeholder) is no script.
  if (!written.length) return undefined;
  const indent = Math.min(...written.map((l) => /^\s*/.exec(l)![0].length));
  const kept = lines.map((l) => l.slice(indent)).filter((l, i, all) => l.trim() || (i > 0 && i < all.length - 1));
  return kept.length > MAX_SCRIPT_LINES ? [...kept.slice(0, MAX_SCRIPT_LINES), '…'].join('\n') : kept.join('\n');
}
const MAX_SCRIPT_LINES = 15;

function procedures(blocks: Block[]): Block[][] {
  const runs: Block[][] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    const isSteps = block.node.type === 'list' && block.node.ordered === true && !block.alert && !isContents(block.node);
    const sameSection = current.length > 0 && current[0]!.section === block.section;
    if (isSteps) {
      if (!sameSection && current.length) {
        runs.push(current);
        current = [];
      }
      current.push(block);
    } else if (current.length && !sameSection) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** "1. [Prepare](#prepare) 2. [Configuration](#configuration) …": a table of contents, not a procedure. */
function isContents(list: List): boolean {
  return list.children.every((item) => {
    const [only, ...rest] = item.children;
    if (!only || rest.some((c) => c.type !== 'list') || only.type !== 'paragraph') return false;
    const content = only.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    return content.length === 1 && content[0]!.type === 'link';
  });
}

/** What each sub-item says itself: a table or a list nested in it has facts of its own. */
function subItems(item: ListItem): string[] {
  return item.children
    .filter((c): c is List => c.type === 'list')
    .flatMap((l) => l.children.map((i) => plain(i.children.filter((c) => c.type === 'paragraph'))))
    .filter(Boolean);
}

import type { Blockquote, Code, Heading, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { AlertSeverity } from '../ingest/mdastData.js';
import type { SourceDoc } from '../ingest/sourceDoc.js';

/** Where in the document a block stands: the heading path and the anchor to link to. */
export interface SectionRef {
  path: string[];
  anchor: string;
  /** The line of the section's heading (the title's line for text before the first section). */
  line: number;
  /** Set when the section's heading is a FAQ question. */
  faq?: boolean;
}

/** A top-level block of a section, with the alert it stands in (if any). */
export interface Block {
  node: RootContent;
  section: SectionRef;
  alert?: AlertSeverity;
  /** The paragraph right before this block in the same section ("look for the following services:"). */
  intro?: string;
}

/**
 * The smallest piece of prose an extractor reads: a paragraph, a list item's own text, a
 * table cell (or one item of a list inside a cell), or a code block.
 */
export interface TextUnit {
  kind: 'paragraph' | 'item' | 'cell' | 'code';
  /** Plain text: Markdown syntax removed, whitespace collapsed. Quotes are slices of it. */
  text: string;
  line: number;
  section: SectionRef;
  alert?: AlertSeverity;
  /** Inline code spans in the unit, in order. */
  codes: string[];
  /** Links in the unit: text and URL. */
  links: { text: string; url: string }[];
  /** For cells: the row's first cell and the column header, so a cell knows what it belongs to. */
  row?: { key: string; header: string; keyHeader: string; cells: string[] };
  /** For list items: the paragraph that introduces the list. */
  intro?: string;
  /** For list items: whether the list is numbered (a procedure). */
  ordered?: boolean;
  /** For list items: whether the list stands inside another list item. */
  nested?: boolean;
}

/** A Learn alert or plain-text callout, whole. */
export interface Alert {
  node: Blockquote;
  severity: AlertSeverity;
  section: SectionRef;
}

export interface DocView {
  doc: SourceDoc;
  blocks: Block[];
  units: TextUnit[];
  alerts: Alert[];
  sections: SectionRef[];
}

const INLINE = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'html', 'break', 'image', 'imageReference', 'footnoteReference']);

/**
 * Plain text of nodes: what a reader sees, whitespace collapsed, HTML tags left out. Inline
 * nodes join as written; blocks (list items, cells, paragraphs) join with a space.
 */
export function plain(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return textOf(node).replace(/\s+/g, ' ').trim();
  let text = plainCache.get(node);
  if (text === undefined) {
    text = textOf(node).replace(/\s+/g, ' ').trim();
    plainCache.set(node, text);
  }
  return text;
}

/** Extractors ask for the same nodes' text again and again. */
const plainCache = new WeakMap<Nodes, string>();

function textOf(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return node.map(textOf).join(node.every((n) => INLINE.has(n.type)) ? '' : ' ');
  // "*.msappproxy.us</br>*.servicebus.usgovcloudapi.net": a line break between two values keeps them two.
  if (node.type === 'html') return /^<\/?br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return ''; // screenshots: their alt text is not prose
  if ('value' in node) return node.value;
  if ('children' in node) return textOf(node.children as Nodes[]);
  return '';
}

export function lineOf(node: { position?: { start: { line: number } } } | undefined, fallback = 1): number {
  return node?.position?.start.line ?? fallback;
}

/** Reads a parsed document once into blocks and text units, each knowing its section. */
export function viewDoc(doc: SourceDoc): DocView {
  const blocks: Block[] = [];
  const alerts: Alert[] = [];
  const stack: { depth: number; text: string; anchor: string }[] = [];
  let section: SectionRef = { path: [], anchor: '', line: 1 };
  const sections: SectionRef[] = [section];
  let intro: string | undefined;

  const visitBlock = (node: RootContent, alert?: AlertSeverity) => {
    if (node.type === 'heading') {
      enterHeading(node);
      intro = undefined;
      return;
    }
    if (node.type === 'blockquote') {
      const severity = node.data?.alert ?? alert;
      if (node.data?.alert) alerts.push({ node, severity: node.data.alert, section });
      for (const child of node.children) visitBlock(child, severity);
      return;
    }
    if (node.type === 'yaml' || node.type === 'definition' || node.type === 'html' || node.type === 'thematicBreak') return;
    if (node.type === 'list') alerts.push(...alertsInList(node, section));
    blocks.push({ node, section, alert, intro });
    intro = node.type === 'paragraph' ? plain(node) : undefined;
  };

  const enterHeading = (node: Heading) => {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const anchor = node.data?.anchors?.[0] ?? node.data?.slug ?? '';
    stack.push({ depth: node.depth, text: plain(node), anchor: node.data?.slug ?? anchor });
    // The h1 is the title: it is cited separately, not repeated in every section path.
    const path = stack.filter((h) => h.depth > 1).map((h) => h.text);
    section = { path, anchor: node.data?.slug ?? anchor, line: lineOf(node), faq: node.data?.faqQuestion };
    sections.push(section);
  };

  for (const node of (doc.tree as Root).children) visitBlock(node);
  return { doc, blocks, units: blocks.flatMap(unitsOf), alerts, sections };
}

/** Alerts can stand inside list items too ("1. Do this. > [!NOTE] …"). */
function alertsInList(list: List, section: SectionRef): Alert[] {
  const found: Alert[] = [];
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'blockquote' && child.data?.alert) found.push({ node: child, severity: child.data.alert, section });
      else if (child.type === 'list') found.push(...alertsInList(child, section));
    }
  }
  return found;
}

function unitsOf(block: Block): TextUnit[] {
  const base = { section: block.section, alert: block.alert };
  const node = block.node;
  switch (node.type) {
    case 'paragraph':
      return [{ ...base, kind: 'paragraph', ...phrasing(node.children), line: lineOf(node), intro: block.intro }];
    case 'list':
      return listUnits(node, block);
    case 'table':
      return tableUnits(node, block);
    case 'code':
      return [{ ...base, kind: 'code', text: node.value, line: codeLine(node), codes: [], links: [], intro: block.intro }];
    default:
      return [];
  }
}

/** The line of a code block's first content line: a fenced block starts one line below its fence. */
function codeLine(node: Code): number {
  const start = lineOf(node);
  const span = (node.position?.end.line ?? start) - start + 1;
  return span > node.value.split('\n').length ? start + 1 : start;
}

function listUnits(list: List, block: Block, depth = 0): TextUnit[] {
  const units: TextUnit[] = [];
  for (const item of list.children) {
    const own = ownParagraphs(item);
    // The first paragraph is the item; later ones (after a table, a code block) continue it.
    own.forEach((paragraph, i) => {
      units.push({
        section: block.section, alert: block.alert, kind: i === 0 ? 'item' : 'paragraph', ...phrasing(paragraph.children),
        line: lineOf(paragraph), intro: i === 0 ? block.intro : plain(own[0]!), ordered: list.ordered === true, nested: depth > 0,
      });
    });
    const lead = own[0] ? plain(own[0]) : block.intro;
    for (const child of item.children) {
      if (child.type === 'list') units.push(...listUnits(child, { ...block, intro: lead }, depth + 1));
      else if (child.type === 'code') units.push({ section: block.section, alert: block.alert, kind: 'code', text: child.value, line: codeLine(child), codes: [], links: [], intro: lead });
      else if (child.type === 'blockquote') {
        for (const inner of child.children) {
          units.push(...unitsOf({ node: inner, section: block.section, alert: child.data?.alert ?? block.alert, intro: lead }));
        }
      } else if (child.type === 'table') units.push(...tableUnits(child, { ...block, intro: lead }));
    }
  }
  return units;
}

function ownParagraphs(item: ListItem): { type: 'paragraph'; children: PhrasingContent[]; position?: ListItem['position'] }[] {
  return item.children.filter((c) => c.type === 'paragraph') as never;
}

function tableUnits(table: Table, block: Block): TextUnit[] {
  const head = table.children[0];
  const headers = head ? head.children.map((c) => plain(c)) : [];
  const units: TextUnit[] = [];
  for (const { row, cells } of bodyRows(table)) {
    const key = cells[0] ?? '';
    row.children.forEach((cell, col) => {
      const meta = { section: block.section, alert: block.alert, row: { key, header: headers[col] ?? '', keyHeader: headers[0] ?? '', cells }, intro: block.intro };
      const items = cell.data?.items;
      if (items) {
        // "The agent requires the following ports: - 443 - 5671": the first item introduces the rest.
        const lead = items[0] ? plain(items[0]) : '';
        const intro = lead.endsWith(':') ? lead : block.intro;
        for (const item of items) {
          if (item.length === 0) continue;
          units.push({ ...meta, intro, kind: 'cell', ...phrasing(item), line: lineOf(item[0], lineOf(cell)) });
        }
      } else {
        const text = plain(cell);
        if (text) units.push({ ...meta, kind: 'cell', ...phrasing(cell.children), line: lineOf(cell) });
      }
    });
  }
  return units;
}

/**
 * A table's body rows as plain cells. A row whose first cell is empty continues the row above
 * (Markdown has no merged cells: "| | Sync Monitoring Service |" is the Sync row's second agent).
 */
export function bodyRows(table: Table): { row: Table['children'][number]; cells: string[] }[] {
  let key = '';
  return table.children.slice(1).map((row) => {
    const cells = row.children.map((c) => plain(c));
    if (cells[0]) key = cells[0];
    else if (cells.slice(1).some(Boolean)) cells[0] = key;
    return { row, cells };
  });
}

function phrasing(children: PhrasingContent[]): Pick<TextUnit, 'text' | 'codes' | 'links'> {
  const codes: string[] = [];
  const links: TextUnit['links'] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const n of nodes) {
      if (n.type === 'inlineCode') codes.push(n.value);
      else if (n.type === 'link') {
        links.push({ text: plain(n), url: n.url });
        walk(n.children);
      } else if ('children' in n) walk(n.children as PhrasingContent[]);
    }
  };
  walk(children);
  return { text: plain(children), codes, links };
}

const sentenceCache = new Map<string, string[]>();

/**
 * Splits prose into sentences without breaking versions (1.0.9125.0) or file names. Every
 * extractor reads sentences of the same units, so splits are remembered for the run.
 */
export function sentences(text: string): string[] {
  let split = sentenceCache.get(text);
  if (!split) {
    split = text.split(/(?<=[.!?])\s+(?=[A-Z`"'(*[])/).map((s) => s.trim()).filter((s) => s.length > 0);
    if (sentenceCache.size > 50_000) sentenceCache.clear();
    sentenceCache.set(text, split);
  }
  return split;
}

/** A code unit's lines, each as a unit of its own line: citations point at the command itself. */
export function codeLines(unit: TextUnit): TextUnit[] {
  return commandLines(unit.text).map(({ text, at }) => ({ ...unit, text, line: unit.line + at }));
}

/**
 * A code block short enough to quote with the prose that introduces it ("Install the agent in quiet mode."
 * above `Start-Process … /quiet`): a few lines, joined as PowerShell allows; undefined for a longer script.
 */
export function shortCommand(code: string, maxLines: number): string | undefined {
  const lines = commandLines(code).map((l) => l.text);
  const command = lines.join('; ');
  return lines.length > 0 && lines.length <= maxLines && command.length <= 240 ? command : undefined;
}

/**
 * The commands of a code block, trimmed, blank lines left out, each with the line it starts on (0-based):
 * PowerShell goes on past a line ending in a backtick, so "Update-Mg… `" and "-Features …" are one command.
 */
function commandLines(code: string): { text: string; at: number }[] {
  const lines: { text: string; at: number }[] = [];
  let continued: { text: string; at: number } | undefined;
  code.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    const line = continued ? { text: `${continued.text} ${text}`, at: continued.at } : { text, at: i };
    continued = line.text.endsWith(' `') ? { ...line, text: line.text.slice(0, -2) } : undefined;
    if (!continued) lines.push(line);
  });
  if (continued) lines.push(continued);
  return lines;
}

import type { BlockContent, Blockquote, Code, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { isoDate } from './isoDate.js';
import type { AlertSeverity } from './mdastData.js';
import type { ParsedText } from './parseMarkdown.js';

/**
 * A page scraped from the web as plain text → the same mdast shape the Markdown parser makes,
 * so the same extractors run on both.
 *
 * What survives scraping is one line per block: headings, paragraphs, list items ("  1.", "•"),
 * callout labels ("Note", "Important") and code lines. We infer their kinds from the line's own
 * shape, drop the page chrome (sign-in banners, screenshot captions, feedback widgets), and read
 * the title and date from the page header ("Title / Article / 2025-04-09 / N contributors").
 */
export function parsePlainText(text: string): ParsedText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = readPageHeader(lines);
  const units = classify(lines, header);
  const tree: Root = { type: 'root', children: nestIntroducedSections(build(units)) };
  const firstHeading = tree.children[0];
  const title = header.title ?? (firstHeading?.type === 'heading' ? toString(firstHeading) : undefined);
  annotateSlugs(tree);
  return { tree, title, date: header.date, meta: {}, warnings: [] };
}

type UnitKind = 'blank' | 'title' | 'heading' | 'callout' | 'ordered' | 'bullet' | 'code' | 'paragraph';

interface Unit {
  kind: UnitKind;
  text: string;
  line: number;
  /** Leading whitespace width, to tell nested bullets from top-level ones. */
  indent: number;
  callout?: AlertSeverity;
}

const CHROME_LINE = [
  /^Access to this page requires authorization\b/i,
  /^Screenshot (?:of|that shows|showing)\b/i,
  /^Feedback$/i,
  /^In this article$/i,
  /^Additional resources\b/i,
  /^Submit and view feedback\b/i,
];
/** Everything after these is the page footer. */
const FOOTER = /^(?:Was this page helpful\?|Additional resources)/i;
const TRAILING_CAPTION = /\s+Screenshot (?:of|that shows|showing)\b[^.]*\.?\s*$/i;
const CALLOUT = /^(Note|Tip|Important|Warning|Caution)$/i;
const ORDERED = /^(\s*)(\d{1,3})\.\s+(.*)$/;
const BULLET = /^(\s*)[•·▪◦●*-]\s+(.*)$/;
const COMMAND = /^(?:[A-Z][a-z]+-[A-Z][A-Za-z0-9]+(?:\s|$)|[\w.-]+\.(?:exe|msi|ps1|cmd|bat)(?:\s+\S+)*$|<[A-Za-z][^>]*\/?>$|\$\w+\s*=)/;

interface PageHeader {
  title?: string;
  date?: string;
  /** Line index of the title line, when the header names it. */
  titleIndex?: number;
  /** Line indexes that belong to the header and are not content. */
  skip: Set<number>;
}

/** Learn pages print "Title / Article / YYYY-MM-DD / N contributors" above the body. */
function readPageHeader(lines: string[]): PageHeader {
  const skip = new Set<number>();
  for (let i = 1; i + 1 < lines.length && i < 40; i++) {
    if (lines[i]!.trim() === 'Article' && /^\d{4}-\d{2}-\d{2}$/.test(lines[i + 1]!.trim())) {
      skip.add(i).add(i + 1);
      if (/^\d+ contributors?$/.test(lines[i + 2]?.trim() ?? '')) skip.add(i + 2);
      return { title: lines[i - 1]!.trim(), date: isoDate(lines[i + 1]!.trim()), titleIndex: i - 1, skip };
    }
  }
  return { skip };
}

function classify(lines: string[], { skip, titleIndex }: PageHeader): Unit[] {
  const units: Unit[] = [];
  const pageWords = wordsOf(lines);
  let sawTitle = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\s+$/, '');
    const text = raw.trim();
    const line = i + 1;
    const indent = raw.length - raw.trimStart().length;
    if (FOOTER.test(text) && i > lines.length / 2) break;
    if (skip.has(i)) continue;
    if (text === '') { units.push({ kind: 'blank', text, line, indent }); continue; }
    if (CHROME_LINE.some((re) => re.test(text))) continue;
    const cleaned = text.replace(TRAILING_CAPTION, '');
    if (i === titleIndex || (!sawTitle && titleIndex === undefined && isHeadingShaped(cleaned))) {
      units.push({ kind: 'title', text: cleaned, line, indent });
      sawTitle = true;
      continue;
    }
    sawTitle = true;
    const callout = CALLOUT.exec(text);
    if (callout) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
      if (CHROME_LINE.some((re) => re.test(next))) continue; // a label for a chrome banner
      units.push({ kind: 'callout', text, line, indent, callout: callout[1]!.toLowerCase() as AlertSeverity });
      continue;
    }
    const ordered = ORDERED.exec(raw);
    if (ordered) { units.push({ kind: 'ordered', text: unglue(ordered[3]!.replace(TRAILING_CAPTION, ''), pageWords), line, indent }); continue; }
    const bullet = BULLET.exec(raw);
    if (bullet) { units.push({ kind: 'bullet', text: unglue(bullet[2]!.replace(TRAILING_CAPTION, ''), pageWords), line, indent }); continue; }
    if (indent > 0 || COMMAND.test(text)) { units.push({ kind: 'code', text, line, indent }); continue; }
    const heading = isHeadingShaped(cleaned);
    units.push({ kind: heading ? 'heading' : 'paragraph', text: heading ? cleaned : unglue(cleaned, pageWords), line, indent });
  }
  return demoteHeadingRuns(units);
}

/** Short, capitalised, no sentence punctuation (a question is fine: "What is cloud sync?"). */
/**
 * A scraped page loses the spaces around its links: "by accessing theCheck sync toolfrom the portal".
 * A small word glued to a capitalised one is split again, so "Check" is a word to find.
 */
function unglue(text: string, pageWords: Map<string, number>): string {
  return text.replace(GLUED_LINK, '$1 $2').replace(GLUED_AFTER, (glued, word: string, small: string) =>
    // "toolfrom" is "tool from" when the page says "tool" on its own and "toolfrom" nowhere else.
    (pageWords.get(word.toLowerCase()) ?? 0) > 0 && (pageWords.get(glued.toLowerCase()) ?? 0) <= 1 ? `${word} ${small}` : glued);
}
const GLUED_LINK = /\b(the|a|an|see|to|in|of|at|by|on|from|and|or|for|with|use|using|accessing|visit)([A-Z][a-z]{2,})/g;
/** The small word after a link, glued to its last word: "toolfrom", "centerto". */
const GLUED_AFTER = /\b([A-Za-z][a-z]{2,})(from|with|and|for|to)\b/g;

/** How often each word stands in the page, lowercased: what tells a glued link's last word from a word of its own. */
function wordsOf(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const w of line.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function isHeadingShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    /^[A-Z0-9]/.test(text) &&
    words.length <= 12 &&
    text.length <= 90 &&
    !/[.:;,!)]$/.test(text) &&
    !text.includes(', ') &&
    !/^(?:To|For|If|When|Once|After|Before|See|Select|Click|Open|Run|Go)\b.*\s\w+\s\w+\s\w+\s\w+/.test(text)
  );
}

/**
 * Scraped link lists ("Next steps" followed by article titles) look like a run of headings.
 * A heading introduces body text, so in a run of heading-shaped lines only the first is one;
 * the rest are the items of a list.
 */
function demoteHeadingRuns(units: Unit[]): Unit[] {
  let inRun = false;
  for (let i = 1; i < units.length; i++) {
    const prev = units[i - 1]!;
    if (units[i]!.kind === 'heading' && (prev.kind === 'heading' || (inRun && prev.kind === 'bullet'))) {
      units[i] = { ...units[i]!, kind: 'bullet' };
      inRun = true;
    } else inRun = false;
  }
  return units;
}

function build(units: Unit[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    switch (unit.kind) {
      case 'blank':
        break;
      case 'title':
        out.push(heading(1, unit));
        break;
      case 'heading':
        out.push(heading(2, unit));
        break;
      case 'paragraph':
        out.push(paragraph(unit));
        break;
      case 'code': {
        const run = takeWhile(units, i, (u) => u.kind === 'code');
        out.push(code(run));
        i += run.length - 1;
        break;
      }
      case 'callout': {
        const body = takeCalloutBody(units, i + 1);
        out.push(callout(unit, body));
        i += body.consumed;
        break;
      }
      case 'ordered':
      case 'bullet': {
        const { list, consumed } = takeList(units, i);
        out.push(list);
        i += consumed - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Scraping flattens every heading to one level. A section that is only a short introduction
 * ("Agent verification occurs in the Azure portal and on the local server") announces the ones
 * after it: those whose headings take up its words ("Azure portal agent verification", "On the
 * local server") are its subsections, up to the first heading that doesn't.
 */
function nestIntroducedSections(nodes: RootContent[]): RootContent[] {
  const headings = nodes.map((n, i) => (n.type === 'heading' && n.depth === 2 ? i : -1)).filter((i) => i >= 0);
  let introduced: Set<string> | undefined;
  headings.forEach((at, k) => {
    const body = nodes.slice(at + 1, headings[k + 1] ?? nodes.length);
    const intro = body.length === 1 && body[0]!.type === 'paragraph' && toString(body[0]!).split(/\s+/).length <= INTRO_WORDS;
    const heading = nodes[at] as Heading;
    if (introduced && !intro && wordKeys(toString(heading)).some((w) => introduced!.has(w))) {
      heading.depth = 3;
      return;
    }
    // What the introduction announces beyond its own heading's words.
    const own = new Set(wordKeys(toString(heading)));
    introduced = intro ? new Set(wordKeys(toString(body[0]!)).filter((w) => !own.has(w))) : undefined;
  });
  return nodes;
}

/** Words that can say what a section is about, compared by their first five letters. */
function wordKeys(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !INTRO_FILLER.has(w)).map((w) => w.slice(0, 5));
}
/** An introduction is one sentence or two: a longer first paragraph is the section's content. */
const INTRO_WORDS = 25;
const INTRO_FILLER = new Set(['that', 'this', 'with', 'from', 'your', 'there', 'their', 'which', 'what', 'when', 'where', 'into', 'occurs', 'about', 'following', 'these', 'those', 'have', 'more', 'information']);


/** A callout label governs the paragraphs after it, up to the next blank line or structural line. */
function takeCalloutBody(units: Unit[], from: number): { nodes: BlockContent[]; consumed: number } {
  let i = from;
  while (units[i]?.kind === 'blank') i++;
  const nodes: BlockContent[] = [];
  while (units[i] && (units[i]!.kind === 'paragraph' || units[i]!.kind === 'code')) {
    nodes.push(units[i]!.kind === 'code' ? code([units[i]!]) : paragraph(units[i]!));
    i++;
  }
  return { nodes, consumed: i - from };
}

/**
 * Consecutive items of one kind form a list, blank lines between them allowed. A bullet run
 * right under a numbered item (no blank line between) belongs to that step.
 */
function takeList(units: Unit[], from: number): { list: List; consumed: number } {
  const ordered = units[from]!.kind === 'ordered';
  const kind = units[from]!.kind;
  const items: ListItem[] = [];
  let i = from;
  let last = from;
  while (i < units.length) {
    const unit = units[i]!;
    if (unit.kind === kind) {
      items.push(listItem(unit));
      last = i;
      i++;
      if (ordered && units[i]?.kind === 'bullet') {
        const { list: nested, consumed } = takeList(units, i);
        items[items.length - 1]!.children.push(nested);
        last = i + consumed - 1;
        i += consumed;
      }
    } else if (unit.kind === 'blank') {
      i++;
    } else break;
  }
  const list: List = {
    type: 'list', ordered, start: ordered ? 1 : null, spread: false, children: items,
    position: span(units[from]!, units[last]!),
  };
  return { list, consumed: last - from + 1 };
}

function takeWhile(units: Unit[], from: number, keep: (u: Unit) => boolean): Unit[] {
  const run: Unit[] = [];
  for (let i = from; i < units.length && keep(units[i]!); i++) run.push(units[i]!);
  return run;
}

function heading(depth: 1 | 2, unit: Unit): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: unit.text, position: pos(unit) }], position: pos(unit) };
}

function paragraph(unit: Unit): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: unit.text, position: pos(unit) }], position: pos(unit) };
}

function listItem(unit: Unit): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(unit)], position: pos(unit) };
}

function code(run: Unit[]): Code {
  return { type: 'code', lang: null, value: run.map((u) => u.text).join('\n'), position: span(run[0]!, run[run.length - 1]!) };
}

function callout(label: Unit, body: { nodes: BlockContent[] }): Blockquote {
  const last = body.nodes[body.nodes.length - 1];
  return {
    type: 'blockquote',
    children: body.nodes,
    data: { alert: label.callout! },
    position: { start: pos(label).start, end: last?.position?.end ?? pos(label).end },
  };
}

function pos(unit: Unit): Position {
  return { start: { line: unit.line, column: unit.indent + 1 }, end: { line: unit.line, column: unit.indent + 1 + unit.text.length } };
}

function span(first: Unit, last: Unit): Position {
  return { start: pos(first).start, end: pos(last).end };
}


function annotateSlugs(tree: Root) {
  const slugger = new GithubSlugger();
  for (const node of tree.children) {
    if (node.type === 'heading') node.data = { slug: slugger.slug(toString(node)), anchors: [] };
  }
}

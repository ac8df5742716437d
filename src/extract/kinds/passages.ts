import type { Table } from 'mdast';
import type { FactDraft } from '../../fact.js';
import { bodyRows, lineOf, plain, shortCommand, type DocView, type TextUnit } from '../docView.js';
import { sourceAt } from '../draft.js';
import { listsRequirements, NAVIGATION_SECTION } from './requirements.js';

/** Shorter paragraphs ("For more information, see …") join the next one of their section. */
const MIN_PASSAGE = 80;
const MAX_PASSAGE = 1200;

/**
 * The prose no structured fact holds, for questions those don't answer ("What does device
 * writeback do?"): paragraphs, bulleted list items ("ADSync service account: used to run the sync
 * service"), and the rows of tables no other extractor reads, as "header: value" lines.
 * Numbered lists are steps, alerts are notes, requirement lists and tables are requirements.
 */
export function extractPassages(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  // Paragraphs with what each says: its own text, and the list it introduces.
  let run: { unit: TextUnit; index: number; says: string }[] = [];
  // The last paragraphs' passage, and the unit it ends at: a paragraph going on about it ("These scenarios …") joins it.
  let last: { fact: FactDraft; end: number } | undefined;
  const flush = () => {
    if (run.length === 0) return;
    const text = run.map((r) => r.says).join(' ').slice(0, MAX_PASSAGE);
    facts.push({ kind: 'passage', text, source: sourceAt(view, run[0]!.unit, run[0]!.unit.text) });
    last = { fact: facts.at(-1)!, end: run.at(-1)!.index };
    run = [];
  };
  view.units.forEach((unit, index) => {
    if (!unit.text || unit.alert) return;
    // "Next steps", "Learn more …": their link lists point elsewhere; a paragraph of prose there still says something.
    if (NAVIGATION_SECTION.test(unit.section.path.at(-1) ?? '') && mostlyLinks(unit)) return;
    // A list item that is only a link points elsewhere; a short label ("Microsoft Entra Connect Health Agent")
    // belongs to the list's own facts; a paragraph of bare code is the command's.
    if (unit.kind === 'item' && unit.links.some((l) => l.text === unit.text.replace(/[.:]$/, ''))) return;
    if (unit.kind === 'item' && unit.text.length < 60 && !/[.:;]/.test(unit.text)) return;
    if (unit.codes.length && unit.codes.join(' ').length >= unit.text.length - 2) return;
    // Items of a section headed as prerequisites are only requirements; those of an article titled so are prose too.
    if (unit.kind === 'item' && !unit.ordered && !unit.nested && !listsRequirements(unit.section, '') && unit.text.length >= 20) {
      flush();
      const list = listIntroducedBy(view.units, index, view.doc.title);
      facts.push({ kind: 'passage', text: (list ? `${unit.text} ${list}` : unit.text).slice(0, MAX_PASSAGE), source: sourceAt(view, unit, unit.text) });
      return;
    }
    if (unit.kind !== 'paragraph') return;
    const list = listIntroducedBy(view.units, index, view.doc.title) ?? commandIntroducedBy(view.units, index);
    const says = list ? `${unit.text} ${list}` : introducesNothing(view.units, index) ? `${unit.text.slice(0, -1)}.` : unit.text;
    // "These scenarios typically mean …", "In such cases, …": a paragraph opening on what the one before said goes on
    // with it, across the list or callout between them — alone, it says of nothing.
    if (!run.length && last && GOES_ON.test(unit.text) && continues(view.units, last.end, index) && last.fact.text.length + says.length <= JOINED_PASSAGE) {
      last.fact.text += ` ${says}`;
      last.end = index;
      return;
    }
    // A procedure between two paragraphs parts them: its intro ("… follow these steps:") says nothing of what follows it.
    if (run.length && (run[0]!.unit.section !== unit.section || view.units[index - 1]?.ordered)) flush();
    run.push({ unit, index, says });
    if (list || run.reduce((n, r) => n + r.says.length, 0) >= MIN_PASSAGE) flush();
  });
  flush();
  facts.push(...tableRows(view));
  return facts;
}

/**
 * "Uninstall the following:" says nothing without its list: the bulleted items right after a
 * paragraph or item ending in a colon, joined ("A; B; C"). Numbered lists are steps, read as such.
 */
function listIntroducedBy(units: TextUnit[], index: number, title: string): string | undefined {
  const intro = units[index]!;
  // ("… look for the following services on the server. If you completed …" says them as much as a colon does.)
  // An item's own nested list says what it holds, colon or not: "[HKEY_LOCAL_MACHINE\…]" and its values.
  const holdsList = intro.kind === 'item' && units[index + 1]?.nested === true && units[index + 1]!.intro === intro.text;
  if (!(intro.text.endsWith(':') || THE_FOLLOWING.test(intro.text) || holdsList) || listsRequirements(intro.section, title)) return undefined;
  const items: string[] = [];
  let last: TextUnit | undefined;
  for (let i = index + 1; i < units.length; i++) {
    const item = units[i]!;
    // An item's own later paragraph (a screenshot under it, a remark) continues that item, not the list's end.
    if (item.kind === 'paragraph' && last && item.intro === last.text) continue;
    if (item.kind !== 'item' || item.intro !== intro.text) break;
    last = item;
    if (item.ordered) return undefined;
    // A paragraph's list stands beside it; an item's list is nested in it.
    if (item.nested === (intro.kind === 'item')) items.push(item.text);
  }
  return items.length ? items.join('; ') : undefined;
}

const THE_FOLLOWING = /\bthe following\b/i;

/** A paragraph opening on what the one before said ("This article …" is about the page, not the paragraph before). */
const GOES_ON = /^(?:these|this|such|in (?:such|these|this) (?:cases?|scenarios?|situations?)|in that case|otherwise)\b(?!\s+(?:article|document|page|topic|section|guide|tutorial|video|quickstart)s?\b)/i;
/** How long a passage may grow by paragraphs going on with it. */
const JOINED_PASSAGE = 1000;

/** Whether only the paragraph's own list, callouts or pictures stand between two units of one section. */
function continues(units: TextUnit[], from: number, to: number): boolean {
  if (units[from]?.section !== units[to]?.section) return false;
  return units.slice(from + 1, to).every((u) => (u.kind === 'item' && !u.ordered) || u.alert || !u.text);
}

/**
 * "Run the following PowerShell command:" says nothing without its command: a one-line code block (or a
 * paragraph of inline code) right after a paragraph ending in a colon ("Set-MicrosoftEntraConnectHealthProxySettings -ImportFromWinHttp").
 */
function commandIntroducedBy(units: TextUnit[], index: number): string | undefined {
  const intro = units[index]!;
  const next = units[index + 1];
  if (!intro.text.endsWith(':') || !next || next.section !== intro.section) return undefined;
  // "Here's an example:" above a paragraph that is only the command, in inline code, introduces it as much.
  const inline = next.kind === 'paragraph' && next.codes.length === 1 && next.text.trim() === next.codes[0]!.trim();
  if (inline) return shortCommand(next.text, 1);
  // "Call the following two requests:" says them all: the short code blocks right after it ("POST …/jobs
  // { "templateId": "AD2AADPasswordHash" }"), their lines of bare brackets left out. A script of several
  // commands is no request (it is the commands' own facts), nor is an example of a log's output.
  const lines = REQUESTS.test(intro.text) ? MAX_INTRODUCED_LINES : 1;
  const requests: string[] = [];
  for (let i = index + 1; i < units.length && requests.length < MAX_INTRODUCED_BLOCKS && units[i]!.kind === 'code' && units[i]!.section === intro.section; i++) {
    const code = units[i]!.text;
    const command = shortCommand(code.replace(/^\s*[{}[\]],?\s*$/gm, ''), SCRIPT.test(code) ? 1 : lines);
    if (!command) break;
    requests.push(command);
  }
  return requests.length ? requests.join(' ') : undefined;
}
/** A paragraph introducing requests or their data ("Call the following two requests:", "Request body:"). */
const REQUESTS = /\b(?:requests?|calls?|body|payload|json|xml)\b/i;
/** A line of PowerShell: a command ("Import-Module …") or a variable set ("$cred = …"). */
const SCRIPT = /^\s*(?:\$\w+\s*=|[A-Z][a-z]+-[A-Z]\w+)/m;
/** How many short code blocks, of how many lines each, a paragraph ending in a colon says. */
const MAX_INTRODUCED_BLOCKS = 3;
const MAX_INTRODUCED_LINES = 4;

/**
 * "If the server is in staging mode, password hash sync is temporarily disabled, and the following error is returned:"
 * above a screenshot, the last words of its section: what it introduced is not in the text, and the sentence states a case.
 */
const STATEMENT_WORDS = 12;
function introducesNothing(units: TextUnit[], index: number): boolean {
  const intro = units[index]!;
  // (A screenshot is a unit without text.)
  const next = units.slice(index + 1).find((u) => u.text);
  // ("Key benefits and best practices:" above a list the scrape lost is a label, not a sentence: it stays one.)
  return intro.text.endsWith(':') && intro.text.split(/\s+/).length >= STATEMENT_WORDS && (!next || next.section !== intro.section);
}

function mostlyLinks(unit: TextUnit): boolean {
  const linked = unit.links.reduce((n, l) => n + l.text.length, 0);
  return unit.kind !== 'paragraph' || unit.text.length < MIN_PASSAGE || linked * 2 >= unit.text.length;
}

/** Rows of tables that no other extractor reads (not requirements, endpoints or ports), each as "header: value; …". */
function tableRows(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const block of view.blocks) {
    if (block.node.type !== 'table') continue;
    const head = (block.node as Table).children[0];
    if (!head) continue;
    const headers = head.children.map((c) => plain(c));
    const navigation = isNavigation(block.node as Table);
    if (/requirement|prerequisite|condition|endpoint|ports?$/i.test(headers.join(' ')) || headers.some((h) => /^ports?$/i.test(h))) continue;
    const inRequirements = listsRequirements(block.section, view.doc.title);
    for (const { row, cells } of bodyRows(block.node as Table)) {
      const key = cells[0] ?? '';
      // A row that is one long cell is a note spanning the table ("For 100,000 or more objects, …").
      if (!key || (cells.slice(1).every((c) => !c) && key.length < 40)) continue;
      const text = cells.map((c, i) => (c ? `${headers[i] ?? ''}${headers[i] ? ': ' : ''}${c}` : '')).filter(Boolean).join('; ');
      // Quoted from the row's own first cell: a continued row's key is written on the row above.
      const own = row.children.map((c) => plain(c)).find(Boolean) ?? key;
      const source = sourceAt(view, { line: lineOf(row), section: block.section }, own);
      if (navigation) facts.push({ kind: 'passage', text, source, pointsTo: cells.at(-1) ?? key });
      else facts.push(inRequirements ? { kind: 'requirement', condition: text, text, source } : { kind: 'passage', text, source });
    }
  }
  return facts;
}

/** "Topic | Link" tables point elsewhere: they say where to read about a topic, and nothing of the topic itself. */
function isNavigation(table: Table): boolean {
  const rows = table.children.slice(1);
  const linkOnly = rows.filter((row) => {
    const last = row.children[row.children.length - 1];
    return last && last.children.length > 0 && last.children.every((c) => c.type === 'link' || (c.type === 'text' && c.value.trim() === ''));
  });
  return rows.length > 0 && linkOnly.length * 2 >= rows.length;
}

import type { Table } from 'mdast';
import type { FactDraft } from '../../fact.js';
import { lineOf, plain, type DocView, type TextUnit } from '../docView.js';
import { sourceAt } from '../draft.js';
import { REQUIREMENT_SECTION } from './requirements.js';

/** Shorter paragraphs ("For more information, see …") join the next one of their section. */
const MIN_PASSAGE = 80;
const MAX_PASSAGE = 1200;
const NAVIGATION_SECTION = /^(next steps?|related (articles|content|topics)|see also|additional resources|learn more)\b/i;

/**
 * The prose no structured fact holds, for questions those don't answer ("What does device
 * writeback do?"): paragraphs, bulleted list items ("ADSync service account: used to run the sync
 * service"), and the rows of tables no other extractor reads, as "header: value" lines.
 * Numbered lists are steps, alerts are notes, requirement lists and tables are requirements.
 */
export function extractPassages(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  let run: TextUnit[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.map((u) => u.text).join(' ').slice(0, MAX_PASSAGE);
    facts.push({ kind: 'passage', text, source: sourceAt(view, run[0]!, run[0]!.text) });
    run = [];
  };
  for (const unit of view.units) {
    if (!unit.text || unit.alert) continue;
    // "Next steps", "Learn more …": their link lists point elsewhere; a paragraph of prose there still says something.
    if (NAVIGATION_SECTION.test(unit.section.path.at(-1) ?? '') && mostlyLinks(unit)) continue;
    // A list item that is only a link points elsewhere; a short label ("Microsoft Entra Connect Health Agent")
    // belongs to the list's own facts; a paragraph of bare code is the command's.
    if (unit.kind === 'item' && unit.links.some((l) => l.text === unit.text.replace(/[.:]$/, ''))) continue;
    if (unit.kind === 'item' && unit.text.length < 60 && !/[.:;]/.test(unit.text)) continue;
    if (unit.codes.length && unit.codes.join(' ').length >= unit.text.length - 2) continue;
    if (unit.kind === 'item' && !unit.ordered && !unit.nested && !REQUIREMENT_SECTION.test(unit.section.path.join(' ')) && unit.text.length >= 20) {
      flush();
      facts.push({ kind: 'passage', text: unit.text.slice(0, MAX_PASSAGE), source: sourceAt(view, unit, unit.text) });
      continue;
    }
    if (unit.kind !== 'paragraph') continue;
    if (run.length && run[0]!.section !== unit.section) flush();
    run.push(unit);
    if (run.reduce((n, u) => n + u.text.length, 0) >= MIN_PASSAGE) flush();
  }
  flush();
  facts.push(...tableRows(view));
  return facts;
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
    const [head, ...rows] = (block.node as Table).children;
    if (!head) continue;
    const headers = head.children.map((c) => plain(c));
    if (isNavigation(block.node as Table)) continue;
    if (/requirement|prerequisite|condition|endpoint|ports?$/i.test(headers.join(' ')) || headers.some((h) => /^ports?$/i.test(h))) continue;
    const inRequirements = REQUIREMENT_SECTION.test(block.section.path.join(' '));
    for (const row of rows) {
      const cells = row.children.map((c) => plain(c));
      const key = cells[0] ?? '';
      // A row that is one long cell is a note spanning the table ("For 100,000 or more objects, …").
      if (!key || (cells.slice(1).every((c) => !c) && key.length < 40)) continue;
      const text = cells.map((c, i) => (c ? `${headers[i] ?? ''}${headers[i] ? ': ' : ''}${c}` : '')).filter(Boolean).join('; ');
      const source = sourceAt(view, { line: lineOf(row), section: block.section }, key);
      facts.push(inRequirements ? { kind: 'requirement', condition: text, text, source } : { kind: 'passage', text, source });
    }
  }
  return facts;
}

/** "Topic | Link" tables point elsewhere; they say nothing themselves. */
function isNavigation(table: Table): boolean {
  const rows = table.children.slice(1);
  const linkOnly = rows.filter((row) => {
    const last = row.children[row.children.length - 1];
    return last && last.children.length > 0 && last.children.every((c) => c.type === 'link' || (c.type === 'text' && c.value.trim() === ''));
  });
  return rows.length > 0 && linkOnly.length * 2 >= rows.length;
}

import type { Table } from 'mdast';
import type { FactDraft } from '../../fact.js';
import { lineOf, plain, sentences, type DocView, type SectionRef } from '../docView.js';
import { sourceAt } from '../draft.js';

const REQUIREMENT_HEADER = /requirement|prerequisite|condition/i;
/** A heading that says its section lists what is needed ("Prerequisites", "Required permissions"). */
const REQUIREMENT_HEADING = /\b(prerequisites?|requirements?|required permissions|permissions required)\b/i;
/** Sections that point elsewhere: their lists are links, not what is needed. */
export const NAVIGATION_SECTION = /^(next steps?|related (articles|content|topics)|see also|additional resources|learn more)\b/i;

/**
 * Whether a section lists what is needed: its headings say so, or the article's title does
 * ("Prerequisites for Microsoft Entra Connect": every list in it is one of prerequisites).
 */
export function listsRequirements(section: SectionRef, title: string): boolean {
  if (section.faq || NAVIGATION_SECTION.test(section.path.at(-1) ?? '')) return false;
  return REQUIREMENT_HEADING.test(section.path.join(' ')) || REQUIREMENT_HEADING.test(title);
}
const REQUIRES = /\b(requires?|(?:is|are|be) required|must have|must be (?:installed|configured|running|enabled|registered|met)|must run|need to (?:have|install)|needs to be installed)\b/i;
const HEDGED = /\b(might|may|could)\b/i;
const NEGATED = /\b(doesn't|does not|isn't|is not|aren't|not)\s+(require|required|need)/i;

/**
 * Requirements come from three shapes: rows of a requirements table (condition | explanation),
 * items of a list in a prerequisites/requirements section, and "X requires Y" sentences in prose.
 */
export function extractRequirements(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  const covered = new Set<number>();

  for (const block of view.blocks) {
    if (block.node.type !== 'table') continue;
    const table = block.node as Table;
    const [head, ...rows] = table.children;
    if (!head || !REQUIREMENT_HEADER.test(plain(head.children[0] ?? head))) continue;
    for (const row of rows) {
      const condition = plain(row.children[0] ?? row);
      const explanation = row.children.slice(1).map((c) => plain(c)).filter(Boolean).join(' ');
      if (!condition) continue;
      covered.add(lineOf(row));
      facts.push({
        kind: 'requirement', condition, ...(explanation ? { explanation } : {}),
        text: condition, source: sourceAt(view, { line: lineOf(row), section: block.section }, condition),
      });
    }
  }

  for (const unit of view.units) {
    if (covered.has(unit.line) || unit.kind === 'code' || unit.kind === 'cell') continue;
    const inRequirementSection = listsRequirements(unit.section, view.doc.title);
    // Numbered or not, the items of a prerequisites list are requirements (numbered ones are steps too), and so are
    // the items nested in them ("If you use a different installation of SQL Server, these requirements apply: …").
    if (unit.kind === 'item' && inRequirementSection && !/^(see|for more information)/i.test(unit.text)) {
      facts.push({ kind: 'requirement', condition: unit.text, text: unit.text, source: sourceAt(view, unit, unit.text) });
      continue;
    }
    if (unit.kind !== 'paragraph' && !(unit.kind === 'item' && unit.alert)) continue;
    for (const sentence of sentences(unit.text)) {
      if (!REQUIRES.test(sentence) || NEGATED.test(sentence) || HEDGED.test(sentence) || sentence.length > 300 || /\?$/.test(sentence)) continue;
      facts.push({ kind: 'requirement', condition: sentence, text: sentence, source: sourceAt(view, unit, sentence) });
    }
  }
  return facts;
}

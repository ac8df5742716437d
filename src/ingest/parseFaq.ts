import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Scalar, type YAMLMap } from 'yaml';
import GithubSlugger from 'github-slugger';
import { parseMarkdown, type ParsedText } from './parseMarkdown.js';
import { isoDate } from './isoDate.js';
import type { ParseWarning } from './sourceDoc.js';

/**
 * A Microsoft Learn FAQ file (`### YamlMime:FAQ`: `sections[].questions[].{question, answer}`)
 * → mdast: the title as h1, each section as h2, each question as an h3 marked `faqQuestion`,
 * followed by its answer parsed as Markdown. Lines stay those of the YAML file.
 */
export function parseFaq(text: string, file: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const warnings: ParseWarning[] = doc.errors.map((e) => ({
    file, line: e.linePos?.[0]?.line ?? 1, severity: 'error' as const, message: `FAQ is not valid YAML: ${e.message.split('\n')[0]}`,
  }));
  const root = doc.contents;
  const tree: Root = { type: 'root', children: [] };
  if (!isMap(root)) return { tree, meta: {}, warnings: [...warnings, { file, line: 1, severity: 'error', message: 'FAQ file has no top-level mapping' }] };

  const metadata = root.get('metadata');
  const meta = isMap(metadata) ? (metadata.toJSON() as Record<string, unknown>) : {};
  const title = scalarText(root.get('title', true)) ?? (typeof meta.title === 'string' ? meta.title : undefined);
  const lineOf = (node: YamlNode | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);

  if (title) tree.children.push(headingNode(1, title, lineOf(root.get('title', true) as YamlNode)));
  const summary = root.get('summary', true) as Scalar | undefined;
  if (summary) tree.children.push(...answerNodes(summary, lineOf, file, warnings));

  const sections = root.get('sections');
  const groups = isSeq(sections) ? sections.items : [root];
  for (const group of groups) {
    if (!isMap(group)) continue;
    const name = group.get('name', true) as Scalar | undefined;
    // Learn shows no heading for a section named "Ignored": its questions stand under the title.
    const heading = scalarText(name);
    if (name && heading && heading.toLowerCase() !== 'ignored') tree.children.push(headingNode(2, heading, lineOf(name)));
    const questions = (group as YAMLMap).get('questions');
    if (!isSeq(questions)) continue;
    for (const item of questions.items) {
      if (!isMap(item)) continue;
      const question = item.get('question', true) as Scalar | undefined;
      const answer = item.get('answer', true) as Scalar | undefined;
      const q = scalarText(question);
      if (!q || !answer) {
        warnings.push({ file, line: lineOf(item), severity: 'warning', message: 'FAQ entry without a question or an answer; skipped' });
        continue;
      }
      const heading = headingNode(3, q, contentLine(question!, lineOf));
      heading.data = { ...heading.data, faqQuestion: true };
      tree.children.push(heading, ...answerNodes(answer, lineOf, file, warnings));
    }
  }
  const slugger = new GithubSlugger();
  visit(tree, 'heading', (h: Heading) => {
    h.data = { ...h.data, slug: slugger.slug(headingText(h)), anchors: [] };
  });
  return { tree, title, date: isoDate(typeof meta['ms.date'] === 'string' ? meta['ms.date'] : undefined), meta, warnings };
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = String(node.value ?? '').replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

/** Block scalars (`|`, `>`) start on the line after their indicator. */
function contentLine(node: Scalar, lineOf: (n: YamlNode) => number): number {
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  return lineOf(node) + (block ? 1 : 0);
}

function answerNodes(node: Scalar, lineOf: (n: YamlNode) => number, file: string, warnings: ParseWarning[]): RootContent[] {
  const shift = contentLine(node, lineOf) - 1;
  const parsed = parseMarkdown(String(node.value ?? ''), file);
  visit(parsed.tree, (n) => {
    if (n.position) {
      n.position.start.line += shift;
      n.position.end.line += shift;
    }
  });
  warnings.push(...parsed.warnings.map((w) => ({ ...w, line: w.line + shift })));
  return parsed.tree.children;
}

function headingNode(depth: 1 | 2 | 3, text: string, line: number): Heading {
  const position = { start: { line, column: 1 }, end: { line, column: 1 + text.length } };
  return { type: 'heading', depth, children: [{ type: 'text', value: text, position }], position };
}

function headingText(h: Heading | Paragraph): string {
  return h.children.map((c) => ('value' in c ? c.value : '')).join('');
}

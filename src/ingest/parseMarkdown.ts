import type { Root, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkGfmTables } from './gfmTables.js';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { remarkLearnAlerts } from './learn/alerts.js';
import { remarkLearnAnchors } from './learn/anchors.js';
import { remarkLearnDirectives } from './learn/directives.js';
import { withoutIncludes } from './learn/includes.js';
import { remarkLearnCellItems } from './learn/cellItems.js';
import { isoDate } from './isoDate.js';
import { withStepContinuations } from './stepContinuations.js';
import type { ParseWarning } from './sourceDoc.js';

export interface ParsedText {
  tree: Root;
  title?: string;
  date?: string;
  meta: Record<string, unknown>;
  warnings: ParseWarning[];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmTables)
  .use(remarkLearnDirectives)
  .use(remarkLearnAlerts)
  .use(remarkLearnAnchors)
  .use(remarkLearnCellItems)
  .freeze();

/** Markdown with Learn extensions → mdast, front matter read, problems reported with their line. */
export function parseMarkdown(text: string, file: string): ParsedText {
  const { text: parsed, skipped } = withoutIncludes(text);
  const vfile = new VFile({ path: file, value: withStepContinuations(parsed) });
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  const warnings: ParseWarning[] = [
    ...skipped.map(({ line, path }) => ({ line, message: `include not resolved (not in content/): ${path}` })),
    ...vfile.messages.map((m) => ({ line: m.line ?? 1, message: m.reason })),
  ].map((w) => ({ file, ...w, severity: 'warning' as const }));

  let meta: Record<string, unknown> = {};
  const front = tree.children[0];
  if (front?.type === 'yaml') {
    meta = readFrontMatter(front, file, warnings);
    tree.children.shift();
  }
  warnings.push(...unterminatedFences(tree, text, file));

  const h1 = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const title = stringOf(meta.title) ?? (h1 ? toString(h1) : undefined);
  return { tree, title, date: isoDate(stringOf(meta['ms.date'])), meta, warnings };
}

function readFrontMatter(node: Yaml, file: string, warnings: ParseWarning[]): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(node.value);
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    if (data != null) warnings.push({ file, line: 1, severity: 'warning', message: 'front matter is not a YAML mapping; ignored' });
  } catch (error) {
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    const reason = String((error as Error).message).split('\n')[0];
    warnings.push({ file, line: 1 + yamlLine, severity: 'error', message: `front matter is not valid YAML: ${reason}` });
  }
  return {};
}

/** CommonMark lets a fence run to the end of the file; a maintainer almost never means that. */
function unterminatedFences(tree: Root, text: string, file: string): ParseWarning[] {
  const lines = text.split('\n');
  return tree.children
    .filter((n) => n.type === 'code' && n.position)
    .filter((n) => {
      const open = lines[n.position!.start.line - 1]?.trim() ?? '';
      const close = lines[n.position!.end.line - 1]?.trim() ?? '';
      const fence = /^(`{3,}|~{3,})/.exec(open)?.[1];
      return fence !== undefined && (n.position!.start.line === n.position!.end.line || !close.startsWith(fence));
    })
    .map((n) => ({ file, line: n.position!.start.line, severity: 'warning' as const, message: 'code fence is never closed: the rest of the file is read as code' }));
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

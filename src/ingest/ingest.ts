import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseMarkdown, type ParsedText } from './parseMarkdown.js';
import { parsePlainText } from './parsePlainText.js';
import { parseFaq } from './parseFaq.js';
import type { SourceDoc, SourceFormat } from './sourceDoc.js';

/** Larger files are not documentation pages; reading them would stall every start-up. */
export const MAX_DOC_BYTES = 2 * 1024 * 1024;

/**
 * One file's bytes → a `SourceDoc`. Never throws: a file that can't be used comes back with an
 * `error` warning naming the file and line, and an empty tree, so the other docs go on.
 */
export function ingest(file: string, bytes: Buffer): SourceDoc {
  const base = {
    file,
    id: docId(file),
    meta: {},
    hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
  };
  const fail = (format: SourceFormat, line: number, message: string): SourceDoc => ({
    ...base, format, title: path.basename(file), tree: { type: 'root', children: [] }, text: '',
    warnings: [{ file, line, severity: 'error', message }],
  });

  if (bytes.length > MAX_DOC_BYTES) return fail('markdown', 1, `file is ${bytes.length} bytes, over the ${MAX_DOC_BYTES}-byte limit for a document`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail('markdown', lineAt(bytes, nul), 'file is binary (contains NUL bytes), not a document');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) {
    return fail('markdown', lineAt(bytes, text.indexOf('\uFFFD')), 'file is not valid UTF-8');
  }
  const format = detectFormat(file, text);
  if (text.trim() === '') return fail(format, 1, 'file is empty');

  let parsed: ParsedText;
  try {
    parsed = format === 'faq' ? parseFaq(text, file) : format === 'text' ? parsePlainText(text) : parseMarkdown(text, file);
  } catch (error) {
    return fail(format, 1, `could not be parsed: ${(error as Error).message}`);
  }
  const warnings = [...parsed.warnings];
  if (!parsed.title) warnings.push({ file, line: 1, severity: 'warning', message: 'no title (front matter `title` or a first heading); using the file name' });
  if (parsed.tree.children.length === 0) warnings.push({ file, line: 1, severity: 'error', message: 'no content after parsing' });
  return { ...base, format, title: parsed.title ?? path.basename(file), date: parsed.date, meta: parsed.meta, tree: parsed.tree, text, warnings };
}

/**
 * By extension, then by content: a `.txt` file with front matter or Markdown headings is Markdown
 * (three of our seeds are), a YAML file is a doc only when it is a Learn FAQ.
 */
export function detectFormat(file: string, text: string): SourceFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yml' || ext === '.yaml') return 'faq';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  const head = text.slice(0, 4000);
  if (/^---\r?\n[\s\S]*?\btitle:/.test(head) || /^#{1,3} \S/m.test(head)) return 'markdown';
  return 'text';
}

function docId(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

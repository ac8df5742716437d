import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listDocFiles } from './contentFiles.js';
import { ingest } from './ingest.js';
import type { SourceDoc } from './sourceDoc.js';

/** Reads and parses every document under the content roots. */
export function readContent(roots: string[]): SourceDoc[] {
  const docs: SourceDoc[] = [];
  for (const file of listDocFiles(roots)) {
    const bytes = readFileSync(file);
    docs.push(ingest(path.relative(process.cwd(), file) || file, bytes));
  }
  return docs;
}

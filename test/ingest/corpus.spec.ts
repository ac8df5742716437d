import { describe, expect, it } from 'vitest';
import { listDocFiles } from '../../src/ingest/contentFiles.js';
import { loadKnowledgeBase } from '../../src/extract/loadKnowledgeBase.js';
import { CORPUS, hasCorpus } from '../helpers/knowledge.js';

/** The real Microsoft Learn sources in ../shared/corpus: every file ingests and yields facts. */
describe.skipIf(!hasCorpus)('the entra-docs corpus', () => {
  it('ingests every file without throwing, each yielding facts', () => {
    const files = listDocFiles([CORPUS]);
    const { knowledge } = loadKnowledgeBase([CORPUS]);
    expect(knowledge.docs).toHaveLength(files.length);
    // A page that is nothing but an [!INCLUDE] of a file outside the corpus has nothing to cite; it says so.
    const included = new Set(knowledge.warnings.filter((w) => w.message.startsWith('include not resolved')).map((w) => w.file));
    const empty = knowledge.docs.filter((d) => d.factCount === 0 && !included.has(d.file)).map((d) => d.file);
    expect(empty).toEqual([]);
    expect(knowledge.docs.filter((d) => d.factCount > 0).length).toBeGreaterThan(files.length * 0.95);
    const errors = knowledge.warnings.filter((w) => w.severity === 'error');
    expect(errors).toEqual([]);
    const warnings = knowledge.warnings.length;
    console.info(`corpus: ${knowledge.docs.length} docs, ${knowledge.facts.length} facts, ${warnings} warnings`);
  });
});

describe.skipIf(!hasCorpus)('corpus facts', () => {
  it('quote their file verbatim at their line', async () => {
    const { readFileSync } = await import('node:fs');
    const { quotedAt } = await import('../helpers/quote.js');
    const { knowledge } = loadKnowledgeBase([CORPUS]);
    const texts = new Map<string, string>();
    const wrong = knowledge.facts.filter((f) => {
      if (!texts.has(f.source.file)) texts.set(f.source.file, readFileSync(f.source.file, 'utf8'));
      return !quotedAt(texts.get(f.source.file)!, f.source.line, f.source.quote);
    });
    expect(wrong.map((f) => `${f.source.file}:${f.source.line} ${f.kind}: ${f.source.quote.slice(0, 100)}`)).toEqual([]);
  });
});

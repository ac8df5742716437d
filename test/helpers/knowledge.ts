import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Fact } from '../../src/fact.js';
import { ingest } from '../../src/ingest/ingest.js';
import { loadVocabulary } from '../../src/ingest/loadVocabulary.js';
import { extractFacts } from '../../src/extract/extractFacts.js';
import { loadKnowledgeBase } from '../../src/extract/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../../src/extract/knowledgeBase.js';

export const CONTENT = 'content';
export const CORPUS = path.resolve('..', 'shared', 'corpus', 'entra-docs');
export const hasCorpus = existsSync(CORPUS);

export const vocabulary = loadVocabulary([CONTENT]);

let cached: KnowledgeBase | undefined;
/** The knowledge base of the project's own content/, built once per test file. */
export function seedKnowledge(): KnowledgeBase {
  cached ??= loadKnowledgeBase([CONTENT]).knowledge;
  return cached;
}

/** Facts of one snippet of text, as if it were a file with that name. */
export function factsOf(text: string, file = 'snippet.md'): Fact[] {
  return extractFacts(ingest(file, Buffer.from(text)), vocabulary);
}

export function factsIn(knowledge: KnowledgeBase, file: string): Fact[] {
  return knowledge.facts.filter((f) => f.source.file.endsWith(file));
}

import { readContent } from '../ingest/readContent.js';
import { loadVocabulary } from '../ingest/loadVocabulary.js';
import type { Vocabulary } from '../ingest/vocabulary.js';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledgeBase.js';

/** Reads the content folders and runs ingest + extract: the I/O edge in front of the pure pipeline. */
export function loadKnowledgeBase(roots: string[]): { knowledge: KnowledgeBase; vocabulary: Vocabulary } {
  const vocabulary = loadVocabulary(roots);
  return { knowledge: buildKnowledgeBase(readContent(roots), vocabulary), vocabulary };
}

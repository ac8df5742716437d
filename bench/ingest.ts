import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { listDocFiles } from '../src/ingest/contentFiles.js';
import { ingest } from '../src/ingest/ingest.js';
import { loadVocabulary } from '../src/ingest/loadVocabulary.js';
import { buildKnowledgeBase } from '../src/extract/knowledgeBase.js';
import { CORPUS, hasCorpus, median, row, time } from './support.js';

/** Ingest + extract time for a set of docs, next to a bare remark parse of the same files. */
export function benchIngest(label: string, roots: string[], rounds: number, warmup: number): void {
  const files = listDocFiles(roots).map((file) => ({ file, bytes: readFileSync(file) }));
  const vocabulary = loadVocabulary(['content']);
  let facts = 0;
  const parser = unified().use(remarkParse);
  // Alternate the two so both see the same machine state; compare medians.
  const pipelineTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    pipelineTimes.push(...time(() => {
      facts = buildKnowledgeBase(files.map((f) => ingest(f.file, f.bytes)), vocabulary).facts.length;
    }, 1, i === 0 ? warmup : 0));
    bareTimes.push(...time(() => {
      for (const f of files) parser.parse(f.bytes.toString('utf8'));
    }, 1, i === 0 ? warmup : 0));
  }
  const pipeline = median(pipelineTimes);
  const bare = median(bareTimes);
  console.log(`ingest + extract: ${label} (${files.length} docs, ${facts} facts)`);
  row(`ingest + extract (median of ${rounds})`, `${pipeline.toFixed(1)} ms`);
  row('throughput', `${(files.length / (pipeline / 1000)).toFixed(0)} docs/s, ${(facts / (pipeline / 1000)).toFixed(0)} facts/s`);
  row('bare remark parse of the same files', `${bare.toFixed(1)} ms`);
  row('ratio (target ≤ 2×)', `${(pipeline / bare).toFixed(2)}×`);
}

export function run(): void {
  benchIngest('content/', ['content'], 21, 5);
  if (hasCorpus) benchIngest('content/ + corpus', ['content', CORPUS], 7, 2);
  else console.log('  (corpus not found beside the project: skipped)');
}

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { answer } from '../src/answer/answer.js';
import { buildFactIndex, loadFactIndex, serializeFactIndex } from '../src/search/factIndex.js';
import { buildSearchable, type Searchable } from '../src/search/loadSearchable.js';
import { CORPUS, hasCorpus, median, percentile, row, time } from './support.js';

const EVAL = path.join('test', 'answer', 'eval');

function questions(): string[] {
  const sets = ['seeds.yml', ...(hasCorpus ? ['corpus.yml'] : [])];
  return sets.flatMap((f) => (parse(readFileSync(path.join(EVAL, f), 'utf8')) as { q: string }[]).map((q) => q.q));
}

async function benchContent(label: string, roots: string[]): Promise<void> {
  const searchable: Searchable = await buildSearchable(roots);
  const facts = searchable.knowledge.facts;
  const build = median(time(() => buildFactIndex(facts, searchable.vocabulary), 3));
  const json = JSON.stringify(serializeFactIndex(searchable.index));
  const load = median(time(() => loadFactIndex(JSON.parse(json)), 3));
  const qs = questions();
  // Each question asked for the first time, in turn: V8 not yet warm, and each term's results read the first time a question searches it.
  const first = qs.map((q) => time(() => answer(q, searchable), 1, 0)[0]!);
  const { latencies, medians } = measureAnswers(qs, searchable);
  // V8 keeps optimising the engine's functions for thousands of answers after start-up; until it
  // is done, one run in twenty is several times slower. A long-running bot answers at this pace.
  for (let pass = 0; pass < STEADY_AFTER; pass++) for (const q of qs) answer(q, searchable);
  const steady = measureAnswers(qs, searchable);
  console.log(`answer engine: ${label} (${facts.length} facts, ${qs.length} questions × 5)`);
  row('index build', `${build.toFixed(1)} ms`);
  row('index load (JSON.parse + loadJS)', `${load.toFixed(1)} ms (${(json.length / 1024).toFixed(0)} KiB)`);
  row('answer latency p50 / p99 (first time asked)', `${percentile(first, 50).toFixed(2)} ms / ${percentile(first, 99).toFixed(2)} ms`);
  row('answer latency p50 / p99 (all runs)', `${percentile(latencies, 50).toFixed(2)} ms / ${percentile(latencies, 99).toFixed(2)} ms`);
  row('answer latency p99 / max (per-question medians)', `${percentile(medians, 99).toFixed(2)} ms / ${Math.max(...medians).toFixed(2)} ms`);
  row(`answer latency p50 / p99 (after ${STEADY_AFTER} passes)`, `${percentile(steady.latencies, 50).toFixed(2)} ms / ${percentile(steady.latencies, 99).toFixed(2)} ms`);
  row('process RSS with this index loaded', `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
}

/** Passes over the questions before latency is measured again, at steady state. */
const STEADY_AFTER = 20;

/** Every question five times: all the latencies, and each question's median. */
function measureAnswers(qs: string[], searchable: Searchable): { latencies: number[]; medians: number[] } {
  const latencies: number[] = [];
  const perQuestion = qs.map((): number[] => []);
  for (let round = 0; round < 5; round++) {
    qs.forEach((q, i) => {
      const start = performance.now();
      answer(q, searchable);
      const took = performance.now() - start;
      latencies.push(took);
      perQuestion[i]!.push(took);
    });
  }
  // The median of each question's runs shows what the engine itself costs, apart from the stalls.
  return { latencies, medians: perQuestion.map(median) };
}

/** Whole-process cold start of `kb ask` (warm index on disk) next to `node -e 0`. */
function benchColdStart(): void {
  const run = (args: string[]) => {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    return performance.now() - start;
  };
  execFileSync(process.execPath, ['dist/cli.js', 'index'], { stdio: 'ignore' });
  const node = median(Array.from({ length: 7 }, () => run(['-e', '0'])));
  const ask = median(Array.from({ length: 7 }, () => run(['dist/cli.js', 'ask', 'which ports does the health agent need?'])));
  console.log('kb ask cold start (content/, index cached by npm run build)');
  row('node -e 0 (median of 7)', `${node.toFixed(0)} ms`);
  row('kb ask (median of 7)', `${ask.toFixed(0)} ms`);
  row('ratio (target ≤ 3×)', `${(ask / node).toFixed(2)}×`);
}

export async function run(): Promise<void> {
  await benchContent('content/', ['content']);
  if (hasCorpus) await benchContent('content/ + corpus', ['content', CORPUS]);
  benchColdStart();
}

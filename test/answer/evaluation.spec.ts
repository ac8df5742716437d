import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { accuracy, evaluate, readEvalSet, report } from '../helpers/evaluate.js';
import { CORPUS, hasCorpus } from '../helpers/knowledge.js';

const evalDir = path.join(import.meta.dirname, 'eval');

describe('evaluation on the seed docs', () => {
  const questions = readEvalSet(path.join(evalDir, 'seeds.yml'));
  let searchable: Searchable;
  beforeAll(async () => {
    searchable = await buildSearchable(['content']);
  });

  it('has a realistic mix: ≥80 questions, a third paraphrased, a tenth typos, a tenth out of scope', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.style === 'paraphrase').length).toBeGreaterThanOrEqual(questions.length / 3);
    expect(questions.filter((q) => q.style === 'typo').length).toBeGreaterThanOrEqual(questions.length / 10);
    expect(questions.filter((q) => q.abstain).length).toBeGreaterThanOrEqual(questions.length / 10);
  });

  it('answers at least 90% correctly, with the right citation, and abstains on every out-of-scope question', () => {
    const results = evaluate(questions, searchable);
    console.info(report('seed evaluation', results));
    expect(results.filter((r) => r.question.abstain && r.answer.answered).map((r) => r.question.q)).toEqual([]);
    expect(accuracy(results)).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!hasCorpus)('evaluation with the corpus added', () => {
  const questions = hasCorpus ? readEvalSet(path.join(evalDir, 'corpus.yml')) : [];
  let searchable: Searchable;
  beforeAll(async () => {
    searchable = await buildSearchable(['content', CORPUS]);
  }, 120_000);

  it('has at least 40 questions over corpus articles', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
  });

  it('answers at least 90% correctly with the corpus loaded', () => {
    const results = evaluate(questions, searchable);
    console.info(report('corpus evaluation', results));
    expect(accuracy(results)).toBeGreaterThanOrEqual(0.9);
  });

  it('still answers the seed questions at least 90% correctly with the corpus loaded', () => {
    const seeds = readEvalSet(path.join(evalDir, 'seeds.yml'));
    const results = evaluate(seeds, searchable);
    console.info(report('seed evaluation, corpus loaded', results));
    expect(accuracy(results)).toBeGreaterThanOrEqual(0.85);
  });
});

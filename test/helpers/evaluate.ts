import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { answer } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/answerTypes.js';
import type { Fact } from '../../src/fact.js';
import type { Searchable } from '../../src/search/loadSearchable.js';
import { matches, type FactPattern } from './matchFacts.js';

export interface EvalQuestion {
  q: string;
  style: 'direct' | 'paraphrase' | 'typo' | 'abstain';
  expect?: Partial<FactPattern> | Partial<FactPattern>[];
  in?: string;
  /** The expected fact must be the answer's lead, not one of the facts supporting it. */
  lead?: boolean;
  abstain?: boolean;
}

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  correct: boolean;
}

export function readEvalSet(file: string): EvalQuestion[] {
  const questions = parse(readFileSync(file, 'utf8')) as EvalQuestion[];
  // YAML reads `text: 25` as a number, which no fact's text ever equals: a question that could never pass.
  for (const q of questions) {
    // `{ q: the password changed mid-install, now what, … }` asks "the password changed mid-install": a comma ends an unquoted question.
    const cut = Object.keys(q).filter((key) => (q as unknown as Record<string, unknown>)[key] === null);
    if (cut.length) throw new Error(`${file}: "${q.q}" goes on as "${cut.join('", "')}" with no value — quote a question holding a comma`);
    for (const p of [q.expect ?? []].flat()) {
      if ('text' in p && typeof p.text !== 'string') throw new Error(`${file}: "${q.q}" expects a text that is not a string`);
      // `{ text: sign out, and then sign in again }` is a text "sign out" and a key with no value: a comma ends an unquoted text.
      const empty = Object.keys(p).filter((key) => p[key] === null);
      if (empty.length) throw new Error(`${file}: "${q.q}" expects "${empty.join('", "')}" with no value — quote a text holding a comma`);
    }
  }
  return questions;
}

/**
 * Right when it abstains on what the docs don't answer, and otherwise cites an expected fact from
 * the expected file — or from a newer version of that article, when one is loaded.
 */
export function judge(question: EvalQuestion, result: Answer, newerOf: (file: string) => string[] = () => []): boolean {
  if (question.abstain) return !result.answered;
  if (!result.answered) return false;
  const patterns = Array.isArray(question.expect) ? question.expect : [question.expect ?? {}];
  const fits = (f: Fact) => !question.in || f.source.file.endsWith(question.in) || newerOf(question.in).some((n) => f.source.file === n);
  const facts = question.lead ? result.facts.slice(0, 1) : result.facts;
  return facts.some((f) => fits(f) && patterns.some((p) => matches(f, p as FactPattern)));
}

/**
 * With `anyFile`, the expected fact may come from any document: with the corpus loaded, several
 * articles state the same fact (the ports reference, a FAQ), and any of them is a right answer.
 */
export function evaluate(questions: EvalQuestion[], searchable: Searchable, options: { anyFile?: boolean } = {}): EvalResult[] {
  const docs = searchable.knowledge.docs;
  const newerOf = (file: string) => docs.filter((d) => d.file.endsWith(file) && d.supersededBy).map((d) => d.supersededBy!);
  return questions.map((question) => {
    const result = answer(question.q, searchable);
    const asked = options.anyFile ? { ...question, in: undefined } : question;
    return { question, answer: result, correct: judge(asked, result, newerOf) };
  });
}

/** A readable report: accuracy by style, then every miss with what was answered instead. */
export function report(name: string, results: EvalResult[]): string {
  const styles = ['direct', 'paraphrase', 'typo', 'abstain'] as const;
  const lines = [`${name}: ${results.filter((r) => r.correct).length}/${results.length} correct (${(100 * accuracy(results)).toFixed(1)}%)`];
  for (const style of styles) {
    const of = results.filter((r) => r.question.style === style);
    if (of.length) lines.push(`  ${style}: ${of.filter((r) => r.correct).length}/${of.length}`);
  }
  for (const r of results.filter((x) => !x.correct)) {
    const got = r.answer.answered ? `${r.answer.facts[0]?.kind}: ${r.answer.lead.slice(0, 90)} (${r.answer.facts[0]?.source.file.split('/').pop()})` : 'abstained';
    lines.push(`  ✗ ${r.question.q}  →  ${got} [conf ${r.answer.confidence}]`);
  }
  return lines.join('\n');
}

export function accuracy(results: EvalResult[]): number {
  return results.filter((r) => r.correct).length / results.length;
}

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { readEvalSet } from '../helpers/evaluate.js';

/**
 * How helpdesk chat wraps a question: greetings and mentions before it, thanks and reasons after it,
 * asking before it, shouting. None of it changes what is asked.
 */
const WRAPPINGS: ((q: string) => string)[] = [
  (q) => `hi all, ${q}`, (q) => `hey @kb ${q}`, (q) => `quick question - ${q}`, (q) => `good morning! ${q}`, (q) => `Team - ${q}`,
  (q) => `question: ${q}`, (q) => `${q} thx`, (q) => `${q} Thanks!`, (q) => `${q}??`, (q) => `${bare(q)} :)`, (q) => `${bare(q)}, please`,
  (q) => `${bare(q)} - need it for a change request`, (q) => `${bare(q)}? (asking for a runbook)`, (q) => `${bare(q)}, asking for a customer`,
  (q) => `does anyone know ${bare(q)}`, (q) => `can someone tell me ${bare(q)}`, (q) => `can you explain ${bare(q)}`, (q) => `I need to know ${bare(q)}`,
  (q) => `according to the docs, ${q}`, (q) => `Hello, ${bare(q)}? Thank you.`, (q) => q.toUpperCase(), (q) => q.toLowerCase(),
];
const bare = (q: string) => q.replace(/\?$/, '');

/** The share of questions with a slip that may be read otherwise: a slip can make another word of the docs ("roles" → "roes"). */
const MAY_SLIP = 0.03;

/** The share of wrapped questions that may be read otherwise: a few, whose wrapping moves what ends them ("… cmdlet for? thx"). */
const MAY_CHANGE = 0.01;

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable(['content']);
});

describe('a question wrapped in chat', () => {
  it('is answered with the same lead as the question alone (the direct seed questions answered)', () => {
    const questions = readEvalSet(path.join(import.meta.dirname, 'eval', 'seeds.yml')).filter((q) => !q.abstain && q.style === 'direct');
    const changed: string[] = [];
    let asked = 0;
    for (const { q } of questions) {
      const alone = answer(q, searchable);
      if (!alone.answered) continue;
      for (const wrap of WRAPPINGS) {
        asked++;
        const wrapped = answer(wrap(q), searchable);
        if (!wrapped.answered || wrapped.facts[0]?.text !== alone.facts[0]?.text) changed.push(wrap(q));
      }
    }
    expect(asked).toBeGreaterThan(3000);
    expect(changed.length / asked, changed.join('\n')).toBeLessThanOrEqual(MAY_CHANGE);
  });

  it('still abstains when the question alone does (the seed and fresh out-of-scope questions)', () => {
    const questions = ['seeds.yml', 'fresh-seeds.yml'].flatMap((f) => readEvalSet(path.join(import.meta.dirname, 'eval', f))).filter((q) => q.abstain);
    const answered: string[] = [];
    let asked = 0;
    for (const { q } of questions) {
      if (answer(q, searchable).answered) continue;
      for (const wrap of WRAPPINGS) {
        asked++;
        if (answer(wrap(q), searchable).answered) answered.push(wrap(q));
      }
    }
    expect(asked).toBeGreaterThan(5000);
    expect(answered.length / asked, answered.join('\n')).toBeLessThanOrEqual(MAY_CHANGE / 10);
  });

  it('keeps its lead with a slip in one of its words (a letter dropped, doubled or two swapped), but for a few', () => {
    const questions = readEvalSet(path.join(import.meta.dirname, 'eval', 'seeds.yml')).filter((q) => !q.abstain && q.style === 'direct');
    const slips = [(w: string) => w.slice(0, 2) + w.slice(3), (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4), (w: string) => w.slice(0, 3) + w.slice(2)];
    const changed: string[] = [];
    let asked = 0;
    for (const { q } of questions) {
      const alone = answer(q, searchable);
      if (!alone.answered) continue;
      const words = q.split(' ');
      words.forEach((word, i) => {
        if (!/^[a-z]{5,}$/i.test(word)) return;
        for (const slip of slips) {
          const slipped = [...words.slice(0, i), slip(word), ...words.slice(i + 1)].join(' ');
          asked++;
          const a = answer(slipped, searchable);
          if (!a.answered || a.facts[0]?.text !== alone.facts[0]?.text) changed.push(slipped);
        }
      });
    }
    expect(asked).toBeGreaterThan(1500);
    expect(changed.length / asked, changed.join('\n')).toBeLessThanOrEqual(MAY_SLIP);
  });
});

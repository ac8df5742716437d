import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/fact.js';
import { oncePer } from '../../src/answer/oncePer.js';

const passage = (text: string): Fact => ({ id: `doc#passage:${text}`, kind: 'passage', text, source: { file: 'doc.md', title: 'Doc', section: 'S', anchor: 's', line: 1, quote: text } });

describe('a pure function of an object (a fact), worked out once per object', () => {
  it('reads each fact once, however often it is asked — a fact whose answer is nothing too', () => {
    const read: string[] = [];
    const lower = oncePer((fact: Fact) => (read.push(fact.text), fact.text === 'None' ? undefined : fact.text.toLowerCase()));
    const [a, none] = [passage('Allow port 443'), passage('None')];
    expect([lower(a), lower(none), lower(a), lower(none)]).toEqual(['allow port 443', undefined, 'allow port 443', undefined]);
    expect(read).toEqual(['Allow port 443', 'None']);
  });

  it('tells two facts saying the same apart: what is remembered is the fact, not its words', () => {
    const read: string[] = [];
    const length = oncePer((fact: Fact) => (read.push(fact.id), fact.text.length));
    length(passage('same'));
    length(passage('same'));
    expect(read).toHaveLength(2);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factsOf } from '../helpers/knowledge.js';
import { missing, present, type FactPattern } from '../helpers/matchFacts.js';
import { quotedAt } from '../helpers/quote.js';

/**
 * Each folder under fixtures/ is a case: an `input.*` doc snippet beside `expected.yml`, which
 * lists the facts it must yield (`facts:`) and must not (`absent:`). See fixtures/README.md.
 */
const root = path.join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('extraction fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(5));

  for (const name of cases) {
    const dir = path.join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const expected = parse(readFileSync(path.join(dir, 'expected.yml'), 'utf8')) as { description?: string; facts?: FactPattern[]; absent?: FactPattern[] };

    it(`${name}: ${expected.description ?? ''}`, () => {
      const text = readFileSync(path.join(dir, input), 'utf8');
      const facts = factsOf(text, input);
      expect(missing(facts, expected.facts ?? []), 'expected facts not extracted').toEqual([]);
      expect(present(facts, expected.absent ?? []), 'facts extracted that must not be').toEqual([]);
      const unquoted = facts.filter((f) => !quotedAt(text, f.source.line, f.source.quote));
      expect(unquoted.map((f) => `${f.kind}@${f.source.line}: ${f.source.quote}`), 'quotes not found at their line').toEqual([]);
    });
  }
});

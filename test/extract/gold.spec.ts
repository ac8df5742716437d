import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factsIn, seedKnowledge } from '../helpers/knowledge.js';
import { missing, type FactPattern } from '../helpers/matchFacts.js';

/** Everything the gold list says a careful reader finds in each seed doc is extracted. */
const gold = parse(readFileSync(path.join(import.meta.dirname, 'gold', 'seeds.yml'), 'utf8')) as Record<string, FactPattern[]>;

describe('the gold list of seed facts', () => {
  for (const [file, patterns] of Object.entries(gold)) {
    it(`extracts all ${patterns.length} gold facts from ${file}`, () => {
      expect(missing(factsIn(seedKnowledge(), file), patterns)).toEqual([]);
    });
  }
});

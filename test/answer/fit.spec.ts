import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/fact.js';
import { fitOf } from '../../src/answer/fit.js';
import { understand } from '../../src/answer/understand.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { CONTENT } from '../helpers/knowledge.js';

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable([CONTENT]);
});

const fit = (question: string, fact: Fact) => fitOf(fact, understand(question, searchable.index, searchable.vocabulary), 0, 1, searchable.index.common);
const stagingMode = () => searchable.index.facts.find((f) => f.kind === 'parameter' && f.name === 'StagingMode')!;

describe('how a parameter fits a question', () => {
  // A parameter is one word of a command: it answers for values and switches, not for whatever shares its command's name.
  const passage = () => searchable.index.facts.find((f) => f.kind === 'passage')!;

  it('fits a question asking for no value or switch no better than a passage', () => {
    expect(fit('what happens when the agent registers in staging mode', stagingMode())).toBeLessThanOrEqual(fit('what happens when the agent registers in staging mode', passage()));
  });

  it('fits one asking for a switch better than a passage', () => {
    expect(fit('which switch registers the agent in staging mode', stagingMode())).toBeGreaterThan(fit('which switch registers the agent in staging mode', passage()));
  });
});

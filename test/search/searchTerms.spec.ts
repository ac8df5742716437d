import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_BOOSTS } from '../../src/search/factIndex.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { searchTerms } from '../../src/search/searchTerms.js';
import { terms } from '../../src/search/tokenize.js';

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable(['content']);
});

/** MiniSearch's own OR search of the same terms, as the answer engine ran it before. */
function miniSearch(query: string[], boostOf: (term: string) => number) {
  return searchable.index.search
    .search(query.join(' '), { boost: FIELD_BOOSTS, boostTerm: boostOf, tokenize: (text) => text.split(' '), processTerm: (term) => term })
    .map((r) => ({ id: r.id as number, score: r.score, match: r.match }));
}

/** The same, with the fields each term stands in named by the term, as MiniSearch gives them. */
function searched(query: string[], boostOf: (term: string) => number) {
  const named = (bits: number) => searchable.index.fieldNames.filter((_, bit) => bits & (1 << bit));
  return searchTerms(searchable.index, query, boostOf).map((r) => ({
    id: r.id,
    score: r.score,
    match: Object.fromEntries(query.flatMap((term, slot) => (r.fields[slot] ? [[term, named(r.fields[slot])]] : []))),
  }));
}

describe('searching a question’s terms', () => {
  const questions = [
    'which ports does the health agent need through the proxy',
    'install the cloud provisioning agent on server core for azure government',
    'Register-MicrosoftEntraConnectHealthAgent parameters and gMSA zzzunheard',
  ];
  // The weights the engine boosts terms by: the question's own words, a synonym, a related word.
  const boostOf = (term: string) => [1, 0.6, 0.35][term.length % 3]!;

  it.each(questions)('finds what MiniSearch finds, scored and ordered to the last bit: %s', (question) => {
    const query = [...new Set(terms(question))];
    const expected = miniSearch(query, boostOf);
    expect(expected.length).toBeGreaterThan(10);
    expect(searched(query, boostOf)).toEqual(expected);
  });

  it('answers the same when a term is searched again, at the same or another boost', () => {
    const query = [...new Set(terms(questions[0]!))];
    const first = searched(query, boostOf);
    searched(query, () => 0.35);
    expect(searched(query, boostOf)).toEqual(first);
    expect(searched(query, () => 0.35)).toEqual(miniSearch(query, () => 0.35));
  });
});

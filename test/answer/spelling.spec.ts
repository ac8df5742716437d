import { beforeAll, describe, expect, it } from 'vitest';
import { closestWord, editDistance, isSwap, unabbreviated } from '../../src/answer/spelling.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable(['content']);
});

describe('spelling', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('waht', 'what')).toBe(1);
    expect(isSwap('waht', 'what')).toBe(true);
    expect(isSwap('zone', 'note')).toBe(false);
  });

  it('finds the word the docs use, one edit away, two for long words', () => {
    expect(closestWord('helth', searchable.index)).toBe('health');
    expect(closestWord('provisionig', searchable.index)).toBe('provisioning');
  });

  it('finds a word whose letters were swapped apart, two edits even in a short word ("lisence")', () => {
    expect(closestWord('lisence', searchable.index)).toBe('license');
  });

  it('finds a long name asked without its short prefix ("connectprovisioningagent" for AADConnectProvisioningAgent)', () => {
    expect(closestWord('connectprovisioningagent', searchable.index)).toBe('aadconnectprovisioningagent');
    expect(closestWord('refundable', searchable.index)).toBeUndefined();
  });

  it('finds a long name cut short, as chat cuts it ("aadconnectprov" for AADConnectProvisioningAgent)', () => {
    expect(closestWord('aadconnectprov', searchable.index)).toMatch(/^aadconnectprovisioningagent/);
    expect(closestWord('refundable', searchable.index)).toBeUndefined();
  });

  it('finds a plural of a word cut short ("attribs" for attributes)', () => {
    expect(closestWord('attribs', searchable.index)).toMatch(/^attribute/);
    expect(closestWord('bananas', searchable.index)).toBeUndefined();
  });

  it('leaves a short word that is one letter off another alone: it is a word of its own', () => {
    expect(closestWord('zone', searchable.index)).toBeUndefined();
  });

  it('reads a short word misspelt past its start, or with its first letters swapped, but not one differing at its start', () => {
    expect(closestWord('agnet', searchable.index)).toBe('agent');
    expect(closestWord('prots', searchable.index)).toBe('ports');
    expect(closestWord('extra', searchable.index)).toBeUndefined();
  });

  it('reads a letter for another as a slip to a neighbouring key or a sound spelt two ways, any other as a word of its own', () => {
    expect(closestWord('agebt', searchable.index)).toBe('agent');
    expect(closestWord('clowd', searchable.index)).toBe('cloud');
    expect(closestWord('charge', searchable.index)).toBeUndefined();
  });
});

describe('a word written without its vowels', () => {
  it('is the doc word it abbreviates ("hlth", "agnt", "cld")', () => {
    expect(unabbreviated('hlth', searchable.index)).toBe('health');
    expect(unabbreviated('agnt', searchable.index)).toBe('agent');
    expect(unabbreviated('cld', searchable.index)).toBe('cloud');
  });

  it('is the doc word with the same consonants when only some vowels were dropped, two at least ("outbnd")', () => {
    expect(unabbreviated('outbnd', searchable.index)).toBe('outbound');
  });

  it('is left alone when it may be an acronym of its own, or is a vowel away from another word', () => {
    expect(unabbreviated('rdp', searchable.index)).toBeUndefined();
    expect(unabbreviated('lunch', searchable.index)).toBeUndefined();
    expect(unabbreviated('expres', searchable.index)).toBeUndefined();
  });
});

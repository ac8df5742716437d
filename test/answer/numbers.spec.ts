import { describe, expect, it } from 'vitest';
import { countsAskedThing, countsIn, holdsCountIn, rangesIn } from '../../src/answer/numbers.js';

describe('counts in a question', () => {
  it('reads digits, thousands separators and "k"', () => {
    expect(countsIn('disk space for 200000 objects')).toEqual([200000]);
    expect(countsIn('memory for 200,000 objects')).toEqual([200000]);
    expect(countsIn('sizing for 250k users')).toEqual([250000]);
  });

  it('leaves versions and single digits alone', () => {
    expect(countsIn('is 2.4.131.0 supported on 2 servers')).toEqual([]);
  });
});

describe('ranges in a fact', () => {
  it('reads spans, open ends and "or more"', () => {
    expect(rangesIn('Number of objects: 100,000–300,000; Memory: 32 GB')).toEqual([[100000, 300000]]);
    expect(rangesIn('Fewer than 10,000')).toEqual([[0, 9999]]);
    expect(rangesIn('More than 600,000')).toEqual([[600001, Infinity]]);
    expect(rangesIn('For 100,000 or more objects, the full version of SQL Server is required')).toEqual([[100000, Infinity]]);
  });

  it('tells which fact holds the asked count', () => {
    expect(holdsCountIn('Number of objects: 100,000–300,000; Hard drive size: 300 GB', [200000])).toBe(true);
    expect(holdsCountIn('Number of objects: 50,000–100,000; Hard drive size: 100 GB', [200000])).toBe(false);
    expect(holdsCountIn('Number of objects: 50,000–100,000', [])).toBe(false);
  });
});

describe('a number of the thing asked', () => {
  it('is a number right before one of the question\'s words, not any number', () => {
    expect(countsAskedThing('we recommend a minimum of 3 Authentication Agents', ['agent'])).toBe(true);
    expect(countsAskedThing('servers running Windows Server 2016 for the agents', ['agent'])).toBe(false);
  });

  it('counts the thing after the number, not a word linking it to another ("500 deletes per run" counts no "per")', () => {
    expect(countsAskedThing('By default it allows 500 deletes per run.', ['health', 'agent', 'per', 'server'])).toBe(false);
    expect(countsAskedThing('By default it allows 500 deletes per run.', ['delet'])).toBe(true);
  });
});

describe('a count of the thing asked about', () => {
  it('is said in digits or in words ("four performance counters")', () => {
    expect(countsAskedThing('By default, we have preselected four performance counters.', ['perform', 'counter'])).toBe(true);
    expect(countsAskedThing('A minimum of 3 Authentication Agents.', ['agent'])).toBe(true);
    expect(countsAskedThing('Four servers show the counters.', ['counter'])).toBe(false);
  });
});

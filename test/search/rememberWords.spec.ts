import { describe, expect, it } from 'vitest';
import { rememberWords } from '../../src/search/rememberWords.js';

describe('a pure function of a word, remembered', () => {
  it('works a word out once, however often it is asked — a word with no answer too', () => {
    const asked: string[] = [];
    const closest = rememberWords((word) => {
      asked.push(word);
      return word === 'helth' ? 'health' : undefined;
    });
    expect([closest('helth'), closest('zzz'), closest('helth'), closest('zzz')]).toEqual(['health', undefined, 'health', undefined]);
    expect(asked).toEqual(['helth', 'zzz']);
  });

  it('starts over past its limit, so it never grows without end', () => {
    const asked: string[] = [];
    const upper = rememberWords((word) => (asked.push(word), word.toUpperCase()), 2);
    for (const word of ['a', 'b', 'c', 'a']) upper(word);
    // "c" found the memo full and cleared it: "a" is worked out again.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});

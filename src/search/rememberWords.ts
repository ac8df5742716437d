/** Words remembered at most, per memo: a bot reads a few thousand distinct words a day. */
export const WORDS_REMEMBERED = 20_000;

/**
 * A pure function of a word, remembered: a question's words are read again and again, and the same words
 * come back question after question. Past `limit` words the memo starts over, so it never grows without end.
 */
export function rememberWords<V>(of: (word: string) => V, limit = WORDS_REMEMBERED): (word: string) => V {
  const known = new Map<string, V>();
  return (word) => {
    const value = known.get(word);
    if (value !== undefined || known.has(word)) return value as V;
    if (known.size >= limit) known.clear();
    const found = of(word);
    known.set(word, found);
    return found;
  };
}

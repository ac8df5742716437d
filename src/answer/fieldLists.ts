import type { FactIndex } from '../search/factIndex.js';

const fieldListsCache = new WeakMap<FactIndex, string[][]>();

/** Each combination of field bits as the list of field names it stands for: a lookup, not a filter per hit. */
export function fieldListsByBits(index: FactIndex): string[][] {
  let lists = fieldListsCache.get(index);
  if (!lists) {
    const names = index.fieldNames;
    lists = Array.from({ length: 1 << names.length }, (_, bits) => names.filter((_, bit) => bits & (1 << bit)));
    fieldListsCache.set(index, lists);
  }
  return lists;
}

import type { FactIndex } from '../search/factIndex.js';
import { oncePer } from './oncePer.js';

/** Each combination of field bits as the list of field names it stands for: a lookup, not a filter per hit. */
export const fieldListsByBits = oncePer((index: FactIndex): string[][] => {
  const names = index.fieldNames;
  return Array.from({ length: 1 << names.length }, (_, bits) => names.filter((_, bit) => bits & (1 << bit)));
});

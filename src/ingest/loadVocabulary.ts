import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { VOCABULARY_FILE } from './contentFiles.js';
import type { AliasGroup, Vocabulary } from './vocabulary.js';

/** A vocabulary with nothing in it, fresh each time: merging fills it. */
function emptyVocabulary(): Vocabulary {
  return { aliases: [], synonyms: {}, components: [], partOf: {}, exampleDomains: [] };
}

export const EMPTY_VOCABULARY: Vocabulary = emptyVocabulary();

/**
 * Reads `vocabulary.yml` from each content root (missing files are fine) and merges them.
 * A malformed file is an error naming the file: the bot must not run on half its vocabulary.
 */
export function loadVocabulary(roots: string[]): Vocabulary {
  const merged = emptyVocabulary();
  const definedIn = new Map<string, string>();
  for (const root of roots) {
    const file = path.join(root, VOCABULARY_FILE);
    if (!existsSync(file)) continue;
    const vocabulary = parseVocabulary(readFileSync(file, 'utf8'), file);
    merged.aliases.push(...vocabulary.aliases);
    merged.components.push(...vocabulary.components.filter((c) => !merged.components.includes(c)));
    merged.exampleDomains.push(...vocabulary.exampleDomains.filter((d) => !merged.exampleDomains.includes(d)));
    Object.assign(merged.partOf, vocabulary.partOf);
    for (const part of Object.keys(vocabulary.partOf)) definedIn.set(part, file);
    for (const [word, more] of Object.entries(vocabulary.synonyms)) {
      merged.synonyms[word] = [...(merged.synonyms[word] ?? []), ...more];
    }
  }
  // A misspelt `partOf` would silently cut a product off from its parts' docs.
  for (const [part, whole] of Object.entries(merged.partOf)) {
    if (!merged.components.includes(whole)) throw new Error(`${definedIn.get(part)}: "${part}" is partOf "${whole}", which is not one of the components`);
  }
  return merged;
}

export function parseVocabulary(text: string, file: string): Vocabulary {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const record = (data ?? {}) as { aliases?: unknown; synonyms?: unknown; components?: unknown; exampleDomains?: unknown };
  const aliases = Array.isArray(record.aliases) ? record.aliases : [];
  const groups = aliases.map((entry, i): AliasGroup => {
    const names = Array.isArray(entry) ? entry : (entry as { names?: unknown })?.names;
    if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string')) {
      throw new Error(`${file}: aliases[${i}] needs \`names\`: a list of two or more names`);
    }
    const old = Array.isArray(entry) ? [] : ((entry as { old?: unknown }).old ?? []);
    return { names: names as string[], old: Array.isArray(old) ? old.map(String) : [] };
  });
  const synonyms: Record<string, string[]> = {};
  if (record.synonyms && typeof record.synonyms === 'object') {
    for (const [word, more] of Object.entries(record.synonyms as Record<string, unknown>)) {
      if (!Array.isArray(more)) throw new Error(`${file}: synonyms.${word} must be a list of words`);
      synonyms[word.toLowerCase()] = more.map(String);
    }
  }
  if (record.components !== undefined && !Array.isArray(record.components)) throw new Error(`${file}: components must be a list of names`);
  // A component is a name, or `{ name, partOf }` for a part of a larger product.
  const components: string[] = [];
  const partOf: Record<string, string> = {};
  ((record.components as unknown[] | undefined) ?? []).forEach((entry, i) => {
    if (typeof entry === 'string') return components.push(entry);
    const { name, partOf: whole } = (entry ?? {}) as { name?: unknown; partOf?: unknown };
    if (typeof name !== 'string' || (whole !== undefined && typeof whole !== 'string')) {
      throw new Error(`${file}: components[${i}] must be a name or { name, partOf }`);
    }
    components.push(name);
    if (whole) partOf[name] = whole;
  });
  const examples = record.exampleDomains ?? [];
  if (!Array.isArray(examples) || !examples.every((d) => typeof d === 'string')) throw new Error(`${file}: exampleDomains must be a list of domain names`);
  return { aliases: groups, synonyms, components, partOf, exampleDomains: examples.map((d) => d.toLowerCase()) };
}


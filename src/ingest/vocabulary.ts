import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One group of names for the same thing; `names[0]` is the current name. */
export interface AliasGroup {
  names: string[];
  /** Names in the group that are outdated product names. */
  old: string[];
}

/** Content knowledge about words, read from `vocabulary.yml` in the content folders. */
export interface Vocabulary {
  aliases: AliasGroup[];
  /** Question word (lower case) → words the docs use instead. */
  synonyms: Record<string, string[]>;
  /** Products and components, current names, that facts are attributed to. */
  components: string[];
}

export const VOCABULARY_FILE = 'vocabulary.yml';

export const EMPTY_VOCABULARY: Vocabulary = { aliases: [], synonyms: {}, components: [] };

/**
 * Reads `vocabulary.yml` from each content root (missing files are fine) and merges them.
 * A malformed file is an error naming the file: the bot must not run on half its vocabulary.
 */
export function loadVocabulary(roots: string[]): Vocabulary {
  const merged: Vocabulary = { aliases: [], synonyms: {}, components: [] };
  for (const root of roots) {
    const file = path.join(root, VOCABULARY_FILE);
    if (!existsSync(file)) continue;
    const vocabulary = parseVocabulary(readFileSync(file, 'utf8'), file);
    merged.aliases.push(...vocabulary.aliases);
    merged.components.push(...vocabulary.components.filter((c) => !merged.components.includes(c)));
    for (const [word, more] of Object.entries(vocabulary.synonyms)) {
      merged.synonyms[word] = [...(merged.synonyms[word] ?? []), ...more];
    }
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
  const record = (data ?? {}) as { aliases?: unknown; synonyms?: unknown; components?: unknown };
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
  const components = ((record.components as unknown[] | undefined) ?? []).map(String);
  return { aliases: groups, synonyms, components };
}

/**
 * Rewrites every name of a group to the group's current name, in one pass over the text so a
 * current name is never rewritten again ("Microsoft Entra Connect" stays as it is, though
 * "Entra Connect" is an alias). Longest names win; whole words only; case-insensitive.
 */
export function canonicalize(text: string, vocabulary: Vocabulary): string {
  const { pattern, canonicalOf } = aliasMatcher(vocabulary);
  if (!pattern) return text;
  return text.replace(pattern, (match) => canonicalOf.get(match.toLowerCase()) ?? match);
}

/** Where the text names something by any of its names: each match with the group's current name. */
export function aliasMatches(text: string, vocabulary: Vocabulary): { index: number; text: string; canonical: string }[] {
  const { pattern, canonicalOf } = aliasMatcher(vocabulary);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0], canonical: canonicalOf.get(m[0].toLowerCase()) ?? m[0] }));
}

/** The most specific component named in the text (longest name wins), if any. */
export function componentIn(text: string, vocabulary: Vocabulary): string | undefined {
  const canonical = canonicalize(text, vocabulary).toLowerCase();
  return [...vocabulary.components]
    .sort((a, b) => b.length - a.length)
    .find((c) => canonical.includes(c.toLowerCase()));
}

interface AliasMatcher {
  pattern?: RegExp;
  canonicalOf: Map<string, string>;
}

const matcherCache = new WeakMap<Vocabulary, AliasMatcher>();

function aliasMatcher(vocabulary: Vocabulary): AliasMatcher {
  let matcher = matcherCache.get(vocabulary);
  if (!matcher) {
    const canonicalOf = new Map<string, string>();
    for (const group of vocabulary.aliases) {
      for (const name of group.names) if (!canonicalOf.has(name.toLowerCase())) canonicalOf.set(name.toLowerCase(), group.names[0]!);
    }
    const names = [...canonicalOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    matcher = { canonicalOf, pattern: names.length ? new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`, 'gi') : undefined };
    matcherCache.set(vocabulary, matcher);
  }
  return matcher;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

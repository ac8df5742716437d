
/** One group of names for the same thing; `names[0]` is the current name. */
export interface AliasGroup {
  names: string[];
  /** Names in the group that are outdated product names. */
  old: string[];
}

/** Content knowledge about words, read from `vocabulary.yml` in the content folders (see loadVocabulary.ts). */
export interface Vocabulary {
  aliases: AliasGroup[];
  /** Question word (lower case) → words the docs use instead. */
  synonyms: Record<string, string[]>;
  /** Products and components, current names, that facts are attributed to. */
  components: string[];
  /** Component → the larger product it is part of ("provisioning agent" → "Cloud Sync"). */
  partOf: Record<string, string>;
  /** Domains the docs use for made-up examples (contoso.com): their addresses are no endpoints to allow. */
  exampleDomains: string[];
}

/** Whether a host or URL is one of the docs' made-up examples ("https://sts.contoso.com", "bmcontoso.com"). */
export function isExampleHost(host: string, vocabulary: Vocabulary): boolean {
  const name = host.replace(/^\w+:\/\//, '').replace(/[:/].*$/, '').toLowerCase();
  return vocabulary.exampleDomains.some((d) => name.endsWith(d));
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

/** Every component the text names, in order; a longer name wins over one it contains ("… Connect Health" is not "… Connect"). */
export function componentsIn(text: string, vocabulary: Vocabulary): string[] {
  let matcher = componentMatchers.get(vocabulary);
  if (!matcher) {
    const byName = new Map(vocabulary.components.map((c) => [c.toLowerCase(), c]));
    const names = [...vocabulary.components].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = names.length ? new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`, 'gi') : undefined;
    componentMatchers.set(vocabulary, (matcher = { pattern, byName }));
  }
  if (!matcher.pattern) return [];
  return [...canonicalize(text, vocabulary).matchAll(matcher.pattern)].map((m) => matcher.byName.get(m[0].toLowerCase())!);
}

const componentMatchers = new WeakMap<Vocabulary, { pattern?: RegExp; byName: Map<string, string> }>();

/** The components related to any of these (themselves included): whose docs answer questions about them. */
export function componentFamily(components: string[], vocabulary: Vocabulary): string[] {
  return vocabulary.components.filter((c) => components.some((named) => componentsRelated(c, named, vocabulary)));
}

/** The most specific component named in the text (longest name wins), if any. */
export function componentIn(text: string, vocabulary: Vocabulary): string | undefined {
  return componentsIn(text, vocabulary).reduce<string | undefined>((best, c) => (!best || c.length > best.length ? c : best), undefined);
}

/**
 * Whether what is said about one component holds for the other: the same component, or one part
 * of the other ("Cloud Sync" questions are answered by its provisioning agent's docs, and the
 * reverse). "Connect Health" and "Connect Sync" are not: they only share words.
 */
export function componentsRelated(a: string, b: string, vocabulary: Vocabulary): boolean {
  const lineage = (c: string) => {
    const chain = [c];
    for (let next = vocabulary.partOf[c]; next && !chain.includes(next); next = vocabulary.partOf[next]) chain.push(next);
    return chain;
  };
  return lineage(a).includes(b) || lineage(b).includes(a);
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
    // Whole names only: "version 1" (V1) is not the start of "version 1.0.9125.0".
    matcher = { canonicalOf, pattern: names.length ? new RegExp(`(?<![\\w-]|\\w\\.)(?:${names.join('|')})(?![\\w-]|\\.\\w)`, 'gi') : undefined };
    matcherCache.set(vocabulary, matcher);
  }
  return matcher;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { aliasMatches, canonicalize, componentFamily, componentIn, componentsIn, escapeRegExp, type Vocabulary } from '../ingest/vocabulary.js';
import type { FactIndex } from '../search/factIndex.js';
import { processTerm, terms, tokenize, TOP_LEVEL_DOMAIN } from '../search/tokenize.js';
import { countsIn } from './numbers.js';
import { detectIntent, type Intent } from './intent.js';
import { closestWord, editDistance, isSwap, unabbreviated } from './spelling.js';
import { ADVERB, isAskingTerm, isFiller, nearFiller, NOUN_OF_FILLER, QUESTION_WORDS, RELATING, withoutPreamble, withoutQuantifier, withPlainAsking } from './askingWords.js';

/** The longest question worth reading; the rest is noise (pasted logs, floods). */
export const MAX_QUESTION = 500;

/**
 * One thing the question asks about, however the docs may word it: "check" (or "verify", "test"),
 * "gov cloud" (or "Azure Government"). Each alternative is a list of terms that together say it.
 */
export interface Concept {
  /** The alternatives, the question's own wording first. */
  alternatives: string[][];
  /** The question's own wording is itself an alias or a synonym's target, not a weaker stand-in. */
  equivalent: boolean[];
  /** The concept names a product or component: facts attributed to it say it, whatever their words. */
  component?: string;
}

/** A question as the engine reads it. */
export interface Understanding {
  /** The question as asked, trimmed and cleaned of control characters. */
  question: string;
  /** Typos fixed and every alias brought to its current name ("AADC helth" → "Microsoft Entra Connect health"). */
  canonical: string;
  /** What an answer must cover. */
  concepts: Concept[];
  /** Every term of every concept's first alternative: the question's own words. */
  terms: string[];
  /** The terms a count asked is of: all of them but the unit a rate is asked per ("minute" of "passwords per minute"). */
  counted: string[];
  /** Extra terms from the vocabulary's synonyms of the whole question ("whitelist" → endpoints): searched, weaker. */
  related: string[];
  /** Words the docs never use, not even with a typo fixed: the sign of an out-of-scope question. */
  unknown: string[];
  /**
   * Words the vocabulary maps from but no loaded doc uses, nor any word they map to ("interval", "logs" with only
   * the seed docs loaded): likely what the question is about, though another set of docs might say it.
   */
  absent: string[];
  /** Words of how people ask that the docs use as words of their own ("type" in "what type must it be"): a tie-breaker. */
  asking: string[];
  /**
   * Names the question capitalises that the vocabulary doesn't know ("Exchange", "Okta"), as index
   * terms: an answer must state them, or it answers another question.
   */
  names: string[];
  /** Such names the docs never use at all ("Okta", "Gmail", "Mac"). */
  unknownNames: string[];
  intent: Intent;
  /** A cloud environment named in the question (an endpoint table's row key). */
  environment?: string;
  /** The product or component named in the question. */
  component?: string;
  /** Every component the question names and those related to them: facts of others are about something else. */
  componentFamily: string[];
  /** Counts the question states ("for 200,000 objects"): a fact whose range holds one is about that case. */
  counts: number[];
  /** The concept a minimum or maximum is asked of ("minimum OS", "max objects"), by its first term: an answer must say it. */
  bounded?: string;
  /** What that bound is of ("maximum length of a UPN" → upn), by its concept's first term: an answer must say it too. */
  boundOf?: string;
  /** What a how-to acts on ("how do I delete a security group" → delet, secur, group), by its concepts' first terms: an answer must say it. (An undoing no loaded doc says stands as "uninstall (unsaid)", which none can.) */
  acted?: string[];
  /** The two things a comparison asks about ("express vs custom"), each by its concepts' first terms: saying either covers it. */
  compared?: [string[], string[]];
  /** An older version of an article asked for ("the old article", "the 2020 doc"): true, or the year it was written. */
  olderArticle?: true | string;
  /** Phrases the question quotes (two words or more, lower case): a fact saying one as it stands says what was seen. */
  quoted: string[];
  /** What the question asks a replacement for ("what replaces Entra Connect?" → Microsoft Entra Connect), by its current name. */
  replaced?: string;
}

/** "What replaces X?", "which tool replaces X in the future?", "what's the replacement for X?", "what should I use instead of X?": X. */
const REPLACES_WHAT = /\b(?:what|which)\b.*?\b(?:replac(?:es?|ing)|replacement\s+(?:for|of)|successor\s+(?:to|of)|alternative\s+(?:to|for)|(?:use|run|pick|choose|deploy)\s+instead\s+of)\s+(?:the\s+)?([\w\s.-]+?)(?:\s+(?:in|by|for|with|going|now|soon)\b.*)?\??$/i;

/**
 * "How do I delete a security group in Entra ID?": the words of what the verb acts on, up to a preposition, each
 * read as the concept it became (a product it names, "the health agent", is left out: facts are attributed to it, not saying it).
 */
function actedOn(question: string, conceptOfWord: Map<string, Concept>): string[] | undefined {
  const m = HOW_TO_OBJECT.exec(question);
  const object = m?.[2];
  if (!m || !object) return undefined;
  // An action undoing or moving something ("uninstall", "delete", "migrate") must be said too: installing is no uninstalling.
  // (One no loaded doc says — "uninstall" with the seed docs alone — is no concept, and no answer can say it: the docs don't cover it.)
  const undoing = UNDOING.test(m[1]!) ? m[1]!.toLowerCase() : undefined;
  const undone = undoing ? conceptOfWord.get(undoing) : undefined;
  const verb = undoing ? [undone ? undone.alternatives[0]![0]! : `${undoing} (unsaid)`] : [];
  const keys = [...verb, ...object.toLowerCase().split(/\s+/).map((w) => conceptOfWord.get(w)).filter((c): c is Concept => !!c && !c.component).map((c) => c.alternatives[0]![0]!)];
  return keys.length ? [...new Set(keys)] : undefined;
}
const UNDOING = /^(?:uninstall|delete|remove|rename|reset|migrate|move|restore|recover|renew)$/i;
/** An undoing as a verb, in any form ("uninstalling", "deleted"); not a thing named ("disaster recovery", "migration"). */
const UNDONE = /^(?:uninstall\w*|(?:delet|remov|renam|migrat|restor|recover|renew)(?:e|es|ed|ing|s)?)$/i;
const HOW_TO_OBJECT = /^(?:how\s+(?:do|can|would|should)\s+(?:i|we|you)|how\s+to)\s+(create|delete|remove|rename|add|reset|configure|set\s+up|enable|disable|join|migrate|move|install|uninstall|back\s+up|backup|restore|recover|renew|change|edit|assign|register|update|upgrade|write|build|develop)\s+(?:(?:a|an|the|my|our|some|new)\s+)?((?:(?!(?:in|on|for|with|from|to|into|at|of|using|via|by|after|before|when|if)\b)[\w-]+\s*){1,3})/i;

/** The verb an "-able" word is made of, as the docs index it: "changeable" → chang, "configurable" → configur. */
function ableBase(word: string, inIndex: (t: string) => boolean): string | undefined {
  const m = /^([a-z]{3,}?)e?able$/.exec(word);
  if (!m) return undefined;
  return [m[1]!, `${m[1]}e`].map((base) => processTerm(base)).find((t): t is string => !!t && inIndex(t));
}

/** "minimum OS", "max number of objects": the thing a bound is asked of. */
const BOUND = String.raw`(?:minimum|maximum|min|max)`;
const BOUND_ASKED = String.raw`\b${BOUND}\s+(?:number\s+of\s+|supported\s+|required\s+)?`;
const BOUNDED = new RegExp(String.raw`${BOUND_ASKED}([\w.]+)`, 'i');
/** "maximum length of a UPN", "max objects in LocalDB": what the bound is of. */
const BOUND_OF = new RegExp(String.raw`${BOUND_ASKED}[\w.]+\s+(?:of|for|in)\s+(?:(?:a|an|the|each|one|my|our)\s+)?([\w.-]+)`, 'i');
/** A limit asked by name, before or after what it bounds: "member limit", "max objects", "minimum version". */
export const BOUND_NAMED = new RegExp(String.raw`\b(?:${BOUND}|limits?)\b`, 'i');

/** The plural of a word under four letters ("days", "keys"), which the index keeps as written ("day") and Porter would not ("dai"). */
const SHORT_PLURAL = /^[a-z]{3}s$/;

/**
 * A clause before the question saying why it is asked: "because …,", "since …,", "given that …,". (Not "for …," nor
 * "to …,": "for the health agent, which ports …" names what is asked about.)
 */
const LEADING_REASON = /^\s*(?:because|since|given that)\b[^,?]{3,80},\s*(?=(?:what|which|how|where|when|who|why|can|could|do|does|is|are|should|will|would|must)\b)/i;

/** ", not URLs", ", but not the portal": a thing ruled out after a comma, a word or two, the clause ending there. */
const RULED_OUT = /,\s*(?:but\s+)?not\s+(?:the\s+|a\s+|an\s+)?[\w.-]+(?:\s+[\w.-]+)?(?=\s*(?:[-–—,;?!.]|$))/gi;

/** "in the agent wizard", "through the setup wizard", "in services.msc": the wizard or console the asker is in (not "which wizard …"). */
const WHERE_THE_ASKER_IS = /\b(?:in|during|through|inside|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(wizard|services\.msc)(?![\w.])/gi;

/** "… still open after finishing", "after setup completes": when the asker is, past the procedure's end, which its last steps say without saying so. */
const WHEN_THE_ASKER_IS = /\bafter (?:(finishing|setup)\b|(?:the |it )?(?:install|installation|setup|wizard|installer)? ?(finish(?:es|ed)?|complete[sd]?)\b)/gi;

/** Words saying that something went wrong, in the form a report of it takes. */
const SYMPTOM = /^(?:fails|failed|failing|broken|broke|blank|empty|stuck|hangs|hanging|hung|frozen|freezes)$/;
const ASKS_ABOUT_FAILING = /\b(?:if|when|why|whether|what happens)\b/i;
/** A word right before a port: "myproxy port 8080", "proxysrv:3128". */
const NAMED_WITH_PORT = /\b([a-z][\w-]*)(?=(?::|\s+port\s+)\d{2,5}\b)/gi;
/** A host name as people type one, with its port if any: "proxy.contoso.com:8080", "sts.fabrikam.net". */
const HOST_NAME = new RegExp(`(?<![\\w.*-])([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.${TOP_LEVEL_DOMAIN})(?::\\d{1,5})?(?![\\w.-])`, 'gi');

/** A host as the docs' hosts are keyed: no wildcard, no "www.". */
function hostKey(host: string): string {
  return host.replace(/^[*.]+/, '').replace(/^www\./, '');
}

const hostCache = new WeakMap<FactIndex, Map<string, string>>();
/** The host names the docs use, without their wildcards or "www." ("servicebus.windows.net" → *.servicebus.windows.net as indexed). */
function hostsOf(index: FactIndex): Map<string, string> {
  let hosts = hostCache.get(index);
  if (!hosts) {
    hosts = new Map([...index.documentFrequency.keys()].filter((t) => t.includes('.')).map((t) => [hostKey(t), t]));
    hostCache.set(index, hosts);
  }
  return hosts;
}

const commandCache = new WeakMap<FactIndex, Set<string>>();
/** The commands the docs give, lowercased: "install-module" is one of them, "locked-down" is not. */
function commandsOf(index: FactIndex): Set<string> {
  let commands = commandCache.get(index);
  if (!commands) {
    commands = new Set(index.facts.flatMap((f) => (f.kind === 'cmdlet' ? [f.name.toLowerCase()] : [])));
    commandCache.set(index, commands);
  }
  return commands;
}

/** Whether a command's noun is a word the docs use far more often than the command ("module" against "Install-Module"). */
function saidApartMoreOften(command: string, index: FactIndex): boolean {
  const df = (t: string) => index.documentFrequency.get(t) ?? 0;
  const noun = terms(command.slice(command.indexOf('-') + 1));
  return noun.length > 0 && Math.min(...noun.map(df)) > 3 * df(processTerm(command) ?? command);
}

const labelCache = new WeakMap<FactIndex, Map<string, number>>();
/**
 * Whether the docs use a word only inside host names: "sharepoint" only in https://contoso.sharepoint.com.
 * (A label's facts are counted once per host holding it, so a word also said in prose shows more facts than that.)
 */
function onlyInHostNames(term: string, index: FactIndex): boolean {
  let labels = labelCache.get(index);
  if (!labels) {
    labels = new Map();
    for (const host of hostsOf(index).values()) {
      const df = index.documentFrequency.get(host) ?? 0;
      for (const label of new Set(host.split('.').map((l) => processTerm(l)).filter((l): l is string => !!l))) labels.set(label, (labels.get(label) ?? 0) + df);
    }
    labelCache.set(index, labels);
  }
  const inHosts = labels.get(term) ?? 0;
  return inHosts > 0 && (index.documentFrequency.get(term) ?? 0) <= inHosts;
}

/**
 * "runbook: remove the proxy from the health agent", "quick q: …": a label before the question, in words no doc
 * uses even spelled right, says what the asker is writing, not what is asked. ("gov cloud: which endpoints?" names the topic.)
 */
function withoutLabel(question: string, index: FactIndex, vocabulary: Vocabulary): string {
  const label = LEADING_LABEL.exec(question);
  if (!label) return question;
  const said = correctTypos(label[1]!, index, vocabulary);
  const known = terms(said).some((t) => index.documentFrequency.has(t)) || aliasMatches(said, vocabulary).length > 0;
  return known ? question : question.slice(label[0].length);
}
const LEADING_LABEL = /^\s*([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})\s*:\s+(?=\S+\s+\S)/i;

/** "cloud sync", "connect health": a product named and nothing else asks what it is. */
function topicOnly(intent: Intent, concepts: Concept[]): Intent {
  const bare = !intent.questionWord && !intent.yesNo && Object.keys(intent.kinds).length === 0;
  return bare && concepts.length > 0 && concepts.every((c) => c.component) ? { ...intent, definition: true } : intent;
}

export function understand(raw: string, index: FactIndex, vocabulary: Vocabulary): Understanding {
  const question = clean(raw);
  // "WHICH PORTS DOES THE HEALTH AGENT NEED": shouted, every word looks like a name; read as written in lower case.
  const written = /[a-z]/.test(question) ? question : question.toLowerCase();
  // "200,000 objects" is one count, not the terms 200 and 000; "tls1.2" is TLS 1.2.
  const spaced = withoutQuantifier(withPlainAsking(withoutPreamble(withoutLabel(written, index, vocabulary)))).replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/\b([a-z]{2,})(\d+\.\d+)\b/gi, '$1 $2');
  const corrected = correctTypos(joinSplitWords(spaced, index), index, vocabulary);
  const canonical = canonicalize(corrected, vocabulary);
  const inIndex = (t: string) => index.documentFrequency.has(t);
  const concepts: Concept[] = [];
  const related: string[] = [];
  const unknown: string[] = [];
  const absent: string[] = [];
  const asking: string[] = [];

  // Names of things (aliases) and phrases with synonyms ("turn on") are single concepts, said either way.
  let rest = corrected;
  const blank = (at: number, text: string) => {
    rest = rest.slice(0, at) + ' '.repeat(text.length) + rest.slice(at + text.length);
  };
  // "Because our DCs are locked down, what extra URLs …", "since IE ESC is on, which sites …": why the asker asks is context.
  // An answer saying it fits better; one that doesn't still answers.
  const reason = LEADING_REASON.exec(corrected);
  const reasonEnd = reason ? reason.index + reason[0].length : 0;
  if (reason) {
    const said = [...terms(reason[0]), ...aliasMatches(reason[0], vocabulary).flatMap((m) => terms(m.canonical))];
    for (const t of said) if (inIndex(t) && !isAskingTerm(t)) related.push(t);
    blank(reason.index, reason[0]);
  }
  // "in the agent wizard it wants an extension": the wizard is where the asker is, said by the step's procedure, not the step.
  for (const m of corrected.matchAll(WHERE_THE_ASKER_IS)) {
    related.push(processTerm(m[1]!) ?? m[1]!);
    blank(m.index + m[0].length - m[1]!.length, m[1]!);
  }
  for (const m of corrected.matchAll(WHEN_THE_ASKER_IS)) {
    const word = m[1] ?? m[2]!;
    related.push(processTerm(word) ?? word);
    blank(m.index, m[0]);
  }
  for (const match of aliasMatches(corrected, vocabulary).reverse()) {
    if (match.index < reasonEnd) continue;
    // "gov cloud" without "gov" (a word no doc uses) is just "cloud": a fragment of a name says something else.
    const said = terms(match.text);
    const own = said.every(inIndex) ? said : [];
    const current = terms(match.canonical).filter(inIndex);
    const alternatives = dedupe([own, current].filter((a) => a.length > 0));
    const component = vocabulary.components.find((c) => c.toLowerCase() === match.canonical.toLowerCase());
    if (alternatives.length) concepts.push({ alternatives, equivalent: alternatives.map(() => true), component });
    blank(match.index, match.text);
  }
  // "The 2020 article" says which version of a doc, not what about it.
  const olderArticle = olderArticleIn(rest);
  for (const m of rest.matchAll(ARTICLE_OF_YEAR)) blank(m.index, m[0]);
  for (const m of rest.matchAll(ARTICLE_YEAR)) blank(m.index, m[0]);
  for (const m of rest.matchAll(OLDER_ARTICLE)) blank(m.index, m[0]);
  // "What does the newer article say …" asks what is current, which is what is answered anyway.
  for (const m of rest.matchAll(NEWER_ARTICLE)) blank(m.index, m[0]);
  // A host name the docs never use ("proxy.contoso.com") is the asker's own value, not a topic.
  // Its port too: "proxy.contoso.com:8080" is one value ("8080" is no port the question asks about).
  for (const m of rest.matchAll(HOST_NAME)) if (!hostsOf(index).has(hostKey(m[1]!.toLowerCase()))) blank(m.index, m[0]);
  // "… only allows IP ranges, not URLs": what the asker rules out is not what is asked about.
  for (const m of rest.matchAll(RULED_OUT)) blank(m.index, m[0]);
  // So is a server named before its port ("myproxy port 8080", "myproxy:8080"), a word the docs never use.
  for (const m of rest.matchAll(NAMED_WITH_PORT)) if (!inIndex(processTerm(m[1]!) ?? m[1]!)) blank(m.index, m[1]!);
  // Only the phrases whose last word the question has: testing every one of them is most of the work otherwise.
  const questionWords = new Set(rest.toLowerCase().split(/[^a-z0-9]+/));
  const phraseOfWord = new Map<string, Concept>();
  for (const { pattern, said } of phrasesEndingIn(vocabulary, questionWords)) {
    for (const m of rest.matchAll(pattern)) {
      // "full sync" is said as "full synchronization" or "initial": each way whole, not any one of its words.
      const alternatives = said.filter((terms) => terms.length > 0 && terms.every(inIndex));
      // A phrase the docs never say in any of its ways ("back up") is what the question is about: unknown.
      if (alternatives.length) {
        concepts.push({ alternatives, equivalent: alternatives.map(() => true), component: undefined });
        // "by hand or automatically": the phrase stands either side of "or" by the word next to it.
        const words = m[0].toLowerCase().split(/\s+/);
        for (const word of [words[0]!, words.at(-1)!]) phraseOfWord.set(word, concepts.at(-1)!);
      } else unknown.push(m[0].toLowerCase());
      blank(m.index, m[0]);
    }
  }
  // The concept each of the question's own words is read as ("os" → Windows Server | operating system).
  const conceptOfWord = new Map<string, Concept>(phraseOfWord);
  for (const token of tokenize(rest)) {
    const lower = token.toLowerCase();
    // "days" is the docs' "day" ("a free 30-day trial"): a word under four letters is indexed as written, and so its plural is read.
    const written = SHORT_PLURAL.test(lower) && !inIndex(processTerm(token) ?? '') && inIndex(lower.slice(0, -1)) ? lower.slice(0, -1) : processTerm(token);
    // "changeable", "configurable": a word the docs don't use, made of one they do.
    const term = written && !inIndex(written) ? (ableBase(lower, inIndex) ?? written) : written;
    // "settings" is a thing though "set" is how people ask: a stem counts as filler only for a word written as it.
    if (!term || isFiller(lower) || (isFiller(term) && !NOUN_OF_FILLER.test(lower))) {
      if (term && isAskingTerm(term) && inIndex(term)) asking.push(lower);
      continue;
    }
    // "locked-down" is asked as its words; a command the docs give as itself and its parts — itself only when
    // its words are common ("Install-Module" is not "install the module"; "adsyncscheduler" picks out Set-ADSyncScheduler alone).
    if (/^[a-z]+(?:-[a-z]+)+$/.test(lower)) {
      if (commandsOf(index).has(lower) && inIndex(term) && saidApartMoreOften(lower, index)) concepts.push({ alternatives: [[term]], equivalent: [true], component: undefined });
      continue;
    }
    // Each synonym whole: "proxy settings" is said by proxy and settings together, not by "set" alone.
    const mapped = (synonymsOf(vocabulary, token) ?? []).filter((said) => said.every(inIndex) && !(said.length === 1 && said[0] === term));
    // "servicebus.windows.net" is the docs' "*.servicebus.windows.net".
    const wildcard = hostsOf(index).get(hostKey(term));
    if (!inIndex(term) && wildcard) mapped.push([wildcard]);
    // "Setup fails on our server core box": the failing is the asker's symptom; the docs' remedy seldom says it.
    // ("What if Seamless SSO fails?", "why does it fail?" ask about the failing itself.)
    // (A symptom the docs never name — "the page is blank" — is no topic of theirs whatever is asked of it.)
    if (SYMPTOM.test(lower) && (!ASKS_ABOUT_FAILING.test(corrected) || !inIndex(term))) {
      if (inIndex(term)) related.push(term);
      continue;
    }
    if (inIndex(term)) {
      // Shorthand means its expansion ("admin" → administration, "auth" → authentication): equally strong.
      const alternatives = [[term]];
      const equivalent = [true];
      for (const said of mapped) {
        alternatives.push(said);
        equivalent.push(said.length === 1 && said[0]!.startsWith(term));
      }
      concepts.push({ alternatives, equivalent, component: undefined });
      conceptOfWord.set(lower, concepts.at(-1)!);
    } else if (mapped.length) {
      // A word the docs don't use but the vocabulary maps ("whitelist" → allowlist, endpoints…).
      concepts.push({ alternatives: mapped, equivalent: mapped.map(() => true), component: undefined });
      conceptOfWord.set(lower, concepts.at(-1)!);
    } else if ((lower.length >= 3 || /^[a-z]\d+$/.test(lower)) && !nearFiller(lower) && !/^\d+k?$/.test(term) && !ADVERB.test(lower) && !RELATING.has(lower)) {
      // (An undoing the vocabulary knows but no loaded doc says, "uninstalling", is still what is asked: installing is no uninstalling.)
      if (askedWords(vocabulary).has(term) || UNDONE.test(lower)) absent.push(lower);
      else if (!knownWords(vocabulary).has(term)) unknown.push(lower);
    }
  }
  for (const t of expandSynonyms(corrected.toLowerCase(), vocabulary)) if (inIndex(t)) related.push(t);
  // What is quoted names a label on a screen ("'Site to Zone Assignment List'"), not the shape of the question ("site" asks no link).
  const intent = topicOnly(detectIntent(corrected.replace(QUOTED, (m, label: string) => m.replace(label, ' '.repeat(label.length))).replace(RULED_OUT, (m) => ' '.repeat(m.length))), concepts);
  // "The default gMSA name" is the name it gets: the name that spells it answers, whether or not it says "default".
  const merged = mergeConcepts(eitherOr(corrected, intent.asksName ? concepts.filter((c) => c.alternatives[0]!.join(' ') !== 'default') : concepts, conceptOfWord));
  const own = [...new Set(merged.flatMap((c) => c.alternatives[0]!))];
  const environment = environmentIn(canonical, index, vocabulary);
  // "What replaces Entra Connect?" is answered by another product: the one it names is not what it asks about.
  const replaced = REPLACES_WHAT.exec(canonical)?.[1]?.trim();
  const component = replaced ? undefined : componentIn(corrected, vocabulary);
  const boundedWord = BOUNDED.exec(corrected)?.[1]?.toLowerCase();
  const bounded = boundedWord ? conceptOfWord.get(boundedWord)?.alternatives[0]![0] : undefined;
  const boundOfTerm = processTerm(BOUND_OF.exec(corrected)?.[1]?.toLowerCase() ?? '');
  const boundOf = boundOfTerm ? merged.find((c) => !c.component && c.alternatives.some((a) => a.includes(boundOfTerm)))?.alternatives[0]![0] : undefined;
  const acted = actedOn(corrected, conceptOfWord);
  const compared = comparedSides(corrected, merged);
  const capitalised = properNames(corrected, vocabulary).map((w) => processTerm(w)).filter((t): t is string => !!t);
  // A word the docs use only in a host name ("sharepoint") names a thing of its own, as a capitalised word does.
  const hostWords = merged.filter((c) => c.alternatives.length === 1 && c.alternatives[0]!.length === 1 && onlyInHostNames(c.alternatives[0]![0]!, index)).map((c) => c.alternatives[0]![0]!);
  const names = [...capitalised.filter((t) => index.documentFrequency.has(t)), ...hostWords];
  // "… database for configmgr": a word the docs never use, ending the question as what it is for, names a thing of its own too
  // (a product, seldom plural: "… for newcomers" says who reads, not what about).
  const endsOn = ENDS_FOR.exec(corrected)?.[1]?.toLowerCase();
  const unknownNames = [...capitalised.filter((t) => !index.documentFrequency.has(t)), ...(endsOn && unknown.includes(endsOn) ? [endsOn] : [])];
  // "How many passwords per minute": what is counted is passwords, not minutes.
  const perUnit = intent.perUnit && processTerm(intent.perUnit);
  return {
    question, canonical, concepts: merged, terms: own, counted: own.filter((t) => t !== perUnit), names: [...new Set(names)], unknownNames: [...new Set(unknownNames)],
    related: [...new Set(related)].filter((t) => !merged.some((c) => c.alternatives.some((a) => a.includes(t)))),
    unknown: [...new Set(unknown)], absent: [...new Set(absent)], asking: [...new Set(asking)],
    componentFamily: replaced ? [] : componentFamily(componentsIn(corrected, vocabulary), vocabulary),
    intent, environment, component, counts: countsIn(question), ...(replaced ? { replaced } : {}), ...(bounded ? { bounded } : {}), ...(boundOf ? { boundOf } : {}), ...(acted ? { acted } : {}),
    ...(compared ? { compared } : {}), ...(olderArticle ? { olderArticle } : {}), quoted: quotedIn(question),
  };
}

/** What a question quotes from a screen or a message ("wizard says 'Your agent configuration was successfully verified'"), lower case. */
function quotedIn(question: string): string[] {
  return [...question.matchAll(QUOTED)].map((m) => m[1]!.toLowerCase().replace(/\s+/g, ' ').trim()).filter((q) => q.includes(' '));
}
const QUOTED = /(?:^|[\s(:])['"‘“]([^'"‘’“”]{3,}?)['"’”](?=[\s,.?!:;)-]|$)/g;

const OLDER_ARTICLE = /\b(?:(?:per|according to|in|from)\s+the\s+)?(?:old|older|previous|earlier|former|outdated|legacy)\s+(?:article|doc|docs|documentation|guide|instructions|version of (?:the|this) (?:article|doc|docs|guide))\b/gi;
const NEWER_ARTICLE = /\b(?:(?:per|according to|in|from)\s+the\s+)?(?:new|newer|newest|latest|current)\s+(?:article|doc|docs|documentation|guide|version of (?:the|this) (?:article|doc|docs|guide))\b/gi;
const ARTICLE_YEAR = /\b(?:19|20)\d{2}\)?(?=\s+(?:[a-z]+\s+){0,2}(?:article|doc|docs|documentation|guide|instructions|install|installation|version|wizard|installer)\b)|(?<=\b(?:article|doc|docs|guide|instructions)\s+(?:from|of)\s+)(?:19|20)\d{2}\b/gi;

/** "per the 2020 article", "the (2020) doc", "in the 2020 version", "the 2020 version of the (provisioning) article": all of it says which version, none of it what. */
const ARTICLE_OF_YEAR = /\b(?:(?:per|according to|in|from)\s+the\s+)?\(?(?:19|20)\d{2}\)?\s+(?:version\s+of\s+(?:the|this)\s+(?:[a-z-]+\s+){0,2})?(?:article|doc|docs|documentation|guide|instructions|version)\b/gi;

/** Whether the question asks what an older version of an article says, and of which year. */
function olderArticleIn(question: string): true | string | undefined {
  const year = question.match(ARTICLE_YEAR)?.[0].replace(/\D/g, '');
  return year ?? (question.search(OLDER_ARTICLE) >= 0 ? true : undefined);
}

/**
 * Capitalised words other than the first, which the vocabulary doesn't name: products and things.
 * A year after a name names a release as much ("Windows Server 2008", "SQL Server 2019"); "2000 objects" is a count.
 */
function properNames(question: string, vocabulary: Vocabulary): string[] {
  const known = knownSurfaceWords(vocabulary);
  const words = question.match(/[A-Za-z][A-Za-z0-9.-]*/g) ?? [];
  // "Windows Server 2008", "windows server 2008": a year right after a name is its release, however it is written
  // (not the year of an article: "the prov agent 2020 doc").
  const years = [...question.matchAll(/\b([A-Za-z]{2,})\s+((?:19|20)\d{2})(?![\d.,]\d)(?!\s+(?:doc|docs|document|article|articles|guide|page|version|one)\b)/g)].filter((m) => /^[A-Z]/.test(m[1]!) || !isFiller(m[1]!.toLowerCase())).map((m) => m[2]!);
  // "windows 11", "powershell 7": a number right after a name is its release, however it is written.
  const releases = [...question.matchAll(/\b([a-z]{3,})\s+(\d{1,2})\b(?![\d.,]\d|\s*%)/gi)]
    // ("endpoints 4 connect health": chat's "4" and "2" are "for" and "to".)
    .filter((m) => !isFiller(m[1]!.toLowerCase()) && !COUNTED_BY.test(m[1]!) && m[2] !== '2' && m[2] !== '4')
    .map((m) => m[2]!);
  return [...words.slice(1).filter((w) => (/^[A-Z][a-z]{2,}/.test(w) || ACRONYM.test(w)) && !known.has(w.toLowerCase()) && !isFiller(w.toLowerCase())), ...years, ...releases];
}

/** Words a number after which counts or numbers something rather than naming a release: "port 8080", "step 7". */
const COUNTED_BY = /^(?:ports?|steps?|phases?|options?|versions?|tcp|udp|over|than|about|around|under|last|first|every|within|after|before|top)$/i;

const ENDS_FOR = /\b(?:for|in|with|on|from|into|via|using)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?([a-z][\w-]*[a-rt-z])\s*[?.!]*\s*$/i;

/** "AWS", "GCP": an acronym names a thing as a capitalised word does. */
const ACRONYM = /^[A-Z]{3,6}s?$/;

/** "express vs custom settings", "difference between Entra Connect and cloud sync": the concepts only one side says. */
function comparedSides(question: string, concepts: Concept[]): [string[], string[]] | undefined {
  const m = COMPARISON.exec(question);
  if (!m) return undefined;
  const [left, right] = [m[1] ?? m[3] ?? m[5] ?? '', m[2] ?? m[4] ?? m[6] ?? ''];
  const said = (side: string) => {
    const words = new Set(terms(side));
    return concepts.filter((c) => c.alternatives.some((a) => a.every((t) => words.has(t)))).map((c) => c.alternatives[0]![0]!);
  };
  const [a, b0] = [said(left), said(right)];
  // "express vs custom install": the words after the second thing are said of both ("express install").
  const b = a.length === 1 ? b0.slice(0, 1) : b0;
  const [onlyA, onlyB] = [a.filter((k) => !b.includes(k)), b.filter((k) => !a.includes(k))];
  return onlyA.length && onlyB.length ? [onlyA, onlyB] : undefined;
}
const COMPARISON = /\bdifferences?\s+between\s+(.+?)\s+and\s+(.+)|\bcompare\s+(.+?)\s+(?:and|with|to)\s+(.+)|(.+?)\s+(?:vs\.?|versus)\s+(.+)/i;

/**
 * "Multiple forests: express or custom?" is answered by whichever of the two the docs give for it:
 * two words either side of "or" are one concept, said by either.
 */
function eitherOr(question: string, concepts: Concept[], conceptOfWord: Map<string, Concept>): Concept[] {
  let result = concepts;
  for (const m of question.matchAll(EITHER_OR)) {
    const [a, b] = [conceptOfWord.get(m[1]!.toLowerCase()), conceptOfWord.get(m[2]!.toLowerCase())];
    if (!a || !b || a === b || !result.includes(a) || !result.includes(b)) continue;
    const either: Concept = { alternatives: [...a.alternatives, ...b.alternatives], equivalent: [...a.equivalent, ...b.equivalent], component: undefined };
    result = result.flatMap((c) => (c === a ? [either] : c === b ? [] : [c]));
  }
  return result;
}
const EITHER_OR = /\b([\w-]+)\s+or\s+([\w-]+)\b/gi;

/** The same word asked twice is one concept. */
function mergeConcepts(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = c.alternatives.map((a) => a.join(' ')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((a) => (seen.has(a.join(' ')) ? false : (seen.add(a.join(' ')), true)));
}

/** Control characters out, whitespace collapsed, length capped. */
export function clean(raw: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
}

/** "trouble shooting" is "troubleshooting": two words the docs write as one, where one of the two is no word of theirs. */
function joinSplitWords(question: string, index: FactIndex): string {
  return question.replace(/\b([A-Za-z]{3,})\s+(?=([A-Za-z]{3,})\b)/g, (pair, first: string, second: string) => {
    const [a, b] = [first.toLowerCase(), second.toLowerCase()];
    return index.words.has(a + b) && !(index.words.has(a) && index.words.has(b)) ? first : pair;
  });
}

/**
 * Each word the docs don't know is replaced by the closest word they do know (one edit, two
 * for long words): "helth" → "health", "provisionig" → "provisioning". A near-miss of a filler
 * word ("wich", "pleas") is left alone, to be dropped with the fillers.
 */
function correctTypos(question: string, index: FactIndex, vocabulary: Vocabulary): string {
  const known = knownSurfaceWords(vocabulary);
  return question.replace(/[A-Za-z]{3,}/g, (word, offset: number) => {
    const lower = word.toLowerCase();
    // A capitalised word inside the sentence is a name ("Teams", "Intune"), not a typo of a doc word — unless it slips from one.
    if (offset > 0 && /^[A-Z][a-z]/.test(word)) return slipOfName(word, offset, question, index, vocabulary) ?? word;
    if (isFiller(lower) || index.words.has(lower) || known.has(lower)) return word;
    // A word whose stem the docs use is theirs in another form ("apps" of "app", "retirement" of "retired"): not a
    // word without its vowels nor a typo of another stem ("requirement"). A plural stays one ("kinds" asks for a
    // list); a slip within the stem is written as the docs write it ("servics").
    if (index.documentFrequency.has(processTerm(lower) ?? '')) {
      if (index.words.has(lower.replace(/e?s$/, ''))) return word;
      const closest = closestWord(lower, index);
      return closest && processTerm(closest) === processTerm(lower) ? closest : word;
    }
    // "reinstalling", "reregister", "resync": doing again what the docs say how to do once.
    const again = /^re-?([a-z]{4,})$/.exec(lower)?.[1];
    if (again && index.documentFrequency.has(processTerm(again) ?? '')) return again;
    // "hlth", "agnt", "svc": chat drops the vowels.
    const unabbreviatedWord = unabbreviated(lower, index);
    if (unabbreviatedWord) return unabbreviatedWord;
    if (lower.length < 4) return word;
    // "waht", "wich", "hwo": the question word it slips from, so the shape of the question is read too.
    // (Not one near a filler word with no question word meant: "afer" is the docs' "after", like any slip.)
    const asked = nearFiller(lower) ? QUESTION_WORDS.find((q) => editDistance(lower, q) <= 1 && (lower.length >= 5 || q.length > lower.length || isSwap(lower, q))) : undefined;
    return asked ?? closestWord(lower, index) ?? word;
  });
}

/**
 * "Conect Health", "Widows Server", "PoerShell": a capitalised word the docs never use that slips from one they do —
 * corrected, it makes a name the vocabulary knows with the words around it, it stands beside a capitalised word of the
 * docs, or it is written in camel case, as identifiers are. ("Teams", "Intune Company Portal": no slip of a doc word.)
 */
function slipOfName(word: string, offset: number, question: string, index: FactIndex, vocabulary: Vocabulary): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 || index.words.has(lower) || knownSurfaceWords(vocabulary).has(lower)) return undefined;
  const closest = closestWord(lower, index);
  if (!closest) return undefined;
  const spelled = closest[0]!.toUpperCase() + closest.slice(1);
  if (/[a-z][A-Z]/.test(word)) return spelled;
  const namesIt = (text: string) => aliasMatches(text, vocabulary).some((m) => m.index <= offset && offset < m.index + m.text.length);
  if (!namesIt(question) && namesIt(question.slice(0, offset) + spelled + question.slice(offset + word.length))) return spelled;
  // … or beside a capitalised word of the docs, in a name of theirs: "Widows Server", "Windows Sever".
  const before = /([A-Za-z]+)\s+$/.exec(question.slice(0, offset))?.[1];
  const after = /^\s+([A-Za-z]+)/.exec(question.slice(offset + word.length))?.[1];
  return [before, after].some((w) => !!w && /^[A-Z]/.test(w) && index.words.has(w.toLowerCase()) && !isFiller(w.toLowerCase())) ? spelled : undefined;
}

/**
 * The vocabulary's own words count as known even when no fact uses them — but for an acronym it only
 * maps to ("SQL" of "dba → SQL administrator"): a name no doc uses is another product's.
 */
const knownCache = new WeakMap<Vocabulary, Set<string>>();
function knownWords(vocabulary: Vocabulary): Set<string> {
  let known = knownCache.get(vocabulary);
  if (!known) {
    const targets = Object.values(vocabulary.synonyms).flat().flatMap((w) => tokenize(w)).filter((t) => !/^[A-Z]{2,}$/.test(t));
    const words = [...vocabulary.aliases.flatMap((g) => g.names), ...Object.keys(vocabulary.synonyms)].flatMap((w) => tokenize(w));
    known = new Set([...words, ...targets].map(processTerm).filter((t): t is string => !!t));
    knownCache.set(vocabulary, known);
  }
  return known;
}

/** The words the vocabulary maps from, one-word ones: how people ask about something ("logs", "interval"). */
const askedCache = new WeakMap<Vocabulary, Set<string>>();
function askedWords(vocabulary: Vocabulary): Set<string> {
  let asked = askedCache.get(vocabulary);
  if (!asked) {
    asked = new Set(Object.keys(vocabulary.synonyms).filter((k) => !/\s/.test(k)).map(processTerm).filter((t): t is string => !!t));
    askedCache.set(vocabulary, asked);
  }
  return asked;
}

const surfaceCache = new WeakMap<Vocabulary, Set<string>>();
/** The vocabulary's words as written, lower case. */
function knownSurfaceWords(vocabulary: Vocabulary): Set<string> {
  let known = surfaceCache.get(vocabulary);
  if (!known) {
    const words = [...vocabulary.aliases.flatMap((g) => g.names), ...Object.entries(vocabulary.synonyms).flatMap(([w, more]) => [w, ...more])];
    known = new Set(words.flatMap((w) => w.toLowerCase().match(/[a-z]+/g) ?? []));
    surfaceCache.set(vocabulary, known);
  }
  return known;
}

/**
 * A vocabulary word's synonyms, each as the index terms it is said in ("proxy settings" → proxi + set).
 * Worked out for a word when first asked: stemming all of them would be most of a cold start's first answer.
 */
const synonymCache = new WeakMap<Vocabulary, Map<string, string[][]>>();
function synonymTerms(vocabulary: Vocabulary, word: string): string[][] | undefined {
  if (!Object.hasOwn(vocabulary.synonyms, word)) return undefined;
  let map = synonymCache.get(vocabulary);
  if (!map) synonymCache.set(vocabulary, (map = new Map()));
  let said = map.get(word);
  if (!said) map.set(word, (said = dedupe(vocabulary.synonyms[word]!.map(synonymTermsOf).filter((terms) => terms.length > 0))));
  return said;
}

/**
 * A synonym's index terms, a word each: a name such as Test-MicrosoftEntraConnectHealthConnectivity
 * or PowerShell stands whole, not as its parts.
 */
function synonymTermsOf(said: string): string[] {
  return said
    .split(/\s+/)
    .map((word) => (/^\S+[-.]\S+$/.test(word) ? word.toLowerCase() : processTerm(tokenize(word)[0] ?? '')))
    .filter((t): t is string => !!t);
}

/** Phrases of the vocabulary's synonyms ("turn off"), each with the ways the docs say it, as term lists. */
const phraseCache = new WeakMap<Vocabulary, Map<string, PhraseSynonym[]>>();
/** The endings a phrase's verb may take: "turns", "turned", "taken", "setting" (its consonant doubled). */
const INFLECTION = '(?:s|es|d|ed|n|en|ing|[a-z]ed|[a-z]ing)?';

/** The vocabulary's phrases by the word each ends in ("" for one ending otherwise than in a word), read once per vocabulary. */
function phrasesByLastWord(vocabulary: Vocabulary): Map<string, PhraseSynonym[]> {
  let byLastWord = phraseCache.get(vocabulary);
  if (!byLastWord) {
    byLastWord = new Map();
    Object.entries(vocabulary.synonyms)
      .filter(([phrase]) => /[\s-]/.test(phrase))
      .forEach(([phrase, more], order) => {
        const last = phrase.toLowerCase().split(/[\s-]+/).pop()!;
        let pattern: RegExp | undefined;
        let said: string[][] | undefined;
        const synonym: PhraseSynonym = {
          order,
          // Compiled and stemmed when first needed: most phrases are never asked.
          // A phrase's verb in any form: "turned on", "setting up", "logged in" (a word of two letters or one is no verb: "i created" is not "is created").
          get pattern() {
            return (pattern ??= new RegExp(`(?<![\\w-])${escapeRegExp(phrase).replace(/^([a-z]{3,})(?=\s)/i, `$1${INFLECTION}`)}(?![\\w-])`, 'gi'));
          },
          get said() {
            return (said ??= dedupe(more.map(synonymTermsOf)));
          },
        };
        // A last word of letters and digits is found among the question's words; any other is tested for.
        const key = /^[a-z0-9]+$/.test(last) ? last : '';
        byLastWord!.set(key, [...(byLastWord!.get(key) ?? []), synonym]);
      });
    phraseCache.set(vocabulary, byLastWord);
  }
  return byLastWord;
}
interface PhraseSynonym {
  /** Its place in the vocabulary: a phrase read blanks its words for those after it. */
  order: number;
  readonly pattern: RegExp;
  readonly said: string[][];
}

/**
 * The phrases whose last word the question has (and those ending otherwise than in a word), in the vocabulary's order.
 * Looked up by last word, not each tested: there are hundreds.
 */
function phrasesEndingIn(vocabulary: Vocabulary, words: Set<string>): PhraseSynonym[] {
  const byLastWord = phrasesByLastWord(vocabulary);
  const found = [...(byLastWord.get('') ?? [])];
  for (const word of words) if (word) found.push(...(byLastWord.get(word) ?? []));
  return found.sort((a, b) => a.order - b.order);
}

/** Synonyms of a question word, as written, without its plural "s", or without an ending ("reaches", "reaching", "restrictions"). */
function synonymsOf(vocabulary: Vocabulary, token: string): string[][] | undefined {
  const lower = token.toLowerCase();
  const ending = INFLECTED.exec(lower);
  return (
    synonymTerms(vocabulary, lower) ??
    (lower.endsWith('s') ? synonymTerms(vocabulary, lower.slice(0, -1)) : undefined) ??
    (ending ? synonymTerms(vocabulary, lower.slice(0, ending.index)) : undefined)
  );
}
const INFLECTED = /(?:es|ed|ing|ions?)$/;

/** The vocabulary's one-word synonyms by their word; phrases and words with other marks ("end of life", ".NET") by pattern. */
interface SynonymLookup {
  /** Each entry's place in the vocabulary, by its word. */
  words: Map<string, number>;
  phrases: { order: number; phrase: string; pattern?: RegExp }[];
}
const synonymLookupCache = new WeakMap<Vocabulary, SynonymLookup>();
const ONE_WORD = /^[\w-]+$/;

function synonymLookup(vocabulary: Vocabulary): SynonymLookup {
  let lookup = synonymLookupCache.get(vocabulary);
  if (!lookup) {
    lookup = { words: new Map(), phrases: [] };
    let order = 0;
    for (const word of Object.keys(vocabulary.synonyms)) {
      if (ONE_WORD.test(word)) lookup.words.set(word, order++);
      else lookup.phrases.push({ order: order++, phrase: word });
    }
    synonymLookupCache.set(vocabulary, lookup);
  }
  return lookup;
}

/**
 * The synonyms' terms of every vocabulary word or phrase the question says (a word with or without its plural "s"),
 * in the vocabulary's order. One-word entries are looked up by the question's words, and a phrase's pattern is
 * tested only when the question holds the phrase: testing a pattern per entry for every question was most of
 * understanding's cost.
 */
function expandSynonyms(question: string, vocabulary: Vocabulary): string[] {
  const { words, phrases } = synonymLookup(vocabulary);
  const lower = question.toLowerCase();
  const found = new Map<number, string>();
  for (const token of lower.split(/[^\w-]+/)) {
    for (const word of [token, token.endsWith('s') ? token.slice(0, -1) : undefined]) {
      const order = word === undefined ? undefined : words.get(word);
      if (order !== undefined) found.set(order, word!);
    }
  }
  for (const entry of phrases) {
    if (!lower.includes(entry.phrase)) continue;
    entry.pattern ??= new RegExp(`(?<![\\w-])${escapeRegExp(entry.phrase)}s?(?![\\w-])`, 'i');
    if (entry.pattern.test(question)) found.set(entry.order, entry.phrase);
  }
  return [...found.keys()].sort((a, b) => a - b).flatMap((order) => synonymTerms(vocabulary, found.get(order)!)!.flat());
}

/** The environments are whatever the endpoint tables split by ("General public", "Azure Government"). */
function environmentIn(canonical: string, index: FactIndex, vocabulary: Vocabulary): string | undefined {
  const text = canonical.toLowerCase();
  return environmentsOf(index).find((e) => text.includes(canonicalize(e, vocabulary).toLowerCase()));
}

const environmentCache = new WeakMap<FactIndex, string[]>();
function environmentsOf(index: FactIndex): string[] {
  let environments = environmentCache.get(index);
  if (!environments) {
    environments = [...new Set(index.facts.flatMap((f) => (f.kind === 'endpoint' && f.environment ? [f.environment] : [])))];
    environmentCache.set(index, environments);
  }
  return environments;
}

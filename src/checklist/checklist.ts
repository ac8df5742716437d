import type { Fact, Source } from '../fact.js';
import type { Vocabulary } from '../ingest/vocabulary.js';
import { canonicalize } from '../ingest/vocabulary.js';
import type { Topic, TopicSource } from './topic.js';

/** One thing that must be true, with why, how to check it, and where the docs say so. */
export interface ChecklistItem {
  /** Stable for the same docs: the fact's id. */
  id: string;
  /** What must be true, in the docs' words. */
  text: string;
  /** The docs' explanation, which is also the remedy when the item is blocked. */
  why?: string;
  /** How the docs say to verify it (a command, a service to look for). */
  verify: string[];
  /** The same for one variant, where the command takes the variant as a value (`-Role Sync`). */
  verifyFor?: Record<string, string[]>;
  /** Set when the item is one of a variant's (a group's). */
  group?: string;
  /** Set when the item belongs to one cloud environment's list. */
  environment?: string;
  kind: Fact['kind'];
  citation: Source;
}

/** A topic's checklist as the current docs make it. */
export interface Checklist {
  topic: Pick<Topic, 'id' | 'title' | 'summary'>;
  items: ChecklistItem[];
  /** The variants to choose from, when the topic has groups. */
  groups: { id: string; title: string }[];
  /** The cloud environments items are split by; a run asks which applies. */
  environments: string[];
}

/**
 * Facts → a topic's checklist: every fact of the kinds and sections the topic names becomes an
 * item, from the newest version of each article, in document order, without repeats.
 */
export function buildChecklist(topic: Topic, facts: Fact[], vocabulary: Vocabulary): Checklist {
  const current = facts.filter((f) => !f.supersededBy);
  const items: ChecklistItem[] = [];
  const seen = new Set<string>();
  const add = (source: TopicSource, group?: string) => {
    for (const fact of current.filter((f) => matches(f, source, vocabulary))) {
      const key = `${fact.text}|${group ?? ''}`;
      if (seen.has(fact.id) || seen.has(key)) continue;
      seen.add(fact.id);
      seen.add(key);
      items.push(itemOf(fact, source, current, group, topic.groups.map((g) => g.id)));
    }
  };
  for (const source of topic.sources) add(source);
  for (const group of topic.groups) for (const source of group.sources) add(source, group.id);
  const environments = [...new Set(items.map((i) => i.environment).filter((e): e is string => !!e))];
  return {
    topic: { id: topic.id, title: topic.title, ...(topic.summary ? { summary: topic.summary } : {}) },
    items, groups: topic.groups.map((g) => ({ id: g.id, title: g.title })), environments,
  };
}

function matches(fact: Fact, source: TopicSource, vocabulary: Vocabulary): boolean {
  if (!source.kinds.includes(fact.kind)) return false;
  if (source.severity && !(fact.kind === 'note' && source.severity.includes(fact.severity))) {
    if (fact.kind === 'note') return false;
  }
  const title = canonicalize(fact.source.title, vocabulary).toLowerCase();
  if (!source.articles.some((a) => title.includes(canonicalize(a, vocabulary).toLowerCase()))) return false;
  const section = fact.source.section.toLowerCase();
  return !source.sections || source.sections.some((s) => section.includes(s.toLowerCase()));
}

function itemOf(fact: Fact, source: TopicSource, facts: Fact[], group: string | undefined, groups: string[]): ChecklistItem {
  // The prose just before the fact in its section explains it ("During installation and runtime, the agent needs …").
  const intro = facts
    .filter((f) => f.kind === 'passage' && f.source.file === fact.source.file && f.source.section === fact.source.section && f.source.line <= fact.source.line)
    .sort((a, b) => b.source.line - a.source.line)[0]?.text;
  const verify = (source.verify ?? []).flatMap((name) => {
    const cmdlet = facts.find((f) => f.kind === 'cmdlet' && f.name.toLowerCase() === name.toLowerCase());
    return cmdlet && cmdlet.kind === 'cmdlet' ? [cmdlet.examples.find((e) => e.includes(' ')) ?? cmdlet.examples[0] ?? cmdlet.name] : [];
  });
  const verifyFor = variantCommands(source.verify ?? [], facts, groups);
  const base = { id: fact.id, kind: fact.kind, citation: fact.source, ...(group ? { group } : {}), ...(verifyFor ? { verifyFor } : {}) };
  switch (fact.kind) {
    case 'requirement':
      return { ...base, text: fact.condition, ...whyOf(fact.explanation ?? intro), verify };
    case 'endpoint':
      return { ...base, text: `${fact.host}${fact.port ? ` (port ${fact.port})` : ''}${fact.remarks ? ` — ${fact.remarks}` : ''}`, ...whyOf(intro), verify, ...(fact.environment ? { environment: fact.environment } : {}) };
    case 'service':
      return { ...base, text: `${fact.name} (Windows service)`, ...whyOf(fact.text.slice(fact.text.indexOf(':') + 1).trim()), verify: [...verify, `Look for "${fact.name}" in Services (services.msc).`] };
    case 'parameter':
      return { ...base, text: fact.text, ...whyOf(fact.meaning), verify };
    default:
      // Prose next to a step or a note rarely explains it: such items carry only their own words.
      return { ...base, text: fact.text, verify };
  }
}

/**
 * "Test-MicrosoftEntraConnectHealthConnectivity -Role Sync" for the sync variant: when a verifying
 * cmdlet has a parameter whose documented values name the topic's variants.
 */
function variantCommands(cmdlets: string[], facts: Fact[], groups: string[]): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const name of cmdlets) {
    for (const p of facts) {
      if (p.kind !== 'parameter' || p.cmdlet.toLowerCase() !== name.toLowerCase()) continue;
      for (const value of p.allowedValues) {
        const group = groups.find((g) => g.toLowerCase() === value.toLowerCase());
        if (group) (out[group] ??= []).push(`${p.cmdlet} -${p.name} ${value}`);
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}

function whyOf(text: string | undefined): { why?: string } {
  return text ? { why: text.length > 600 ? `${text.slice(0, 597)}…` : text } : {};
}

/** The items a run shows, for the variant and environment it chose. */
export function itemsFor(checklist: Checklist, choice: { group?: string; environment?: string }): ChecklistItem[] {
  return checklist.items.filter((i) => (!i.group || i.group === choice.group) && (!i.environment || i.environment === choice.environment));
}

import type { FactKind } from '../fact.js';
import { FACT_KINDS } from '../fact.js';

/** Which facts become checklist items: from which articles and sections, of which kinds. */
export interface TopicSource {
  /** Document titles (current product names); a fact's document title must contain one. */
  articles: string[];
  /** Headings: a fact's section path must contain one. Omitted: the whole article. */
  sections?: string[];
  kinds: FactKind[];
  /** For notes: the severities that count. */
  severity?: string[];
  /** Cmdlets the docs give to check these items. */
  verify?: string[];
}

export interface TopicGroup {
  id: string;
  title: string;
  sources: TopicSource[];
}

/** A readiness topic, as written in content/readiness/<id>.yml. */
export interface Topic {
  id: string;
  title: string;
  summary?: string;
  sources: TopicSource[];
  groups: TopicGroup[];
  /** The file it came from, for messages. */
  file: string;
}

/** Checks a parsed topic file; the error names the file and the field. */
export function parseTopic(data: unknown, file: string): Topic {
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`);
  };
  if (!data || typeof data !== 'object') fail('not a YAML mapping');
  const record = data as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail('`id` must be a short lower-case name like health-agent');
  if (typeof record.title !== 'string' || !record.title.trim()) fail('`title` is required');
  const sources = parseSources(record.sources, 'sources', fail);
  const groups = Array.isArray(record.groups)
    ? record.groups.map((g, i): TopicGroup => {
        const group = (g ?? {}) as Record<string, unknown>;
        if (typeof group.id !== 'string' || typeof group.title !== 'string') fail(`groups[${i}] needs \`id\` and \`title\``);
        return { id: group.id as string, title: group.title as string, sources: parseSources(group.sources, `groups[${i}].sources`, fail) };
      })
    : [];
  if (sources.length === 0 && groups.length === 0) fail('needs `sources` (or `groups` with sources)');
  return { id: id as string, title: record.title as string, ...(typeof record.summary === 'string' ? { summary: record.summary } : {}), sources, groups, file };
}

function parseSources(value: unknown, where: string, fail: (m: string) => never): TopicSource[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`\`${where}\` must be a list`);
  return (value as unknown[]).map((s, i) => {
    const source = (s ?? {}) as Record<string, unknown>;
    const list = (field: string, required: boolean): string[] | undefined => {
      const v = source[field];
      if (v === undefined && !required) return undefined;
      if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) fail(`${where}[${i}].${field} must be a list of names`);
      return v as string[];
    };
    const kinds = list('kinds', true)!;
    const unknown = kinds.filter((k) => !FACT_KINDS.includes(k as FactKind));
    if (unknown.length) fail(`${where}[${i}].kinds: unknown kind ${unknown.join(', ')} (kinds are ${FACT_KINDS.join(', ')})`);
    const sections = list('sections', false);
    const severity = list('severity', false);
    const verify = list('verify', false);
    return {
      articles: list('articles', true)!, kinds: kinds as FactKind[],
      ...(sections ? { sections } : {}), ...(severity ? { severity } : {}), ...(verify ? { verify } : {}),
    };
  });
}

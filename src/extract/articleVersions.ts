import type { Fact, FactKind } from '../fact.js';
import type { SourceDoc } from '../ingest/sourceDoc.js';
import { canonicalize, type Vocabulary } from '../ingest/vocabulary.js';
import { escapeRegExp } from '../ingest/vocabulary.js';
import { includedBy } from '../ingest/learn/includes.js';
import { toString } from 'mdast-util-to-string';

/** Several loaded documents that are versions of one article, newest first. */
export interface ArticleVersions {
  /** The article's normalised title. */
  article: string;
  docs: SourceDoc[];
}

/** Where two versions of one article say different things of one kind. */
export interface VersionConflict {
  article: string;
  kind: FactKind;
  newer: { file: string; date?: string; values: string[] };
  older: { file: string; date?: string; values: string[] };
  /** One sentence for maintainers and for answers: "… says X; the older … says Y". */
  text: string;
}

/**
 * Two documents are versions of one article when their titles (front matter or first heading)
 * are the same once product names are brought to their current form: "Install the Azure AD
 * Connect provisioning agent" (2020) and "Install the Microsoft Entra Connect provisioning agent".
 */
export function findArticleVersions(docs: SourceDoc[], vocabulary: Vocabulary): ArticleVersions[] {
  const groups: SourceDoc[][] = [];
  const groupOf = new Map<string, SourceDoc[]>();
  for (const doc of docs) {
    if (doc.tree.children.length === 0) continue;
    const keys = titleKeys(doc, vocabulary);
    const group = keys.map((k) => groupOf.get(k)).find(Boolean) ?? [];
    if (group.length === 0) groups.push(group);
    group.push(doc);
    for (const k of keys) groupOf.set(k, group);
  }
  return groups
    .filter((g) => g.length > 1)
    .map((g) => ({ article: titleKeys(g[0]!, vocabulary)[0]!, docs: [...g].sort((a, b) => newerFirst(a, b, vocabulary)) }));
}

function titleKeys(doc: SourceDoc, vocabulary: Vocabulary): string[] {
  const h1 = doc.tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const h1Text = h1 ? toString(h1) : undefined;
  return [...new Set([doc.title, h1Text].filter((t): t is string => !!t).map((t) => normalizeTitle(t, vocabulary)))];
}

function normalizeTitle(title: string, vocabulary: Vocabulary): string {
  return canonicalize(title, vocabulary).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * By `ms.date` when both have one. A page without a date is placed by its title: one that still
 * uses an old product name is the older; otherwise the dated page wins, being the one whose age we know.
 */
function newerFirst(a: SourceDoc, b: SourceDoc, vocabulary: Vocabulary): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  const oldA = usesOldNames(a.title, vocabulary);
  const oldB = usesOldNames(b.title, vocabulary);
  if (oldA !== oldB) return oldA ? 1 : -1;
  if (!!a.date !== !!b.date) return a.date ? -1 : 1;
  return a.file.localeCompare(b.file);
}

function usesOldNames(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.aliases.some((g) => g.old.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(text)));
}

/**
 * Facts of older versions point at the newest version of their article that says their section
 * (the deepest heading above them that a newer version also has). A newer section whose text is
 * in an include we don't have doesn't say it: the older version is then the newest that does.
 * A section no newer version has is superseded by the newest, unless a newer version pulls in includes we don't have.
 */
export function markSuperseded(facts: Fact[], versions: ArticleVersions[], vocabulary: Vocabulary): Fact[] {
  const pathOf = (f: Fact) => f.source.section.split(' > ').map((h) => sectionKey(h, vocabulary)).reverse();
  const sectionsOf = new Map<string, { said: Set<string> } & ReturnType<typeof headingsOf>>();
  for (const v of versions) for (const doc of v.docs) sectionsOf.set(doc.file, { said: new Set(), ...headingsOf(doc, vocabulary) });
  for (const f of facts) {
    const said = sectionsOf.get(f.source.file)?.said;
    if (said) for (const h of pathOf(f)) said.add(h);
  }
  const newerSaying = new Map<string, (path: string[]) => string | undefined>();
  for (const v of versions) {
    v.docs.slice(1).forEach((older, i) => {
      const newer = v.docs.slice(0, i + 1).map((d) => ({ file: d.file, ...sectionsOf.get(d.file)! }));
      // A section none of them has may be in an include of theirs we don't have ("Verify the provisioning agent
      // version" moved into one): whether it was dropped can't be told, and the older version still says it.
      const includesUnseen = newer.some((d) => d.included.size > 0);
      newerSaying.set(older.file, (path) => {
        if (includesUnseen && !newer.some((d) => d.headed.has(path[0]!))) return undefined;
        const section = path.find((h) => newer.some((d) => d.headed.has(h)));
        if (section === undefined) return newer[0]!.file;
        return newer.find((d) => d.said.has(section) && !d.included.has(section))?.file;
      });
    });
  }
  return facts.map((f) => {
    const by = newerSaying.get(f.source.file)?.(pathOf(f));
    return by ? { ...f, supersededBy: by } : f;
  });
}

/** A document's section headings, and those whose own text pulls in an include. */
function headingsOf(doc: SourceDoc, vocabulary: Vocabulary): { headed: Set<string>; included: Set<string> } {
  const headed = new Set<string>();
  const included = new Set<string>();
  const lines = doc.text.split('\n');
  const headings = doc.tree.children.filter((n) => n.type === 'heading');
  headings.forEach((n, i) => {
    const key = sectionKey(toString(n), vocabulary);
    headed.add(key);
    const from = n.position?.start.line ?? 0;
    const to = headings[i + 1]?.position?.start.line ?? lines.length + 1;
    if (lines.slice(from, to - 1).some((l) => includedBy(l))) included.add(key);
  });
  return { headed, included };
}

/** "Verify agent installation" (2020) is the section "Verify the agent installation". */
function sectionKey(heading: string, vocabulary: Vocabulary): string {
  return normalizeTitle(heading, vocabulary).replace(/\b(the|a|an)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The kinds worth comparing between versions, and what identifies a fact of each kind. */
const COMPARED: Partial<Record<FactKind, (f: Fact) => string | undefined>> = {
  file: (f) => (f.kind === 'file' && f.fileType === 'installer' ? f.name : undefined),
  role: (f) => (f.kind === 'role' ? f.role : undefined),
  service: (f) => (f.kind === 'service' ? f.name : undefined),
  cmdlet: (f) => (f.kind === 'cmdlet' ? f.name : undefined),
  endpoint: (f) => (f.kind === 'endpoint' ? `${f.host}${f.environment ? ` (${f.environment})` : ''}` : undefined),
  port: (f) => (f.kind === 'port' ? String(f.port) : undefined),
  parameter: (f) => (f.kind === 'parameter' ? `${f.cmdlet} ${f.name}` : undefined),
};

/**
 * What differs between the newest version of an article and each older one, kind by kind:
 * values only one side states. Renamed products are not differences (names are compared in
 * their current form).
 */
export function versionConflicts(versions: ArticleVersions[], facts: Fact[], vocabulary: Vocabulary): VersionConflict[] {
  const conflicts: VersionConflict[] = [];
  for (const { article, docs } of versions) {
    const [newest, ...older] = docs;
    for (const old of older) {
      for (const [kind, keyOf] of Object.entries(COMPARED) as [FactKind, (f: Fact) => string | undefined][]) {
        const values = (doc: SourceDoc) => {
          const map = new Map<string, string>();
          for (const f of facts) {
            if (f.source.file !== doc.file || f.kind !== kind) continue;
            const key = keyOf(f);
            if (key) map.set(canonicalize(key, vocabulary).toLowerCase(), key);
          }
          return map;
        };
        const a = values(newest!);
        const b = values(old);
        const onlyNewer = [...a.entries()].filter(([k]) => !b.has(k)).map(([, v]) => v);
        const onlyOlder = [...b.entries()].filter(([k]) => !a.has(k)).map(([, v]) => v);
        if (onlyNewer.length === 0 || onlyOlder.length === 0) continue;
        conflicts.push({
          article, kind,
          newer: { file: newest!.file, ...(newest!.date ? { date: newest!.date } : {}), values: onlyNewer },
          older: { file: old.file, ...(old.date ? { date: old.date } : {}), values: onlyOlder },
          text: `${kind}: ${describe(newest!)} says ${onlyNewer.join(', ')}; the older ${describe(old)} says ${onlyOlder.join(', ')}`,
        });
      }
    }
  }
  return conflicts;
}

function describe(doc: SourceDoc): string {
  return `${doc.file}${doc.date ? ` (${doc.date})` : ''}`;
}

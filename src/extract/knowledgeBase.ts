import { createHash } from 'node:crypto';
import type { Fact, FactKind } from '../fact.js';
import type { ParseWarning, SourceDoc, SourceFormat } from '../ingest/sourceDoc.js';
import type { Vocabulary } from '../ingest/vocabulary.js';
import { findArticleVersions, markSuperseded, versionConflicts, type VersionConflict } from './articleVersions.js';
import { brokenAnchorLinks, oldProductNames } from './docChecks.js';
import { extractFacts } from './extractFacts.js';

/** What the bot knows of one document. */
export interface DocSummary {
  file: string;
  title: string;
  date?: string;
  format: SourceFormat;
  hash: string;
  factCount: number;
  factsByKind: Partial<Record<FactKind, number>>;
  /** The newer version of this article, when one is loaded. */
  supersededBy?: string;
}

/** Everything the extract stage hands downstream: facts from all documents, and what was wrong with them. */
export interface KnowledgeBase {
  docs: DocSummary[];
  facts: Fact[];
  conflicts: VersionConflict[];
  warnings: ParseWarning[];
  /** Changes when any document's bytes change: checklist runs and the index compare it. */
  contentHash: string;
}

/** Parsed documents → facts, with article versions linked and maintainer checks run. Pure. */
export function buildKnowledgeBase(docs: SourceDoc[], vocabulary: Vocabulary): KnowledgeBase {
  const versions = findArticleVersions(docs, vocabulary);
  const facts = markSuperseded(docs.flatMap((d) => extractFacts(d, vocabulary)), versions, vocabulary);
  const superseded = new Set(versions.flatMap((v) => v.docs.slice(1).map((d) => d.file)));
  const warnings = docs.flatMap((d) => [
    ...d.warnings,
    ...brokenAnchorLinks(d),
    ...(superseded.has(d.file) ? [] : oldProductNames(d, vocabulary)),
  ]);
  const summaries = docs.map((d): DocSummary => {
    const own = facts.filter((f) => f.source.file === d.file);
    const factsByKind: DocSummary['factsByKind'] = {};
    for (const f of own) factsByKind[f.kind] = (factsByKind[f.kind] ?? 0) + 1;
    const newer = versions.find((v) => v.docs.slice(1).includes(d))?.docs[0]?.file;
    return {
      file: d.file, title: d.title, ...(d.date ? { date: d.date } : {}), format: d.format, hash: d.hash,
      factCount: own.length, factsByKind, ...(newer ? { supersededBy: newer } : {}),
    };
  });
  const contentHash = createHash('sha256').update(docs.map((d) => `${d.file}:${d.hash}`).join('\n')).digest('hex').slice(0, 16);
  return { docs: summaries, facts, conflicts: versionConflicts(versions, facts, vocabulary), warnings, contentHash };
}

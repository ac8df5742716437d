import type { KnowledgeBase } from '../extract/knowledgeBase.js';

export interface ValidateReport {
  text: string;
  errors: number;
}

/**
 * `kb validate`: the docs maintainer's report — facts per document and kind, problems with
 * `file:line`, differences between versions of one article. Errors make the exit code non-zero.
 */
export function validateCommand(knowledge: KnowledgeBase, extraProblems: string[] = []): ValidateReport {
  const out: string[] = [];
  out.push(`Documents: ${knowledge.docs.length}, facts: ${knowledge.facts.length}`, '');
  for (const doc of knowledge.docs) {
    const kinds = Object.entries(doc.factsByKind).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(', ');
    const meta = [doc.format, doc.date ?? 'no date', doc.supersededBy ? `older version of ${doc.supersededBy}` : ''].filter(Boolean).join(', ');
    out.push(`${doc.file} — ${doc.title} (${meta})`, `  ${doc.factCount} facts: ${kinds || 'none'}`);
  }
  const errors = knowledge.warnings.filter((w) => w.severity === 'error');
  const warnings = knowledge.warnings.filter((w) => w.severity === 'warning');
  out.push('', `Errors: ${errors.length + extraProblems.length}`);
  for (const w of errors) out.push(`  ${w.file}:${w.line}: ${w.message}`);
  for (const p of extraProblems) out.push(`  ${p}`);
  out.push('', `Warnings: ${warnings.length}`);
  for (const w of warnings) out.push(`  ${w.file}:${w.line}: ${w.message}`);
  out.push('', `Differences between versions of one article: ${knowledge.conflicts.length}`);
  for (const c of knowledge.conflicts) out.push(`  ${c.text}`);
  return { text: out.join('\n'), errors: errors.length + extraProblems.length };
}

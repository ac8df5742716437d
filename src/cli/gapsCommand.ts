import type { Gap } from '../store/feedbackStore.js';

/** `kb gaps`: what people asked that the docs don't answer (well), most frequent first. */
export function gapsCommand(gaps: Gap[], json: boolean): string {
  if (json) return JSON.stringify(gaps, null, 2);
  if (gaps.length === 0) return 'No gaps recorded: every question asked so far was answered, and no answer was marked not helpful.';
  const section = (reason: Gap['reason'], title: string) => {
    const rows = gaps.filter((g) => g.reason === reason);
    return rows.length ? [`${title} (${rows.length})`, ...rows.map((g) => `  ${String(g.count).padStart(4)} × ${g.question}  (last ${g.lastAsked.slice(0, 10)})`)] : [];
  };
  return [...section('unanswered', 'Questions the docs did not answer'), ...section('not helpful', 'Answers marked not helpful')].join('\n');
}

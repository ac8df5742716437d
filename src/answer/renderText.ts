import type { Fact } from '../fact.js';
import type { Answer } from './answerTypes.js';

/** The plain-text answer stays short enough to read in a chat window. */
export const MAX_TEXT = 2500;

/**
 * The answer as plain text: the lead, the facts (lists as lists), their citations grouped by
 * section, older-version differences, follow-ups. Long lists are cut, saying how many are left —
 * around the fact that answers (`focus`) when it stands deep in one: the step a question asks of a long procedure.
 */
export function renderAnswerText(answer: Omit<Answer, 'text'>, more: number, focus?: Fact): string {
  const listed = listedFacts(answer);
  const items = listed.map((fact) => `• ${factLine(fact)}`);
  if (more > 0) items.push(`• … and ${more} more in the source`);
  const tail: string[] = [];
  // A near tie stands apart, after the answer, and is never cut with the answer's list: it is what else the docs may mean.
  if (answer.nearTie) tail.push('', `Also: ${shortened(factLine(answer.nearTie), ALSO_LENGTH)}`);
  const citations = citationLines(answer.facts);
  if (citations.length) tail.push('', ...citations);
  if (answer.olderVersions.length) tail.push('', ...answer.olderVersions.map((n) => `Older version: ${n}`));
  if (answer.suggestions.length) tail.push('', `${answer.answered ? 'Related' : 'Closest topics'}: ${answer.suggestions.join(' | ')}`);
  return fit(answer.lead, items, tail, focus ? listed.indexOf(focus) : -1);
}

/**
 * The facts listed under the lead: not one the lead already says (a sentence, a FAQ answer under its own
 * question, a note led by its own words or its version); a requirement whose lead is its condition lists its explanation.
 * Not a near tie, which is shown apart.
 */
export function listedFacts(answer: Pick<Answer, 'lead' | 'facts' | 'nearTie'>): Fact[] {
  return answer.facts.filter((fact, i) => {
    if (fact === answer.nearTie) return false;
    const line = factLine(fact);
    if (line === answer.lead) return false;
    // The first fact the lead says in part: a FAQ answer it quotes, a release note it gives under its version ("1.5.1007.0: …").
    return !(i === 0 && (fact.kind === 'faq' ? line.includes(answer.lead) : answer.lead.endsWith(`: ${line}`)));
  });
}

/** One fact as a list line: its value first (host, step, parameter), then what the docs say of it. */
export function factLine(fact: Fact): string {
  switch (fact.kind) {
    case 'endpoint': return `${fact.host}${fact.port ? ` (port ${fact.port})` : ''}${fact.remarks ? ` — ${fact.remarks}` : ''}`;
    case 'step': return `${fact.position}. ${fact.text}${fact.script ? `\n${fact.script.replace(/^(?=.)/gm, '    ')}` : ''}`;
    case 'port': return `${fact.protocol ? `${fact.protocol} ` : ''}${fact.port} — ${fact.purpose}`;
    case 'service': return fact.name;
    case 'requirement': return fact.explanation ? `${fact.condition} ${fact.explanation}` : fact.condition;
    case 'cmdlet': return fact.examples.length ? `${fact.examples.slice(0, 3).join('  |  ')}` : fact.name;
    case 'faq': return `${fact.question} ${fact.answer}`;
    default: return fact.text;
  }
}

/** "Source: title › section — file:line, line, … (date)", one line per section. */
export function citationLines(facts: Fact[]): string[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.source.file}|${f.source.section}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const { title, section, file, date } = group[0]!.source;
    const lines = [...new Set(group.map((f) => f.source.line))].sort((a, b) => a - b);
    const where = section && section !== title ? `${title} › ${section}` : title;
    return `Source: ${where} — ${file}:${compactLines(lines)}${date ? ` (${date})` : ''}`;
  });
}

function compactLines(lines: number[]): string {
  if (lines.length <= 3) return lines.join(', ');
  return `${lines[0]}–${lines[lines.length - 1]}`;
}

/** At most this much of a near tie is said: its source says the rest. */
const ALSO_LENGTH = 400;

/** A text cut to a length, saying so with an ellipsis. */
export function shortened(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** Keeps the lead, the sources and the follow-ups; cuts list lines from the end — or, to keep the focus, from the start. */
function fit(lead: string, items: string[], tail: string[], focusAt: number): string {
  const shown = (start: number, end: number) => [
    lead,
    ...(start > 0 ? [`• … (${start} before, in the source)`] : []),
    ...items.slice(start, end),
    ...(end < items.length ? ['• … (more in the source)'] : []),
    ...tail,
  ].join('\n');
  let [start, end] = [0, items.length];
  let text = shown(start, end);
  while (text.length > MAX_TEXT && end > start) {
    if (end - 1 > focusAt || start >= focusAt) end--;
    else start++;
    text = shown(start, end);
  }
  return shortened(text, MAX_TEXT);
}

import type { Fact, FactKind } from '../fact.js';
import type { Searchable } from '../search/loadSearchable.js';
import type { Selection } from './compose.js';
import type { Hit } from './retrieve.js';
import type { Understanding } from './understand.js';

const MAX_SUGGESTIONS = 3;

/** Follow-up questions, phrased by fact kind, offered only where the docs hold facts of that kind. */
const FOLLOW_UPS: { kind: FactKind; ask: (subject: string, f: Fact) => string }[] = [
  { kind: 'requirement', ask: (s) => `What are the requirements for ${s}?` },
  { kind: 'port', ask: (s) => `Which ports does ${s} need?` },
  { kind: 'endpoint', ask: (s, f) => `Which endpoints does ${s} need${f.kind === 'endpoint' && f.environment ? ` in ${f.environment}` : ''}?` },
  { kind: 'step', ask: (_s, f) => (f.kind === 'step' ? howDoI(f.procedure) : '') },
  { kind: 'service', ask: (s) => `Which services should be running for ${s}?` },
  { kind: 'cmdlet', ask: (_s, f) => (f.kind === 'cmdlet' ? `What does ${f.name} do?` : '') },
  { kind: 'license', ask: (s) => `Which license does ${s} need?` },
  { kind: 'role', ask: (s) => `Which role do I need for ${s}?` },
];

/** Up to three questions about the same component that the docs answer with another kind of fact. */
export function suggestFollowUps(selection: Selection, u: Understanding, searchable: Searchable): string[] {
  const { anchor } = selection;
  // (A fact of another component in the same article is asked about by its own: the roadmap's licence is Connect Health's.)
  const subjectOf = (example: Fact) => example.component ?? anchor.component ?? anchor.source.title.replace(/[.\s]+$/, '');
  const related = factsAbout(searchable, anchor.component ?? anchor.source.file);
  const out: string[] = [];
  // Another environment of the same endpoint table.
  if (anchor.kind === 'endpoint') {
    const other = related.find((f) => f.kind === 'endpoint' && f.source.file === anchor.source.file && f.environment !== anchor.environment);
    if (other) out.push(FOLLOW_UPS.find((x) => x.kind === 'endpoint')!.ask(subjectOf(other), other));
  }
  for (const { kind, ask } of FOLLOW_UPS) {
    if (out.length >= MAX_SUGGESTIONS) break;
    if (kind === anchor.kind && kind !== 'step') continue;
    const example = related.find((f) => f.kind === kind && !(kind === 'step' && f.kind === 'step' && anchor.kind === 'step' && f.procedure === anchor.procedure));
    const question = example && ask(subjectOf(example), example);
    if (question && question.toLowerCase() !== u.question.toLowerCase() && !out.includes(question)) out.push(question);
  }
  return out;
}

const aboutCache = new WeakMap<Searchable, Map<string, Fact[]>>();

/** Current facts of a component (or, for facts without one, of a file). */
function factsAbout(searchable: Searchable, key: string): Fact[] {
  let byKey = aboutCache.get(searchable);
  if (!byKey) {
    byKey = new Map();
    for (const f of searchable.index.facts) {
      if (f.supersededBy) continue;
      for (const k of new Set([f.component ?? f.source.file, f.source.file])) byKey.set(k, [...(byKey.get(k) ?? []), f]);
    }
    aboutCache.set(searchable, byKey);
  }
  return byKey.get(key) ?? [];
}

/** For an abstention: the sections closest to the question, as topics to ask about. */
export function suggestTopics(hits: Hit[]): string[] {
  const topics: string[] = [];
  for (const { fact } of hits) {
    if (fact.supersededBy) continue;
    const topic = fact.source.section.split(' > ').pop()!;
    if (!topics.includes(topic) && topic !== 'Next steps') topics.push(topic);
    if (topics.length >= MAX_SUGGESTIONS) break;
  }
  return topics;
}

function howDoI(procedure: string): string {
  const [first, ...rest] = procedure.split(' ');
  const verb = /^(Install|Verify|Configure|Enable|Register|Update|Upgrade|Create|Set|Remove|Uninstall|Download|Test|Change|Import|Specify|Clear|Read|Assign|Use|Get|Quickly)$/.test(first ?? '');
  return verb ? `How do I ${first!.toLowerCase()} ${rest.join(' ')}?` : `What are the steps for ${procedure}?`;
}

import { FACT_KINDS, type Fact, type FactKind } from '../fact.js';
import type { KnowledgeBase } from '../extract/knowledgeBase.js';
import { UsageError } from './args.js';

/** `kb facts [--kind K] [--json]`: every fact, or those of one kind. */
export function factsCommand(knowledge: KnowledgeBase, options: { kind?: string; json?: boolean }): string {
  if (options.kind && !FACT_KINDS.includes(options.kind as FactKind)) {
    throw new UsageError(`unknown kind "${options.kind}"; kinds are: ${FACT_KINDS.join(', ')}`);
  }
  const facts = options.kind ? knowledge.facts.filter((f) => f.kind === options.kind) : knowledge.facts;
  if (options.json) return JSON.stringify(facts, null, 2);
  return facts.map(factLine).join('\n');
}

function factLine(fact: Fact): string {
  const old = fact.supersededBy ? ' [older version]' : '';
  return `${fact.kind.padEnd(11)} ${fact.text.length > 160 ? `${fact.text.slice(0, 157)}…` : fact.text}  (${fact.source.file}:${fact.source.line})${old}`;
}

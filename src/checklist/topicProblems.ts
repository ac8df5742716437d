import type { Fact } from '../fact.js';
import type { Vocabulary } from '../ingest/vocabulary.js';
import { buildChecklist } from './checklist.js';
import { loadTopics } from './loadTopics.js';

/** For `kb validate`: topic files that don't load, and topics (or variants) whose sources yield no items. */
export function topicProblems(roots: string[], facts: Fact[], vocabulary: Vocabulary): string[] {
  let topics;
  try {
    topics = loadTopics(roots);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  for (const topic of topics) {
    const checklist = buildChecklist(topic, facts, vocabulary);
    if (checklist.items.length === 0) problems.push(`${topic.file}: readiness topic "${topic.id}" yields no items from the docs (check its articles, sections and kinds)`);
    for (const group of checklist.groups) {
      if (!checklist.items.some((i) => i.group === group.id)) problems.push(`${topic.file}: variant "${group.id}" of topic "${topic.id}" yields no items`);
    }
  }
  return problems;
}

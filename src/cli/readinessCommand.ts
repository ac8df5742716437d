import type { Readiness } from '../checklist/readiness.js';
import { UsageError } from './args.js';

/** `kb readiness [topic] [--json]`: the topics, or one topic's checklist with verification and citations. */
export function readinessCommand(readiness: Readiness, topicText: string | undefined, json: boolean): string {
  if (!topicText) {
    const topics = readiness.topics.map((t) => ({ id: t.id, title: t.title, summary: t.summary, items: readiness.checklist(t.id)?.items.length ?? 0 }));
    if (json) return JSON.stringify(topics, null, 2);
    return ['Readiness topics:', ...topics.map((t) => `  ${t.id.padEnd(22)} ${t.title} (${t.items} items)`), '', 'Show one: kb readiness <topic>'].join('\n');
  }
  const topic = readiness.find(topicText);
  if (!topic) throw new UsageError(`no readiness topic "${topicText}"; topics are: ${readiness.topics.map((t) => t.id).join(', ')}`);
  const checklist = readiness.checklist(topic.id)!;
  if (json) return JSON.stringify(checklist, null, 2);
  const lines = [`${checklist.topic.title}${checklist.topic.summary ? ` — ${checklist.topic.summary}` : ''}`, ''];
  if (checklist.groups.length) lines.push(`Variants (a run asks which): ${checklist.groups.map((g) => `${g.id} (${g.title})`).join(', ')}`);
  if (checklist.environments.length) lines.push(`Environments (a run asks which): ${checklist.environments.join(', ')}`);
  checklist.items.forEach((item, i) => {
    const scope = [item.group, item.environment].filter(Boolean).join(', ');
    lines.push(`${String(i + 1).padStart(3)}. [ ] ${item.text}${scope ? `  [${scope}]` : ''}`);
    if (item.why) lines.push(`       why: ${item.why}`);
    for (const v of item.verify) lines.push(`       verify: ${v}`);
    for (const [group, commands] of Object.entries(item.verifyFor ?? {})) for (const v of commands) lines.push(`       verify (${group}): ${v}`);
    lines.push(`       source: ${item.citation.title} › ${item.citation.section} (${item.citation.file}:${item.citation.line})`);
  });
  return lines.join('\n');
}

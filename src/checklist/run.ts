import type { Checklist, ChecklistItem } from './checklist.js';
import { itemsFor } from './checklist.js';

export type ItemStatus = 'done' | 'blocked' | 'na';

export interface ItemState {
  status: ItemStatus;
  by: string;
  at: string;
}

export interface ItemNote {
  text: string;
  by: string;
  at: string;
}

/** One team's pass through a checklist, in one channel. */
export interface Run {
  id: string;
  topicId: string;
  channel: string;
  /** The message that shows the run, once posted. */
  messageTs?: string;
  startedBy: string;
  startedAt: string;
  /** The content the checklist was built from: when it changes, the run says so. */
  contentHash: string;
  /** The checklist as it was when the run started: items keep their place while the run lasts. */
  checklist: Checklist;
  group?: string;
  environment?: string;
  states: Record<string, ItemState>;
  notes: Record<string, ItemNote>;
  summaryPostedAt?: string;
}

/** What still needs a choice before the items can be shown. */
export function pendingChoice(run: Run): 'group' | 'environment' | undefined {
  if (run.checklist.groups.length > 0 && !run.group) return 'group';
  const ofGroup = run.checklist.items.filter((i) => !i.group || i.group === run.group);
  if (run.checklist.environments.length > 0 && !run.environment && ofGroup.some((i) => i.environment)) return 'environment';
  return undefined;
}

/** The items this run shows, given its choices. */
export function runItems(run: Run): ChecklistItem[] {
  return pendingChoice(run) ? [] : itemsFor(run.checklist, { ...(run.group ? { group: run.group } : {}), ...(run.environment ? { environment: run.environment } : {}) });
}

export interface Progress {
  total: number;
  resolved: number;
  done: number;
  blocked: number;
  na: number;
}

export function progress(run: Run): Progress {
  const items = runItems(run);
  const count = (status: ItemStatus) => items.filter((i) => run.states[i.id]?.status === status).length;
  const done = count('done');
  const blocked = count('blocked');
  const na = count('na');
  return { total: items.length, resolved: done + blocked + na, done, blocked, na };
}

/** Every item has a status (and there are items to have one). */
export function isComplete(run: Run): boolean {
  const p = progress(run);
  return p.total > 0 && p.resolved === p.total;
}

/** The blocked items, each with the remedy the docs give (the item's explanation) and its citation. */
export function blockedItems(run: Run): { item: ChecklistItem; state: ItemState; note?: ItemNote }[] {
  return runItems(run)
    .filter((i) => run.states[i.id]?.status === 'blocked')
    .map((item) => ({ item, state: run.states[item.id]!, ...(run.notes[item.id] ? { note: run.notes[item.id] } : {}) }));
}

const MARK: Record<ItemStatus | 'open', string> = { done: '[x]', blocked: '[!]', na: '[-]', open: '[ ]' };

/** The run as a Markdown report: choices, progress, every item with who did what and when, and what blocks. */
export function exportMarkdown(run: Run, currentHash?: string): string {
  const p = progress(run);
  const lines = [
    `# Readiness: ${run.checklist.topic.title}`,
    '',
    `Run ${run.id}, started ${run.startedAt} by ${run.startedBy} in ${run.channel}.`,
    ...(run.group ? [`Variant: ${run.checklist.groups.find((g) => g.id === run.group)?.title ?? run.group}.`] : []),
    ...(run.environment ? [`Environment: ${run.environment}.`] : []),
    `Progress: ${p.resolved}/${p.total} resolved (${p.done} done, ${p.blocked} blocked, ${p.na} not applicable).`,
    ...(currentHash && currentHash !== run.contentHash ? ['', '> The docs have changed since this run started; the items are those of the docs at the start.'] : []),
    '',
    '## Items',
    '',
  ];
  for (const item of runItems(run)) {
    const state = run.states[item.id];
    const note = run.notes[item.id];
    lines.push(`- ${MARK[state?.status ?? 'open']} ${item.text}${state ? ` — ${state.status} by ${state.by} at ${state.at}` : ''}`);
    if (note) lines.push(`  - Note (${note.by}): ${note.text}`);
    lines.push(`  - Source: ${item.citation.title} › ${item.citation.section} (${item.citation.file}:${item.citation.line})`);
  }
  const blocked = blockedItems(run);
  if (blocked.length) {
    lines.push('', '## Blocked', '');
    for (const { item, note } of blocked) {
      const verify = (run.group && item.verifyFor?.[run.group]) || item.verify;
      lines.push(`- ${item.text}`, ...(item.why ? [`  - What the docs say: ${item.why}`] : []), ...(verify.length ? [`  - To verify: ${verify.join('; ')}`] : []), ...(note ? [`  - Note: ${note.text}`] : []));
    }
  }
  return lines.join('\n');
}

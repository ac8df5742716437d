import type { ChecklistItem } from '../../checklist/checklist.js';
import { exportMarkdown, blockedItems, pendingChoice, progress, runItems, type ItemStatus, type Run } from '../../checklist/run.js';
import type { Topic } from '../../checklist/topic.js';
import type { Block, SlackMessage } from './answerBlocks.js';
import { LIMITS } from './limits.js';
import { code, escapeMrkdwn, truncate } from './mrkdwn.js';

export const RUN_ACTIONS = {
  start: 'readiness_start',
  choose: 'readiness_choose',
  item: 'readiness_item',
  noteView: 'readiness_note',
} as const;

const ICON: Record<ItemStatus | 'open', string> = { done: ':white_check_mark:', blocked: ':no_entry:', na: ':heavy_minus_sign:', open: ':white_square:' };
const LABEL: Record<ItemStatus, string> = { done: 'Done', blocked: 'Blocked', na: 'N/A' };
/** Blocks a run message needs besides its items (header, progress, notices). */
const FRAME = 5;

/** The list of topics, each a button that starts a run. */
export function renderTopicList(topics: Topic[], intro: string): SlackMessage {
  return {
    text: `${intro} ${topics.map((t) => t.id).join(', ')}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(intro) } },
      ...topics.slice(0, 20).map((t) => ({
        type: 'section',
        text: { type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(t.title)}* (${code(t.id)})${t.summary ? `\n${escapeMrkdwn(t.summary)}` : ''}`, LIMITS.sectionText) },
        accessory: { type: 'button', text: { type: 'plain_text', text: 'Start' }, action_id: `${RUN_ACTIONS.start}_${t.id}`, value: t.id },
      })),
    ],
  };
}

/**
 * A run as one message, updated in place: progress, who did what and when, an overflow menu per
 * item (Done / Blocked / N/A / Add a note). A run larger than a message can show lists the rest
 * in `/readiness export`.
 */
export function renderRun(run: Run, currentHash: string): SlackMessage {
  const p = progress(run);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`Readiness: ${run.checklist.topic.title}`, 150) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${p.resolved}/${p.total} resolved · ${p.done} done · ${p.blocked} blocked · ${p.na} n/a · started by <@${run.startedBy}> · run \`${run.id}\`${run.summaryPostedAt ? ' · *finished*' : ''}` }] },
  ];
  if (run.contentHash !== currentHash) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: ':warning: The docs have changed since this run started; it keeps the items it started with. Start a new run for the current ones.' }] });
  }
  const choice = pendingChoice(run);
  if (choice === 'group') {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Which one are you preparing?*' } });
    blocks.push({ type: 'actions', block_id: 'choose_group', elements: run.checklist.groups.map((g) => choiceButton(g.title, `${run.id}|g|${g.id}`)) });
  } else if (choice === 'environment') {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Which cloud environment applies?* The endpoint list depends on it.' } });
    blocks.push({ type: 'actions', block_id: 'choose_environment', elements: run.checklist.environments.map((e, i) => choiceButton(e, `${run.id}|e|${i}`)) });
  }
  const items = runItems(run);
  const room = LIMITS.blocksPerMessage - FRAME - blocks.length + 2;
  items.slice(0, room).forEach((item) => blocks.push(itemBlock(run, item, run.checklist.items.indexOf(item))));
  if (items.length > room) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${items.length - room} more items than a message can show: \`/readiness export ${run.id}\` lists them all.` }] });
  }
  return { text: `Readiness: ${run.checklist.topic.title} — ${p.resolved}/${p.total} resolved`, blocks: blocks.slice(0, LIMITS.blocksPerMessage) };
}

function itemBlock(run: Run, item: ChecklistItem, index: number): Block {
  const state = run.states[item.id];
  const note = run.notes[item.id];
  const lines = [`${ICON[state?.status ?? 'open']} ${escapeMrkdwn(item.text)}`];
  const verify = (run.group && item.verifyFor?.[run.group]) || item.verify;
  if (verify.length) lines.push(`_Verify:_ ${verify.map((v) => (v.includes(' ') && !/^[A-Z][a-z]+-/.test(v) ? escapeMrkdwn(v) : code(v))).join(' · ')}`);
  if (state) lines.push(`_${LABEL[state.status]} by <@${state.by}> at ${state.at.slice(0, 16).replace('T', ' ')} UTC_`);
  if (note) lines.push(`:memo: ${escapeMrkdwn(note.text)} — <@${note.by}>`);
  lines.push(`:page_facing_up: ${escapeMrkdwn(item.citation.title)} › ${escapeMrkdwn(item.citation.section)} (${item.citation.file}:${item.citation.line})`);
  const option = (label: string, action: string) => ({ text: { type: 'plain_text', text: label }, value: `${run.id}|${index}|${action}` });
  return {
    type: 'section',
    block_id: `item_${index}`,
    text: { type: 'mrkdwn', text: truncate(lines.join('\n'), LIMITS.sectionText) },
    ...(run.summaryPostedAt ? {} : {
      accessory: {
        type: 'overflow', action_id: RUN_ACTIONS.item,
        options: [option('Done', 'done'), option('Blocked', 'blocked'), option('N/A', 'na'), option('Add a note…', 'note')],
      },
    }),
  };
}

function choiceButton(text: string, value: string): Block {
  return { type: 'button', text: { type: 'plain_text', text: truncate(text, LIMITS.buttonText) }, action_id: `${RUN_ACTIONS.choose}_${value.split('|').slice(1).join('_')}`, value };
}

/** Posted in the thread when every item is resolved: what is blocked, and what the docs say to do. */
export function renderSummary(run: Run): SlackMessage {
  const p = progress(run);
  const blocked = blockedItems(run);
  const head = blocked.length
    ? `*All ${p.total} items resolved: ${p.done} done, ${p.na} not applicable, ${p.blocked} blocked.* What still blocks, and what the docs say:`
    : `*All ${p.total} items resolved: ${p.done} done, ${p.na} not applicable. Nothing is blocked.*`;
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: head } }];
  for (const { item, note } of blocked.slice(0, LIMITS.blocksPerMessage - 2)) {
    const lines = [`:no_entry: *${escapeMrkdwn(item.text)}*`];
    if (item.why) lines.push(`What the docs say: ${escapeMrkdwn(item.why)}`);
    const verify = (run.group && item.verifyFor?.[run.group]) || item.verify;
    if (verify.length) lines.push(`To verify: ${verify.map((v) => escapeMrkdwn(v)).join(' · ')}`);
    if (note) lines.push(`:memo: ${escapeMrkdwn(note.text)}`);
    lines.push(`:page_facing_up: ${escapeMrkdwn(item.citation.title)} › ${escapeMrkdwn(item.citation.section)} (${item.citation.file}:${item.citation.line})`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), LIMITS.sectionText) } });
  }
  return { text: head.replace(/\*/g, ''), blocks };
}

/** The Markdown report as messages of at most one section each (code blocks keep it readable). */
export function renderExport(run: Run, currentHash: string): SlackMessage[] {
  const markdown = exportMarkdown(run, currentHash);
  const parts: string[] = [];
  let current = '';
  for (const line of markdown.split('\n')) {
    if ((current + line).length > LIMITS.sectionText - 20) {
      parts.push(current);
      current = '';
    }
    current += `${line}\n`;
  }
  if (current) parts.push(current);
  return parts.map((part, i) => ({ text: i === 0 ? `Readiness report: ${run.checklist.topic.title}` : 'Readiness report (continued)', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${part.replace(/```/g, "'''")}\`\`\`` } }] }));
}

import type { HomeView } from '@slack/types';
import type { SlackDeps } from '../deps.js';
import { escapeMrkdwn, truncate } from '../blocks/mrkdwn.js';

const EXAMPLES = [
  'which ports does the health agent need?',
  'endpoints for gov cloud',
  'how do I set a proxy for the agent?',
  'how do I install the provisioning agent?',
];

/** What the bot knows (documents, dates, fact counts), example questions, and how to ask. */
export function renderHomeView(deps: SlackDeps): HomeView {
  const docs = deps.searchable.knowledge.docs.filter((d) => d.factCount > 0);
  const docLines = docs.slice(0, 40).map((d) => `• *${escapeMrkdwn(d.title)}*${d.date ? ` (${d.date})` : ''} — ${d.factCount} facts${d.supersededBy ? ' _(older version)_' : ''}`);
  const text = (t: string) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text: truncate(t, 3000) } });
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Entra Connect docs bot' } },
      text('I answer from the product docs only, and cite the document, section and line for every fact. When the docs don\'t say, I say so.'),
      { type: 'divider' },
      text('*How to ask*\n• `/ask <question>` — a private answer you can share\n• Mention me in a channel — I answer in the thread\n• Send me a direct message'),
      text(`*Try*\n${EXAMPLES.map((e) => `• \`/ask ${e}\``).join('\n')}`),
      ...(deps.readiness?.topics.topics.length
        ? [text(`*Readiness checklists* — \`/readiness <topic>\` in a channel\n${deps.readiness.topics.topics.map((t) => `• \`${t.id}\` — ${escapeMrkdwn(t.title)}`).join('\n')}`)]
        : []),
      { type: 'divider' },
      text(`*What I know* (${docs.length} documents, ${deps.searchable.knowledge.facts.length} facts)\n${docLines.join('\n')}${docs.length > 40 ? `\n…and ${docs.length - 40} more` : ''}`),
    ],
  };
}

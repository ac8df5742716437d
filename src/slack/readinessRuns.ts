import type { WebClient } from '@slack/web-api';
import { isComplete, type Run } from '../checklist/run.js';
import { renderRun, renderSummary } from './blocks/runBlocks.js';
import type { SlackDeps } from './deps.js';

type Readiness = NonNullable<SlackDeps['readiness']>;

/** Starts a run of a topic in a channel: the checklist message, posted for everyone. */
export async function startRun(client: WebClient, readiness: Readiness, topicId: string, channel: string, user: string): Promise<Run | string> {
  const checklist = readiness.topics.checklist(topicId);
  if (!checklist || checklist.items.length === 0) return `The docs yield no checklist items for "${topicId}" right now (\`kb validate\` shows why).`;
  const run = readiness.runs.create({ topicId, channel, startedBy: user, contentHash: readiness.topics.contentHash, checklist });
  const posted = await client.chat.postMessage({ channel, ...renderRun(run, readiness.topics.contentHash) });
  if (posted.ts) readiness.runs.setMessage(run.id, posted.ts);
  return { ...run, ...(posted.ts ? { messageTs: posted.ts } : {}) };
}

/**
 * Shows a run's latest state in its message; when the last item is resolved, posts the summary
 * in the thread once (whoever clicked last) and freezes the message.
 */
export async function refreshRun(client: WebClient, readiness: Readiness, run: Run): Promise<void> {
  let current = run;
  if (isComplete(current) && !current.summaryPostedAt && readiness.runs.claimSummary(current.id)) {
    current = readiness.runs.get(current.id) ?? current;
    if (current.messageTs) await client.chat.postMessage({ channel: current.channel, thread_ts: current.messageTs, ...renderSummary(current) });
  }
  if (current.messageTs) await client.chat.update({ channel: current.channel, ts: current.messageTs, ...renderRun(current, readiness.topics.contentHash) });
}

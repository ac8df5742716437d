import type { App } from '@slack/bolt';
import { progress } from '../../checklist/run.js';
import { renderExport, renderTopicList } from '../blocks/runBlocks.js';
import { plain, type SlackDeps } from '../deps.js';
import { startRun } from '../readinessRuns.js';

/**
 * `/readiness` lists the topics; `/readiness <topic>` starts a shared checklist in the channel;
 * `/readiness status` lists the channel's open runs; `/readiness export [run]` posts a report.
 */
export function registerReadinessCommand(app: App, deps: SlackDeps): void {
  app.command('/readiness', async ({ command, ack, respond, client, logger }) => {
    await ack();
    const readiness = deps.readiness;
    const reply = (message: { text: string; blocks?: unknown[] }) => respond({ response_type: 'ephemeral', replace_original: false, ...message } as never).catch((e: Error) => logger.error(e.message));
    if (!readiness) return void reply(plain('Readiness checklists are not set up here.'));
    const [word = '', ...rest] = command.text.trim().split(/\s+/);
    try {
      if (!word) return void (await reply(renderTopicList(readiness.topics.topics, 'Readiness checklists — pick a topic to start one in this channel:')));
      if (word === 'status') {
        const open = readiness.runs.openRuns(command.channel_id);
        const lines = open.map((r) => {
          const p = progress(r);
          return `• *${r.checklist.topic.title}* — run \`${r.id}\`, ${p.resolved}/${p.total} resolved, ${p.blocked} blocked, started by <@${r.startedBy}>`;
        });
        return void (await reply(plain(open.length ? `Open readiness runs here:\n${lines.join('\n')}` : 'No open readiness runs in this channel. Start one with `/readiness <topic>`.')));
      }
      if (word === 'export') {
        const run = rest[0] ? readiness.runs.get(rest[0]) : readiness.runs.latest(command.channel_id);
        if (!run || run.channel !== command.channel_id) return void (await reply(plain(rest[0] ? `No run \`${rest[0]}\` in this channel.` : 'No readiness run in this channel yet.')));
        for (const message of renderExport(run, readiness.topics.contentHash)) {
          await client.chat.postMessage({ channel: command.channel_id, ...(run.messageTs ? { thread_ts: run.messageTs } : {}), ...message });
        }
        return;
      }
      const topic = readiness.topics.find(command.text);
      if (!topic) return void (await reply(renderTopicList(readiness.topics.topics, `I don't know the topic "${command.text.trim()}". The topics are:`)));
      const started = await startRun(client, readiness, topic.id, command.channel_id, command.user_id);
      if (typeof started === 'string') await reply(plain(started));
    } catch (error) {
      logger.error(`/readiness failed: ${(error as Error).message}`);
      await reply(plain("Something went wrong posting the checklist (am I a member of this channel?). Nothing was lost; try again."));
    }
  });
}

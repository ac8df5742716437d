import type { App } from '@slack/bolt';
import { answerMessages, stripMentions, type SlackDeps } from '../deps.js';

/** "@bot which ports…?" in a channel: the answer in the thread of that message. */
export function registerMentionEvent(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client, logger }) => {
    const question = stripMentions(event.text ?? '');
    const thread = event.thread_ts ?? event.ts;
    try {
      for (const message of answerMessages(deps, question, 'mention', event.user)) {
        await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...message });
      }
    } catch (error) {
      logger.error(`answering a mention failed: ${(error as Error).message}`);
    }
  });
}

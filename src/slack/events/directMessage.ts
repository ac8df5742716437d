import type { App } from '@slack/bolt';
import { answerMessages, stripMentions, type SlackDeps } from '../deps.js';

/** A direct message: answered there — in its thread when the question was asked in one. */
export function registerDirectMessageEvent(app: App, deps: SlackDeps): void {
  app.message(async ({ message, client, logger }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if ('bot_id' in message && message.bot_id) return;
    const question = stripMentions(message.text ?? '');
    const thread = message.thread_ts;
    try {
      for (const reply of answerMessages(deps, question, 'dm', message.user)) {
        await client.chat.postMessage({ channel: message.channel, ...(thread ? { thread_ts: thread } : {}), ...reply });
      }
    } catch (error) {
      logger.error(`answering a direct message failed: ${(error as Error).message}`);
    }
  });
}

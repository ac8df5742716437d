import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../blocks/answerBlocks.js';
import { answerMessages, type SlackDeps } from '../deps.js';

/**
 * A suggested question was clicked: answer it where it was offered — in the thread of the message,
 * or privately when the offer itself was private.
 */
export function registerSuggestionAction(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTIONS.suggestion}`), async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const question = action.value ?? '';
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const ephemeral = body.container?.is_ephemeral === true || !message?.ts;
    const messages = answerMessages(deps, question, 'suggestion', body.user.id, { shareable: ephemeral });
    try {
      if (ephemeral || !channel) {
        for (const m of messages.slice(0, 5)) await respond({ response_type: 'ephemeral', replace_original: false, ...m });
        return;
      }
      const thread = message.thread_ts ?? message.ts;
      for (const m of messages) await client.chat.postMessage({ channel, thread_ts: thread, ...m });
    } catch (error) {
      logger.error(`answering a suggestion failed: ${(error as Error).message}`);
    }
  });
}

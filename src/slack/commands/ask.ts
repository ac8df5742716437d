import type { App } from '@slack/bolt';
import { answerMessages, type SlackDeps } from '../deps.js';

/** `/ask <question>`: the answer, visible to the asker only, with a "Share in channel" button. */
export function registerAskCommand(app: App, deps: SlackDeps): void {
  app.command('/ask', async ({ command, ack, respond, logger }) => {
    await ack();
    const messages = answerMessages(deps, command.text, 'slash', command.user_id, { shareable: true });
    // response_url takes five messages; an answer that needs more was already cut by the renderer.
    for (const message of messages.slice(0, 5)) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...message }).catch((error: Error) => logger.error(`/ask reply failed: ${error.message}`));
    }
  });
}

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../blocks/answerBlocks.js';
import { answerMessages, type SlackDeps } from '../deps.js';

/** "Share in channel": the same answer, posted for everyone; the private copy goes away. */
export function registerShareAction(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const channel = body.channel?.id;
    if (!channel) return;
    const [first, ...rest] = answerMessages(deps, action.value ?? '', 'share', body.user.id);
    if (!first) return;
    try {
      const posted = await client.chat.postMessage({ channel, ...first, text: `<@${body.user.id}> asked: ${first.text}` });
      for (const message of rest) await client.chat.postMessage({ channel, thread_ts: posted.ts, ...message });
      await respond({ delete_original: true });
    } catch (error) {
      logger.error(`sharing failed: ${(error as Error).message}`);
      await respond({ response_type: 'ephemeral', replace_original: false, text: "I couldn't post in this channel (am I a member of it?). The answer above is still yours." }).catch(() => undefined);
    }
  });
}

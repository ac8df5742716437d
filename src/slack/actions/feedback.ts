import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTIONS } from '../blocks/answerBlocks.js';
import type { SlackDeps } from '../deps.js';

/** "Helpful" / "Not helpful": recorded for the docs maintainers (`kb gaps`), thanked privately. */
export function registerFeedbackActions(app: App, deps: SlackDeps): void {
  for (const [actionId, helpful] of [[ACTIONS.helpful, true], [ACTIONS.notHelpful, false]] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond, logger }) => {
      await ack();
      const { q, f } = parseValue(action.value);
      if (!q) return;
      try {
        deps.feedback.recordFeedback({ question: q, helpful, user: body.user.id, ...(f ? { factId: f } : {}) });
      } catch (error) {
        logger.error(`could not record feedback: ${(error as Error).message}`);
      }
      const thanks = helpful ? 'Thanks! Glad it helped.' : 'Thanks — noted. The docs maintainers see what the docs answer badly.';
      await respond({ response_type: 'ephemeral', replace_original: false, text: thanks }).catch(() => undefined);
    });
  }
}

function parseValue(value: string | undefined): { q?: string; f?: string } {
  try {
    const parsed = JSON.parse(value ?? '') as { q?: unknown; f?: unknown };
    return { ...(typeof parsed.q === 'string' ? { q: parsed.q } : {}), ...(typeof parsed.f === 'string' ? { f: parsed.f } : {}) };
  } catch {
    return {};
  }
}

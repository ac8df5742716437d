import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { RUN_ACTIONS } from '../blocks/runBlocks.js';
import { plain, type SlackDeps } from '../deps.js';
import { refreshRun, startRun } from '../readinessRuns.js';
import { renderNoteModal } from '../views/noteModal.js';

const STALE = "That checklist run isn't known here any more. Start a new one with `/readiness <topic>`.";
const FINISHED = 'That checklist run is finished. Start a new one with `/readiness <topic>`, or `/readiness export` for its report.';

/** Clicks on checklists: start a topic, choose variant or environment, set an item's status, add a note. */
export function registerReadinessActions(app: App, deps: SlackDeps): void {
  const friendly = (respond: (m: never) => Promise<unknown>, text: string) => respond({ response_type: 'ephemeral', replace_original: false, ...plain(text) } as never).catch(() => undefined);

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${RUN_ACTIONS.start}`), async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const readiness = deps.readiness;
    const channel = body.channel?.id;
    if (!readiness || !channel) return;
    try {
      const started = await startRun(client, readiness, action.value ?? '', channel, body.user.id);
      if (typeof started === 'string') await friendly(respond, started);
    } catch (error) {
      logger.error(`starting a run failed: ${(error as Error).message}`);
    }
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${RUN_ACTIONS.choose}`), async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const readiness = deps.readiness;
    if (!readiness) return;
    const [runId = '', what, value = ''] = (action.value ?? '').split('|');
    const run = readiness.runs.get(runId);
    if (!run) return void (await friendly(respond, STALE));
    if (run.summaryPostedAt) return void (await friendly(respond, FINISHED));
    const choice = what === 'g' ? { group: value } : { environment: run.checklist.environments[Number(value)] ?? '' };
    const updated = readiness.runs.choose(runId, choice, body.user.id);
    if (updated) await refreshRun(client, readiness, updated).catch((e: Error) => logger.error(`updating a run failed: ${e.message}`));
  });

  app.action<BlockAction<OverflowAction>>(RUN_ACTIONS.item, async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const readiness = deps.readiness;
    if (!readiness) return;
    const [runId = '', index = '', what = ''] = (action.selected_option?.value ?? '').split('|');
    const run = readiness.runs.get(runId);
    const item = run?.checklist.items[Number(index)];
    if (!run || !item) return void (await friendly(respond, STALE));
    if (run.summaryPostedAt) return void (await friendly(respond, FINISHED));
    try {
      if (what === 'note') {
        await client.views.open({ trigger_id: body.trigger_id, view: renderNoteModal(run, Number(index)) });
        return;
      }
      if (what !== 'done' && what !== 'blocked' && what !== 'na') return void (await friendly(respond, STALE));
      const updated = readiness.runs.setStatus(runId, item.id, what, body.user.id);
      if (updated) await refreshRun(client, readiness, updated);
    } catch (error) {
      logger.error(`updating a run failed: ${(error as Error).message}`);
    }
  });

  app.view(RUN_ACTIONS.noteView, async ({ ack, view, body, client, logger }) => {
    const [runId = '', index = ''] = view.private_metadata.split('|');
    const text = view.state.values.note?.text?.value?.trim() ?? '';
    if (!text) return void (await ack({ response_action: 'errors', errors: { note: 'Write a note, or cancel.' } }));
    await ack();
    const readiness = deps.readiness;
    const run = readiness?.runs.get(runId);
    const item = run?.checklist.items[Number(index)];
    if (!readiness || !run || !item || run.summaryPostedAt) return;
    const updated = readiness.runs.addNote(runId, item.id, text, body.user.id);
    if (updated) await refreshRun(client, readiness, updated).catch((e: Error) => logger.error(`updating a run failed: ${e.message}`));
  });
}

import type { ModalView } from '@slack/types';
import type { Run } from '../../checklist/run.js';
import { RUN_ACTIONS } from '../blocks/runBlocks.js';
import { truncate } from '../blocks/mrkdwn.js';

/** The "Add a note" modal for one checklist item. */
export function renderNoteModal(run: Run, index: number): ModalView {
  const item = run.checklist.items[index]!;
  return {
    type: 'modal',
    callback_id: RUN_ACTIONS.noteView,
    private_metadata: `${run.id}|${index}`,
    title: { type: 'plain_text', text: 'Note on an item' },
    submit: { type: 'plain_text', text: 'Save note' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: truncate(item.text, 2900) } },
      {
        type: 'input', block_id: 'note', label: { type: 'plain_text', text: 'Note' },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 2000, ...(run.notes[item.id] ? { initial_value: run.notes[item.id]!.text } : {}) },
      },
    ],
  };
}

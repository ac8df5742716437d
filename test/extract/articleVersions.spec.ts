import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { buildKnowledgeBase } from '../../src/extract/knowledgeBase.js';
import { factsIn, vocabulary } from '../helpers/knowledge.js';

const version = (file: string, date: string, body: string) =>
  ingest(file, Buffer.from(`---\ntitle: Install the agent\nms.date: ${date}\n---\n\n# Install the agent\n\n${body}`));

/** Three versions of one article: the newest keeps its install and verify steps in includes we don't have. */
const knowledge = buildKnowledgeBase(
  [
    version('newest.md', '05/01/2025', [
      '## Install the agent', '[!INCLUDE [install](~/includes/install.md)]',
      '## Verify the agent installation', '[!INCLUDE [verify](~/includes/verify.md)]', 'After you install the agent, configure it.',
      '## Configure the agent', 'Open the portal and select the agent.',
    ].join('\n\n')),
    version('middle.md', '05/01/2023', [
      '## Install the agent', '1. Run the installer.\n2. Select Next.',
      '## Verify agent installation', '### On the local server', 'Open Services and look for the agent.',
      '## Configure the agent', 'Open the event log.',
    ].join('\n\n')),
    version('oldest.md', '05/01/2020', [
      '## Install the agent', '1. Run the msi.\n2. Select Next.',
      '## Upgrade the agent', 'Run the updater.',
    ].join('\n\n')),
  ],
  vocabulary,
);
const supersededIn = (file: string, text: string) => factsIn(knowledge, file).find((f) => f.text.includes(text))?.supersededBy;

describe('facts of older versions of an article', () => {
  it('are superseded by the newest version that says something in their section', () => {
    expect(supersededIn('middle.md', 'event log')).toBe('newest.md');
    expect(supersededIn('oldest.md', 'Run the msi')).toBe('middle.md');
  });

  it('are not superseded where the newer versions keep the section in an include (however its heading is worded)', () => {
    expect(supersededIn('middle.md', 'Run the installer')).toBeUndefined();
    expect(supersededIn('middle.md', 'Open Services')).toBeUndefined();
  });

  it('are not superseded in a section no newer version heads, when a newer one pulls in includes we don\'t have', () => {
    // "Upgrade the agent" may be in newest.md's install include: whether it was dropped can't be told.
    expect(supersededIn('oldest.md', 'Run the updater')).toBeUndefined();
  });

  it('are superseded by the newest version when it dropped their section', () => {
    const dropped = buildKnowledgeBase(
      [
        version('new.md', '05/01/2025', ['## Install the agent', '1. Run the installer.'].join('\n\n')),
        version('old.md', '05/01/2020', ['## Install the agent', '1. Run the msi.', '## Upgrade the agent', 'Run the updater.'].join('\n\n')),
      ],
      vocabulary,
    );
    expect(factsIn(dropped, 'old.md').find((f) => f.text.includes('Run the updater'))?.supersededBy).toBe('new.md');
  });

  it('still mark the whole older document as an older version', () => {
    expect(knowledge.docs.find((d) => d.file === 'middle.md')?.supersededBy).toBe('newest.md');
  });
});

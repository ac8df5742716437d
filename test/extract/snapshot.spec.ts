import { expect, it } from 'vitest';
import { seedKnowledge } from '../helpers/knowledge.js';

/**
 * The reviewed snapshot of every fact from content/: any change to extraction or to the docs
 * shows up as a readable diff of __snapshots__/facts.txt. Review it, then `npx vitest -u`.
 */
it('matches the reviewed snapshot of all facts', async () => {
  const lines = seedKnowledge().facts.map((f) => {
    const { id, kind: _kind, text: _text, source, ...fields } = f;
    return `${id}\n  ${f.text}\n  ${JSON.stringify(fields)}\n  ${source.file}:${source.line} § ${source.section}`;
  });
  await expect(lines.join('\n') + '\n').toMatchFileSnapshot('__snapshots__/facts.txt');
});

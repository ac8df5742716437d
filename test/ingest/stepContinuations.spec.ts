import { describe, expect, it } from 'vitest';
import { withStepContinuations } from '../../src/ingest/stepContinuations.js';
import { factsOf } from '../helpers/knowledge.js';

const page = [
  '# Upgrade the widget agent', '',
  '## Upgrade on the widget server', '',
  '1. **Upgrade the server**: Follow this article.',
  '2. **Download the agent**: Sign in to the portal.', '',
  ' Select **Download agent** and accept the terms.',
  '3. **Install the agent**: Run the executable.',
  '4. **Verify the install**: Look in Programs and Features.', '',
].join('\n');

describe('a step that goes on in a paragraph indented too little', () => {
  it('keeps the steps after it in the procedure, where CommonMark would read them as lines of the paragraph', () => {
    const steps = factsOf(page).filter((f) => f.kind === 'step');
    expect(steps.map((s) => s.kind === 'step' && s.total)).toEqual([4, 4, 4, 4]);
    expect(steps[1]?.text).toContain('Select Download agent');
    expect(steps[3]).toMatchObject({ text: expect.stringContaining('Verify the install'), source: { line: 10 } });
  });

  it('leaves a paragraph alone when no numbered line goes on with the numbering after it', () => {
    const text = '1. Open the portal.\n\n Then have a coffee.\nIt is done.\n';
    expect(withStepContinuations(text)).toBe(text);
  });
});

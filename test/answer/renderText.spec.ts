import { describe, expect, it } from 'vitest';
import { factLine, listedFacts, MAX_TEXT, renderAnswerText } from '../../src/answer/renderText.js';
import type { Fact } from '../../src/fact.js';

const source = { file: 'content/docs/faq.yml', title: 'FAQ', section: 'Can I run both side by side?', anchor: 'x', line: 3, quote: 'No.' };
const faq: Fact = { id: 'faq#1', kind: 'faq', text: 'Can I run both side by side? No.', question: 'Can I run both side by side?', answer: 'No.', source };
const passage: Fact = { id: 'faq#2', kind: 'passage', text: 'Another sentence.', source };

describe('the plain-text answer', () => {
  it('does not list a single fact the lead already says (a FAQ answer under its own question)', () => {
    expect(listedFacts({ lead: 'No.', facts: [faq] })).toEqual([]);
  });

  it('lists a requirement led by its condition, for the explanation the lead leaves out', () => {
    const requirement: Fact = { id: 'r#1', kind: 'requirement', text: 'Firewall ports are open.', condition: 'Firewall ports are open.', explanation: 'The latest agent needs only 443.', source };
    expect(listedFacts({ lead: 'Firewall ports are open.', facts: [requirement] })).toEqual([requirement]);
    expect(listedFacts({ lead: 'Another sentence.', facts: [passage] })).toEqual([]);
  });

  it('lists the facts when there are several, or when the lead says something else', () => {
    expect(listedFacts({ lead: 'No.', facts: [faq, passage] })).toEqual([passage]);
    expect(listedFacts({ lead: 'Ports: 443.', facts: [passage] })).toEqual([passage]);
  });

  it('does not list again the one of several facts the lead says ("Use this PowerShell command only if …")', () => {
    const note: Fact = { id: 'n#1', kind: 'note', text: 'Use this command only if registration fails.', severity: 'note', source };
    expect(listedFacts({ lead: 'Use this command only if registration fails.', facts: [note, passage] })).toEqual([passage]);
  });
});

describe('a step in the plain-text answer', () => {
  it('shows the script it runs, indented under it', () => {
    const step: Fact = { id: 's#4', kind: 'step', procedure: 'Quickly install', position: 4, total: 4, text: 'Run the following script.', script: 'Setup.exe /quiet\n\nRegister-Agent', source };
    expect(factLine(step)).toBe('4. Run the following script.\n    Setup.exe /quiet\n\n    Register-Agent');
  });
});

describe('a long procedure in the plain-text answer', () => {
  const steps: Fact[] = Array.from({ length: 17 }, (_, i) => ({
    id: `s#${i + 1}`, kind: 'step', procedure: 'Install the agent', position: i + 1, total: 17,
    text: `On screen ${i + 1}, read the long explanation of what this screen of the wizard does and select Next. `.repeat(3).trim(), source,
  }));
  const answer = { lead: 'Install the agent (17 steps):', facts: steps, olderVersions: [], suggestions: [], question: 'q', answered: true, confidence: 1 };

  it('is cut from the end, from the first step on, when the question asks the whole of it', () => {
    const text = renderAnswerText(answer, 0);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text).toContain('1. On screen 1,');
    expect(text).not.toContain('15. On screen 15,');
  });

  it('keeps the step the question asks of it, saying how many come before', () => {
    const text = renderAnswerText(answer, 0, steps[14]);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text).toContain('15. On screen 15,');
    expect(text).toMatch(/• … \(\d+ before, in the source\)/);
    expect(text).not.toContain('1. On screen 1,');
  });
});

describe('a near tie in the plain-text answer', () => {
  const steps: Fact[] = Array.from({ length: 17 }, (_, i) => ({
    id: `s#${i + 1}`, kind: 'step', procedure: 'Install the agent', position: i + 1, total: 17,
    text: `On screen ${i + 1}, read the long explanation of what this screen of the wizard does and select Next. `.repeat(3).trim(), source,
  }));
  const tie: Fact = { id: 'p#1', kind: 'passage', text: `After you install the agent, restart the server. ${'It says more. '.repeat(60)}`.trim(), source: { ...source, file: 'content/docs/other.md', section: 'After install', line: 40 } };
  const answer = { lead: 'Install the agent (17 steps):', facts: [...steps, tie], nearTie: tie, olderVersions: [], suggestions: [], question: 'q', answered: true, confidence: 1 };

  it('stands apart after the answer, shortened, and is kept with its source when the answer\'s list is cut', () => {
    const text = renderAnswerText(answer, 0);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text).toContain('\n\nAlso: After you install the agent, restart the server.');
    expect(text).toMatch(/Also: [^\n]{300,400}…\n/);
    expect(text).not.toContain('• After you install the agent');
    expect(text).toContain('content/docs/other.md:40');
    expect(text).toContain('• … (more in the source)');
  });
});

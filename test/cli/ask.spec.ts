import { describe, expect, it } from 'vitest';
import { kb } from '../helpers/cli.js';

describe('kb ask', () => {
  it('prints a cited answer', () => {
    const { code, stdout } = kb(['ask', 'which ports does the health agent need?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Ports for Microsoft Entra Connect Health: TCP 443, TCP 5671/);
    expect(stdout).toMatch(/Source: .*connect-health-agent-install\.md:37/);
  });

  it('--json prints the documented contract', () => {
    const { stdout } = kb(['ask', '--json', 'what does StagingMode default to?']);
    const a = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(['answered', 'confidence', 'facts', 'question', 'suggestions', 'text']);
    expect(a).toMatchObject({ answered: true, facts: [{ kind: 'parameter', source: { file: 'content/docs/connect-health-agent-install.md', line: 113 } }] });
  });

  it('--json --batch answers one question per line, in order', () => {
    const { code, stdout } = kb(['ask', '--json', '--batch'], 'gov cloud endpoints\ntell me a joke\nwhich ports does the health agent need?\n');
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l) as { question: string; answered: boolean });
    expect(answers.map((a) => [a.question, a.answered])).toEqual([
      ['gov cloud endpoints', true],
      ['tell me a joke', false],
      ['which ports does the health agent need?', true],
    ]);
  });

  it('asks for a question when there is none', () => {
    const { code, stderr } = kb(['ask']);
    expect(code).toBe(2);
    expect(stderr).toContain('ask needs a question');
  });
});

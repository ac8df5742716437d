import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/checklist.js';
import { loadTopics } from '../../src/checklist/loadTopics.js';
import { topicProblems } from '../../src/checklist/topicProblems.js';
import { loadKnowledgeBase } from '../../src/extract/loadKnowledgeBase.js';

function checklistOf(root: string, topicId: string) {
  const { knowledge, vocabulary } = loadKnowledgeBase([root]);
  const topic = loadTopics([root]).find((t) => t.id === topicId)!;
  return buildChecklist(topic, knowledge.facts, vocabulary);
}

function copyOfContent(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-readiness-'));
  cpSync('content', dir, { recursive: true });
  return dir;
}

describe('checklists come from the docs', () => {
  const health = checklistOf('content', 'health-agent');

  it('every requirement row of the Connect Health agent is an item with a citation', () => {
    const requirements = health.items.filter((i) => i.kind === 'requirement');
    expect(requirements.map((r) => r.citation.line)).toEqual([31, 32, 33, 34, 35, 36, 37, 38, 39]);
    expect(requirements.every((r) => r.citation.file === 'content/docs/connect-health-agent-install.md')).toBe(true);
  });

  it('items say why and how to verify, where the docs say', () => {
    const tls = health.items.find((i) => i.text.startsWith('TLS inspection'))!;
    expect(tls.why).toContain('registration step or data upload operations might fail');
    expect(tls.verify).toContain('Test-MicrosoftEntraConnectHealthConnectivity -Role ADFS');
    expect(tls.verifyFor?.sync).toEqual(['Test-MicrosoftEntraConnectHealthConnectivity -Role Sync']);
    expect(tls.verifyFor?.adds).toEqual(['Test-MicrosoftEntraConnectHealthConnectivity -Role ADDS']);
    const service = health.items.find((i) => i.kind === 'service' && i.group === 'sync')!;
    expect(service.verify.join(' ')).toContain('Services (services.msc)');
  });

  it('endpoint items are split by environment, variants by group', () => {
    expect(health.environments).toEqual(['General public', 'Azure Government']);
    expect(health.items.filter((i) => i.environment === 'Azure Government')).toHaveLength(13);
    expect(health.groups.map((g) => g.id)).toEqual(['sync', 'adds', 'adfs']);
  });

  it('a changed requirement row in the docs changes the checklist', () => {
    const dir = copyOfContent();
    const doc = path.join(dir, 'docs', 'connect-health-agent-install.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('| PowerShell version 5.0 or later is installed. |', '| PowerShell version 7.4 or later is installed. |'));
    const changed = checklistOf(dir, 'health-agent');
    expect(changed.items.map((i) => i.text)).toContain('PowerShell version 7.4 or later is installed.');
    expect(changed.items.map((i) => i.text)).not.toContain('PowerShell version 5.0 or later is installed.');
  });

  it('the provisioning agent and Entra Connect topics have items too', () => {
    expect(checklistOf('content', 'provisioning-agent').items.some((i) => i.kind === 'service')).toBe(true);
    expect(checklistOf('content', 'entra-connect-sync').items.length).toBeGreaterThan(3);
  });

  it('kb validate reports a topic whose sources yield nothing, and a malformed topic file', () => {
    const dir = copyOfContent();
    writeFileSync(path.join(dir, 'readiness', 'empty.yml'), 'id: empty\ntitle: Nothing\nsources:\n  - articles: [No such article]\n    kinds: [requirement]\n');
    const { knowledge, vocabulary } = loadKnowledgeBase([dir]);
    expect(topicProblems([dir], knowledge.facts, vocabulary)).toEqual([expect.stringContaining('readiness topic "empty" yields no items')]);
    writeFileSync(path.join(dir, 'readiness', 'empty.yml'), 'id: Bad Id\ntitle: x\n');
    expect(topicProblems([dir], knowledge.facts, vocabulary)).toEqual([expect.stringMatching(/empty\.yml: `id` must be/)]);
  });
});

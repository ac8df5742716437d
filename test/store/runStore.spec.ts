import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/checklist.js';
import { loadTopics } from '../../src/checklist/loadTopics.js';
import { isComplete, progress, runItems } from '../../src/checklist/run.js';
import { loadKnowledgeBase } from '../../src/extract/loadKnowledgeBase.js';
import { openDatabase } from '../../src/store/database.js';
import { sqliteRunStore } from '../../src/store/runStore.js';

const { knowledge, vocabulary } = loadKnowledgeBase(['content']);
const checklist = buildChecklist(loadTopics(['content']).find((t) => t.id === 'health-agent')!, knowledge.facts, vocabulary);
const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'kb-runs-')), 'kb.db');

describe('the run store', () => {
  it('asks for the variant and environment, then shows only their items', () => {
    const runs = sqliteRunStore(openDatabase(':memory:'));
    const run = runs.create({ topicId: 'health-agent', channel: 'C1', startedBy: 'U1', contentHash: 'h', checklist });
    expect(runItems(run)).toEqual([]);
    const chosen = runs.choose(run.id, { group: 'sync' }, 'U1')!;
    expect(runItems(chosen)).toEqual([]);
    const ready = runs.choose(run.id, { environment: 'Azure Government' }, 'U1')!;
    expect(runItems(ready).filter((i) => i.kind === 'endpoint').every((i) => i.environment === 'Azure Government')).toBe(true);
    expect(runItems(ready).some((i) => i.group === 'adds')).toBe(false);
  });

  it('keeps every update of concurrent writers, each in its own transaction', () => {
    const file = tempDb();
    const a = sqliteRunStore(openDatabase(file));
    const b = sqliteRunStore(openDatabase(file));
    const run = a.create({ topicId: 'health-agent', channel: 'C1', startedBy: 'U1', contentHash: 'h', checklist });
    a.choose(run.id, { group: 'sync', environment: 'General public' }, 'U1');
    const items = runItems(a.get(run.id)!);
    items.forEach((item, i) => (i % 2 ? a : b).setStatus(run.id, item.id, i % 3 ? 'done' : 'na', i % 2 ? 'U1' : 'U2'));
    const final = b.get(run.id)!;
    expect(progress(final)).toMatchObject({ total: items.length, resolved: items.length });
    expect(isComplete(final)).toBe(true);
    expect(a.claimSummary(run.id)).toBe(true);
    expect(b.claimSummary(run.id)).toBe(false);
  });

  it('keeps every recorded update through kill -9', () => {
    const file = tempDb();
    const script = `
      import { openDatabase } from './dist/store/database.js';
      import { sqliteRunStore } from './dist/store/runStore.js';
      const checklist = JSON.parse(process.argv[1]);
      const runs = sqliteRunStore(openDatabase(process.argv[2]));
      const run = runs.create({ topicId: 'health-agent', channel: 'C1', startedBy: 'U1', contentHash: 'h', checklist });
      runs.choose(run.id, { group: 'sync', environment: 'General public' }, 'U1');
      for (const [i, item] of checklist.items.slice(0, 5).entries()) runs.setStatus(run.id, item.id, 'done', 'U' + i);
      process.stdout.write(run.id + '\\n');
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(checklist), file], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const runId = child.stdout.trim();
    const run = sqliteRunStore(openDatabase(file)).get(runId)!;
    expect(Object.keys(run.states)).toHaveLength(5);
    expect(run.environment).toBe('General public');
  });

  it('refuses updates for unknown runs and items', () => {
    const runs = sqliteRunStore(openDatabase(':memory:'));
    const run = runs.create({ topicId: 'health-agent', channel: 'C1', startedBy: 'U1', contentHash: 'h', checklist });
    expect(runs.setStatus('nope', checklist.items[0]!.id, 'done', 'U1')).toBeUndefined();
    expect(runs.setStatus(run.id, 'no-such-item', 'done', 'U1')).toBeUndefined();
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { sqliteFeedbackStore } from '../../src/store/feedbackStore.js';
import { kb } from '../helpers/cli.js';

describe('kb gaps', () => {
  it('prints unanswered questions and unhelpful answers, grouped with counts', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kb-gaps-')), 'kb.db');
    const db = openDatabase(file);
    const store = sqliteFeedbackStore(db);
    for (const q of ['How much RAM?', 'how much RAM?', 'Okta?']) store.recordQuestion({ question: q, answered: false, confidence: 0, surface: 'dm' });
    store.recordQuestion({ question: 'which ports?', answered: true, confidence: 1, surface: 'dm' });
    store.recordFeedback({ question: 'proxy port?', helpful: false });
    db.close();

    const { code, stdout } = kb(['gaps'], undefined, { KB_DB_PATH: file });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Questions the docs did not answer \(2\)\n\s+2 × How much RAM\?/);
    expect(stdout).toMatch(/Answers marked not helpful \(1\)\n\s+1 × proxy port\?/);
    expect(stdout).not.toContain('which ports?');
  });
});

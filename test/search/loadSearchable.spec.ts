import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchable } from '../../src/search/loadSearchable.js';

describe('the serialized index', () => {
  it('is reused while the content is unchanged, and rebuilt when a doc changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-index-'));
    cpSync('content', dir, { recursive: true });
    const first = await loadSearchable([dir]);
    expect(first.fromCache).toBe(false);
    const second = await loadSearchable([dir]);
    expect(second.fromCache).toBe(true);
    expect(second.index.facts).toHaveLength(first.index.facts.length);

    const doc = path.join(dir, 'docs', 'connect-health-agent-install.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('- TCP port 5671', '- TCP port 5672'));
    const third = await loadSearchable([dir]);
    expect(third.fromCache).toBe(false);
    expect(third.index.facts.some((f) => f.kind === 'port' && f.port === 5672)).toBe(true);
  });
});

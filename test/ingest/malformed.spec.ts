import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, MAX_DOC_BYTES } from '../../src/ingest/ingest.js';
import { loadKnowledgeBase } from '../../src/extract/loadKnowledgeBase.js';

const errorsOf = (file: string, bytes: Buffer | string) =>
  ingest(file, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes)).warnings.map((w) => `${w.severity} ${w.file}:${w.line} ${w.message}`);

describe('malformed documents', () => {
  it('a binary file is an error naming the file and line', () => {
    expect(errorsOf('docs/logo.md', Buffer.from([0x89, 0x50, 0x0a, 0x00, 0x01]))).toEqual([expect.stringMatching(/^error docs\/logo.md:2 .*binary/)]);
  });

  it('an empty file is an error', () => {
    expect(errorsOf('docs/empty.md', '  \n\n')).toEqual([expect.stringMatching(/^error docs\/empty.md:1 file is empty/)]);
  });

  it('broken front matter is reported with its line, and the body is still read', () => {
    const doc = ingest('docs/broken.md', Buffer.from('---\ntitle: ok\nms.date: [unclosed\n---\n# Heading\n\nText with port 443.\n'));
    expect(doc.warnings.map((w) => `${w.line} ${w.message}`)).toEqual([expect.stringMatching(/^\d+ front matter is not valid YAML/)]);
    expect(doc.tree.children.length).toBeGreaterThan(0);
  });

  it('an unterminated code fence is reported at the fence', () => {
    const warnings = errorsOf('docs/fence.md', '# T\n\nText.\n\n```powershell\nGet-Thing\n');
    expect(warnings).toEqual([expect.stringMatching(/^warning docs\/fence.md:5 code fence is never closed/)]);
  });

  it('a huge file is refused before parsing', () => {
    expect(errorsOf('docs/huge.md', Buffer.alloc(MAX_DOC_BYTES + 1, 'a'))).toEqual([expect.stringMatching(/over the .* limit/)]);
  });

  it('invalid UTF-8 is an error', () => {
    expect(errorsOf('docs/latin1.txt', Buffer.from([0x54, 0x65, 0x73, 0x74, 0x0a, 0xe9, 0xe8]))).toEqual([expect.stringMatching(/^error docs\/latin1.txt:2 .*UTF-8/)]);
  });

  it('one bad file does not stop the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
    writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0, 1, 2]));
    writeFileSync(path.join(dir, 'good.md'), '# Good\n\nThe agent needs TCP port 443.\n');
    writeFileSync(path.join(dir, 'notes.yml'), 'just: data\n');
    const { knowledge } = loadKnowledgeBase([dir]);
    expect(knowledge.docs.map((d) => path.basename(d.file))).toEqual(['bad.md', 'good.md']);
    expect(knowledge.facts.some((f) => f.kind === 'port' && f.port === 443)).toBe(true);
    expect(knowledge.warnings.filter((w) => w.severity === 'error').map((w) => path.basename(w.file))).toEqual(['bad.md']);
  });
});

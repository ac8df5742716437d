import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb } from '../helpers/cli.js';

describe('kb facts', () => {
  it('prints the facts of one kind as a JSON array in the documented shape', () => {
    const { code, stdout } = kb(['facts', '--kind', 'port', '--json']);
    expect(code).toBe(0);
    const facts = JSON.parse(stdout) as { kind: string; port: number; source: Record<string, unknown> }[];
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.kind === 'port')).toBe(true);
    expect(facts[0]!.source).toMatchObject({ file: expect.stringMatching(/^content\//), line: expect.any(Number), quote: expect.any(String), title: expect.any(String), section: expect.any(String) });
  });

  it('rejects an unknown kind with the list of kinds', () => {
    const { code, stderr } = kb(['facts', '--kind', 'colour']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown kind "colour"; kinds are: requirement, endpoint');
  });
});

describe('kb validate', () => {
  it('reports facts per doc and the version differences, and passes on content/', () => {
    const { code, stdout } = kb(['validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/content\/docs\/connect-health-agent-install\.md — .*\n {2}\d+ facts: .*endpoint 28/);
    expect(stdout).toContain('says AADConnectProvisioningAgentSetup.exe; the older content/docs/provisioning-agent-install-2020.md (2020-11-16) says AADConnectProvisioningAgentSetup.msi');
  });

  it('fails on a broken doc, naming file and line, and still reports the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-validate-'));
    writeFileSync(path.join(dir, 'good.md'), '# Good\n\nSee [missing](#nowhere). The agent needs TCP port 443.\n');
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [oops\n---\n# Broken\n\nText.\n');
    const { code, stdout } = kb(['validate', '--content', dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\.md:\d+: front matter is not valid YAML/);
    expect(stdout).toMatch(/good\.md:3: link to #nowhere: no heading or anchor/);
    expect(stdout).toMatch(/good\.md — Good/);
  });

  it('says which content folder is missing', () => {
    const { code, stderr } = kb(['validate', '--content', 'no/such/folder']);
    expect(code).toBe(2);
    expect(stderr).toContain('content folder not found: no/such/folder');
  });
});

describe('kb readiness', () => {
  it('lists the topics', () => {
    const { code, stdout } = kb(['readiness']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/health-agent\s+Microsoft Entra Connect Health agent \(\d+ items\)/);
  });

  it("shows a topic's checklist with why, how to verify and citations", () => {
    const { stdout } = kb(['readiness', 'health-agent']);
    expect(stdout).toContain('[ ] TLS inspection for outbound traffic is filtered or disabled.');
    expect(stdout).toContain('verify (sync): Test-MicrosoftEntraConnectHealthConnectivity -Role Sync');
    expect(stdout).toContain('source: Install the Microsoft Entra Connect Health agents in Microsoft Entra ID › Requirements (content/docs/connect-health-agent-install.md:36)');
  });

  it('names the topics when the topic is unknown', () => {
    const { code, stderr } = kb(['readiness', 'kubernetes']);
    expect(code).toBe(2);
    expect(stderr).toContain('no readiness topic "kubernetes"; topics are: entra-connect-sync, health-agent, provisioning-agent');
  });
});

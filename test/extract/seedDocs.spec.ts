import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/fact.js';
import { factsIn, seedKnowledge } from '../helpers/knowledge.js';
import { quotedAt } from '../helpers/quote.js';

const knowledge = seedKnowledge();
const of = <K extends Fact['kind']>(file: string, kind: K) => factsIn(knowledge, file).filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

describe('Connect Health agent install guide', () => {
  const file = 'connect-health-agent-install.md';

  it('the Connect Health agent needs TCP 443 and 5671', () => {
    const ports = of(file, 'port').filter((p) => p.protocol === 'TCP').map((p) => p.port);
    expect(new Set(ports)).toEqual(new Set([443, 5671]));
  });

  it('both endpoint tables are complete, each with its environment', () => {
    const endpoints = of(file, 'endpoint');
    expect(endpoints.filter((e) => e.environment === 'General public')).toHaveLength(15);
    expect(endpoints.filter((e) => e.environment === 'Azure Government')).toHaveLength(13);
    expect(endpoints.every((e) => e.environment)).toBe(true);
  });

  it('-StagingMode defaults to $false and -AttributeFiltering to $true', () => {
    const params = of(file, 'parameter');
    expect(params.find((p) => p.name === 'StagingMode')).toMatchObject({ cmdlet: 'Register-MicrosoftEntraConnectHealthAgent', default: '$false' });
    expect(params.find((p) => p.name === 'AttributeFiltering')).toMatchObject({ cmdlet: 'Register-MicrosoftEntraConnectHealthAgent', default: '$true' });
  });

  it('a switch shown alone in an example means what the example is for (-NoProxy clears the proxy configuration)', () => {
    expect(of(file, 'parameter').find((p) => p.name === 'NoProxy')).toMatchObject({ meaning: expect.stringContaining('clear the existing proxy configuration') });
    expect(of(file, 'parameter').find((p) => p.name === 'StagingMode')?.meaning).not.toContain('Manually register');
  });

  it('the proxy port defaults to 443', () => {
    expect(of(file, 'parameter').find((p) => p.name === 'port')).toMatchObject({ partOf: 'HttpsProxyAddress', default: '443' });
  });

  it('every requirement row is a requirement, in table order', () => {
    const rows = of(file, 'requirement').filter((r) => r.explanation).map((r) => r.source.line);
    expect(rows).toEqual([31, 32, 33, 34, 35, 36, 37, 38, 39]);
  });

  it('facts are attributed to Connect Health', () => {
    expect(of(file, 'port').every((p) => p.component === 'Microsoft Entra Connect Health')).toBe(true);
  });
});

describe('provisioning agent install guide (scraped page)', () => {
  const file = 'provisioning-agent-install.txt';

  it('the provisioning agent install steps come out in order', () => {
    const steps = of(file, 'step').filter((s) => s.procedure === 'Install the agent');
    expect(steps.map((s) => s.position)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(steps[0]!.text).toBe('In the Azure portal, select Azure Active Directory.');
    expect(steps.at(-1)!.text).toBe('If you still get the initial splash screen, select Close.');
  });

  it('the gov cloud installer switch is a parameter of the installer', () => {
    expect(of(file, 'parameter').find((p) => p.name === 'ENVIRONMENTNAME')).toMatchObject({ cmdlet: 'AADConnectProvisioningAgentSetup.exe', allowedValues: ['AzureUSGovernment'] });
  });

  it('has no page chrome in any fact', () => {
    expect(factsIn(knowledge, file).filter((f) => /Screenshot|Was this page helpful/.test(f.text))).toEqual([]);
  });
});

describe('two versions of the provisioning agent article', () => {
  it('marks the 2020 version superseded by the newer one', () => {
    const older = factsIn(knowledge, 'provisioning-agent-install-2020.md');
    expect(older.length).toBeGreaterThan(0);
    expect(older.every((f) => f.supersededBy === 'content/docs/provisioning-agent-install.txt')).toBe(true);
    expect(factsIn(knowledge, 'provisioning-agent-install.txt').some((f) => f.supersededBy)).toBe(false);
  });

  it('records the installer (.msi vs .exe) and sign-in role differences as conflicts', () => {
    const byKind = Object.fromEntries(knowledge.conflicts.map((c) => [c.kind, c]));
    expect(byKind.file).toMatchObject({ newer: { values: ['AADConnectProvisioningAgentSetup.exe'] }, older: { values: ['AADConnectProvisioningAgentSetup.msi'] } });
    expect(byKind.role?.newer.values).toContain('Hybrid Identity Administrator');
    expect(byKind.role?.older.values).toContain('Enterprise Administrator');
  });
});

describe('every seed fact', () => {
  it('has a unique id', () => {
    const ids = knowledge.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quotes its file verbatim at its line', () => {
    const texts = new Map<string, string>();
    const wrong = knowledge.facts.filter((f) => {
      if (!texts.has(f.source.file)) texts.set(f.source.file, readFileSync(f.source.file, 'utf8'));
      return !f.source.quote || !quotedAt(texts.get(f.source.file)!, f.source.line, f.source.quote);
    });
    expect(wrong.map((f) => `${f.id} @${f.source.line}: ${f.source.quote}`)).toEqual([]);
  });

  it('cites title, section, anchor and (where the doc has one) date', () => {
    for (const f of knowledge.facts) {
      expect(f.source.title).not.toBe('');
      expect(f.source.section).not.toBe('');
    }
    expect(factsIn(knowledge, 'connect-health-agent-install.md').every((f) => f.source.date === '2023-11-06')).toBe(true);
  });
});

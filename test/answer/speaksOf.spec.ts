import { describe, expect, it } from 'vitest';
import { speaksOf } from '../../src/answer/speaksOf.js';
import type { Fact } from '../../src/fact.js';
import { parseVocabulary } from '../../src/ingest/loadVocabulary.js';

const vocabulary = parseVocabulary(
  `
components:
  - Microsoft Entra Connect Health
  - { name: Microsoft Entra Connect provisioning agent, partOf: Microsoft Entra Cloud Sync }
  - Microsoft Entra Cloud Sync
  - Microsoft Entra Connect
`,
  'vocabulary.yml',
);

function fact(title: string, section: string, quote: string, component?: string): Fact {
  return { id: quote, kind: 'passage', text: quote, source: { file: 'x.md', title, section, anchor: 'x', line: 1, quote }, ...(component ? { component } : {}) };
}

const health = ['Microsoft Entra Connect Health'];
const cloudSync = ['Microsoft Entra Connect provisioning agent', 'Microsoft Entra Cloud Sync'];

describe('which product a fact speaks of', () => {
  it('goes by its headings first, whatever the article is about', () => {
    const f = fact('What is Microsoft Entra Connect?', 'What is Microsoft Entra Connect Health?', 'It monitors.', 'Microsoft Entra Connect');
    expect(speaksOf(f, health, vocabulary)).toBe(true);
    expect(speaksOf(f, ['Microsoft Entra Connect'], vocabulary)).toBe(false);
  });

  it('goes by its subject before its headings: a sentence opening with a product speaks of it', () => {
    const f = fact('What is Microsoft Entra Connect?', 'Install Microsoft Entra Connect', 'Microsoft Entra Connect Health for Sync requires Connect Sync V2.');
    expect(speaksOf(f, health, vocabulary)).toBe(true);
    expect(speaksOf(f, ['Microsoft Entra Connect'], vocabulary)).toBe(false);
    const passing = fact('Install', 'Install Microsoft Entra Connect', 'If Microsoft Entra Connect Health is installed, restart.');
    expect(speaksOf(passing, health, vocabulary)).toBe(false);
  });

  it('takes a product labelling a list item ("Microsoft Entra Connect (sync): This option shows …") for no subject: the heading says', () => {
    const f = fact('Roadmap', 'Microsoft Entra Connect Health portal', 'Microsoft Entra Connect (sync): This option shows your servers that Connect Health monitors.');
    expect(speaksOf(f, health, vocabulary)).toBe(true);
  });

  it('reads a table row as about the product its first cell names and the products its headings name', () => {
    const row: Fact = { ...fact('Health service data is not up to date alert', 'Microsoft Entra Connect Health > Understanding the alert', 'x'), text: 'Service type: Microsoft Entra Connect (Sync); Agent: Microsoft Entra Connect Health Sync Insights Service' };
    row.source.quote = 'Microsoft Entra Connect (Sync)';
    expect(speaksOf(row, health, vocabulary)).toBe(true);
    expect(speaksOf(row, ['Microsoft Entra Connect'], vocabulary)).toBe(true);
    expect(speaksOf(row, cloudSync, vocabulary)).toBe(false);
  });

  it('reads a table row naming a product in its cells as speaking of it, under whatever heading its table stands', () => {
    const row: Fact = { ...fact('Microsoft Entra Connect and federation', 'Microsoft Entra Connect: federation topics', 'x'), text: 'Topic: Read the sign-in report; What it covers: The sign-ins Microsoft Entra Connect Health reports for the farm.' };
    row.source.quote = 'Read the sign-in report';
    expect(speaksOf(row, health, vocabulary)).toBe(true);
    const sentence = fact('Microsoft Entra Connect and federation', 'Microsoft Entra Connect: federation topics', 'Read the sign-ins Microsoft Entra Connect Health reports for the farm.');
    expect(speaksOf(sentence, health, vocabulary)).toBe(false);
  });

  it('reads a row continuing the one above by the first cell it shares ("Service type: AD FS"), not by its first cell with a value', () => {
    const row: Fact = { ...fact('Health service data is not up to date alert', 'Microsoft Entra Connect Health > Understanding the alert', 'x'), text: 'Service type: Microsoft Entra Cloud Sync; Agent: Microsoft Entra Connect Health Agent; Purpose: Collect usage metrics' };
    row.source.quote = 'Microsoft Entra Connect Health Agent';
    expect(speaksOf(row, cloudSync, vocabulary)).toBe(true);
  });

  it('reads a service named after a product as the service of the component it is attributed to', () => {
    const service: Fact = { ...fact('Install the provisioning agent', 'Verify agent installation', 'Microsoft Entra Connect Agent Updater', 'Microsoft Entra Connect provisioning agent'), kind: 'service', name: 'Microsoft Entra Connect Agent Updater' } as Fact;
    expect(speaksOf(service, ['Microsoft Entra Connect'], vocabulary)).toBe(false);
    expect(speaksOf(service, cloudSync, vocabulary)).toBe(true);
  });

  it('then by its own words, then by the component it is attributed to', () => {
    expect(speaksOf(fact('Install', 'Requirements', 'The Microsoft Entra Connect Health agent needs 443.'), health, vocabulary)).toBe(true);
    expect(speaksOf(fact('Install', 'Requirements', 'Port 443 is open.', 'Microsoft Entra Connect Health'), cloudSync, vocabulary)).toBe(false);
  });

  it('reads a step as part of its procedure: a menu it names on the way ("select Azure AD Connect") is not its subject', () => {
    const step: Fact = { ...fact('Install the provisioning agent', 'Install the agent', 'On the left, select Microsoft Entra Connect.', 'Microsoft Entra Connect provisioning agent'), kind: 'step', procedure: 'Install the agent', position: 2 } as Fact;
    expect(speaksOf(step, ['Microsoft Entra Connect'], vocabulary)).toBe(false);
    expect(speaksOf({ ...step, kind: 'passage' } as Fact, ['Microsoft Entra Connect'], vocabulary)).toBe(true);
  });

  it('counts a related product: a Cloud Sync question is answered from the provisioning agent docs', () => {
    expect(speaksOf(fact('Install', 'Steps', 'Run the installer.', 'Microsoft Entra Connect provisioning agent'), cloudSync, vocabulary)).toBe(true);
  });

  it('reads an unattributed fact as about the products its title names', () => {
    const roadmap = fact('Microsoft Entra Connect and Microsoft Entra Connect Health installation roadmap', 'Configure federation features', 'AD FS runs on Windows Server.');
    expect(speaksOf(roadmap, cloudSync, vocabulary)).toBe(false);
    expect(speaksOf(roadmap, health, vocabulary)).toBe(true);
  });
});

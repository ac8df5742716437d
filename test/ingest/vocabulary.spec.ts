import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary, parseVocabulary } from '../../src/ingest/loadVocabulary.js';
import { canonicalize, componentFamily, componentsIn, isExampleHost } from '../../src/ingest/vocabulary.js';

const vocabulary = parseVocabulary(
  `
aliases:
  - { names: [Microsoft Entra Connect, Azure AD Connect, AADC], old: [Azure AD Connect] }
  - { names: [V1, version 1] }
  - { names: [Active Directory, AD] }
components:
  - Microsoft Entra Connect Health
  - { name: Microsoft Entra Connect provisioning agent, partOf: Microsoft Entra Cloud Sync }
  - Microsoft Entra Cloud Sync
  - { name: Microsoft Entra Connect Sync, partOf: Microsoft Entra Connect }
  - Microsoft Entra Connect
`,
  'vocabulary.yml',
);

describe('the vocabulary of products and components', () => {
  it('names every component a text names, by any alias; a longer name is not also the shorter one', () => {
    expect(componentsIn('Install Microsoft Entra Connect Health next to AADC', vocabulary)).toEqual(['Microsoft Entra Connect Health', 'Microsoft Entra Connect']);
  });

  it('renames whole names only: not the start of a version number, nor a part of a host name', () => {
    expect(canonicalize('AADC version 1 and version 1.0.9125.0', vocabulary)).toBe('Microsoft Entra Connect V1 and version 1.0.9125.0');
    expect(canonicalize('policykeyservice.dc.ad.msft.net', vocabulary)).toBe('policykeyservice.dc.ad.msft.net');
  });

  it('relates a component to the product it is part of, and not to products that only share its words', () => {
    expect(componentFamily(['Microsoft Entra Cloud Sync'], vocabulary)).toEqual(['Microsoft Entra Connect provisioning agent', 'Microsoft Entra Cloud Sync']);
    expect(componentFamily(['Microsoft Entra Connect Sync'], vocabulary)).toEqual(['Microsoft Entra Connect Sync', 'Microsoft Entra Connect']);
    expect(componentFamily(['Microsoft Entra Connect'], vocabulary)).not.toContain('Microsoft Entra Connect Health');
  });

  it('rejects a component that is neither a name nor { name, partOf }, naming the file', () => {
    expect(() => parseVocabulary('components:\n  - { partOf: X }\n', 'content/vocabulary.yml')).toThrow(/content\/vocabulary.yml: components\[0\]/);
  });

  it('rejects a partOf that names no component, so a typo cannot cut a product off from its parts', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-vocabulary-'));
    writeFileSync(path.join(root, 'vocabulary.yml'), 'components:\n  - { name: Agent, partOf: Cloud Synk }\n  - Cloud Sync\n');
    expect(() => loadVocabulary([root])).toThrow(/"Agent" is partOf "Cloud Synk", which is not one of the components/);
  });
});

describe('the domains the docs use for made-up examples', () => {
  const examples = parseVocabulary('exampleDomains: [contoso.com]\n', 'vocabulary.yml');

  it('tell an example address from a real one, subdomains and prefixed names included', () => {
    expect(isExampleHost('https://sts.contoso.com', examples)).toBe(true);
    expect(isExampleHost('http://bmcontoso.com/adfs/services/trust', examples)).toBe(true);
    expect(isExampleHost('https://login.microsoftonline.com', examples)).toBe(false);
  });

  it('must be a list of names', () => {
    expect(() => parseVocabulary('exampleDomains: contoso.com\n', 'content/vocabulary.yml')).toThrow(/content\/vocabulary.yml: exampleDomains must be a list/);
  });
});

import { describe, expect, it } from 'vitest';
import { indexTokens, terms, tokenize, tokenizeWords } from '../../src/search/tokenize.js';

describe('tokenize', () => {
  it('keeps a cmdlet whole and adds its words', () => {
    expect(terms('Register-MicrosoftEntraConnectHealthAgent')).toEqual(
      expect.arrayContaining(['register-microsoftentraconnecthealthagent', 'regist', 'microsoft', 'entra', 'connect', 'health', 'agent']),
    );
  });

  it('tells which tokens come of which word ("SharePoint" is one word of three tokens)', () => {
    expect(tokenizeWords('SharePoint online')).toEqual([['SharePoint', 'Share', 'Point'], ['online']]);
  });

  it('finds an acronym run into a word by the word too ("HTTPBasic" by "basic"), but keeps a name like "gMSA" whole', () => {
    expect(terms('HTTPBasic')).toEqual(['httpbasic', 'basic']);
    expect(terms('MSOnline')).toEqual([...terms('msonline'), ...terms('online')]);
    expect(terms('gMSA')).toEqual(['gmsa']);
    expect(terms('provAgentgMSA')).toEqual(['provagentgmsa']);
  });

  it('keeps host patterns and file names whole', () => {
    expect(terms('*.blob.core.windows.net')).toContain('*.blob.core.windows.net');
    expect(terms('AADConnectProvisioningAgent.exe.config')).toContain('aadconnectprovisioningagent.exe.config');
  });

  it('drops stop words and stems the rest, the same way for facts and questions', () => {
    expect(terms('which ports does the agent need')).toEqual(['port', 'agent', 'need']);
    expect(terms('installing installation')).toEqual(['instal', 'instal']);
    expect(terms('through a proxy, or thru one, behind it for a bit')).toEqual(['proxi']); // chat spellings and prepositions too
  });

  it('keeps "connectivity" apart from "Connect", the product\'s name', () => {
    expect(terms('test outbound connectivity')).toContain('connectiv');
    expect(terms('test outbound connectivity')).not.toContain('connect');
    expect(terms('Microsoft Entra Connect connects')).toEqual(['microsoft', 'entra', 'connect', 'connect']);
  });

  it('reads an acronym\'s plural as the acronym ("OUs" is "OU")', () => {
    expect(terms('based on domains, OUs, or attributes')).toContain('ou');
    expect(terms('filter by OU')).toContain('ou');
  });

  it('keeps "selective" apart from "select" (of "select Next"), and "performance" from "perform"', () => {
    expect(terms('selective password hash synchronization')).toContain('selectiv');
    expect(terms('select Next')).toContain('select');
    expect(terms('select Next')).not.toContain('selectiv');
    expect(terms('sync performance')).toEqual(['sync', 'performanc']);
    expect(terms('perform the upgrade')).toEqual(['perform', 'upgrad']);
  });

  it('keeps "customers" apart from "custom" (of "customized settings")', () => {
    expect(terms('intended to work for most customers')).toContain('customer');
    expect(terms('customized settings')).toContain('custom');
  });

  it('reads an irregular past participle as its verb ("overwritten" is "overwrite"), but not the simple past ("who wrote")', () => {
    expect(terms('values are overwritten')).toEqual(terms('values overwrite'));
    expect(terms('the agent has not sent data')).toEqual(terms('the agent does not send data'));
    expect(terms('who wrote the docs')).not.toEqual(terms('who write the docs'));
    expect(terms('password sync broke')).toEqual(terms('password sync break'));
  });

  it('does not take a host name\'s top-level domain for a word ("net" of login.windows.net is not ".NET")', () => {
    expect(terms('*.blob.core.windows.net')).toEqual(expect.arrayContaining(['blob', 'core', 'window']));
    expect(terms('*.blob.core.windows.net')).not.toContain('net');
    expect(terms('.NET Framework 4.6.2')).toContain('net');
  });

  it('reads an account name with or without its "$" alike', () => {
    expect(terms('CONTOSO\\provAgentgMSA$ account')).toContain(terms('provAgentgMSA')[0]);
  });

  it('does not split plurals of acronyms', () => {
    expect(tokenize('URLs')).toEqual(['URLs']);
  });

  it('indexes a hyphenated word joined as well ("stand-by" is found by "standby"), but reads a question as written', () => {
    expect(indexTokens('a stand-by server')).toContain('standby');
    expect(indexTokens('Register-MicrosoftEntraConnectHealthAgent and *.blob.core.windows.net')).not.toContain('RegisterMicrosoftEntraConnectHealthAgent');
    expect(tokenize('a stand-by server')).not.toContain('standby');
  });

  it('indexes a verb whose particle is a stop word by its noun as well ("Back up your configuration" is found by "backup")', () => {
    expect(indexTokens('Back up your configuration')).toContain('backup');
    expect(indexTokens('devices are written back on-premises')).toContain('writeback');
    expect(indexTokens('the agent falls back to port 443')).not.toContain('fallback');
    expect(indexTokens('look in the folder')).not.toContain('lookin');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { MAX_TEXT } from '../../src/answer/renderText.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { quotedAt } from '../helpers/quote.js';

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable(['content']);
});
const ask = (q: string) => answer(q, searchable);

describe('the questions the product card gives as examples', () => {
  it.each([
    ['which ports does the health agent need?', /TCP 443, TCP 5671/],
    ['endpoints for gov cloud?', /endpoints \(Azure Government\)/],
    ['how do I set a proxy for the agent?', /Set-MicrosoftEntraConnectHealthProxySettings/],
    ['can I run it on Server Core?', /Windows Server Core doesn't support installing/],
  ])('answers "%s" from the docs', (question, lead) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.lead).toMatch(lead);
  });
});

describe('abstaining', () => {
  it('when the question is about what the docs never say, though the vocabulary knows the word ("logs", "interval")', () => {
    expect(ask('where are the health agent logs stored').answered).toBe(false);
    expect(ask('how do i configure the sync scheduler interval').answered).toBe(false);
  });
});

describe('composing an answer', () => {
  it('answers "where is … configured" with the procedure that says where', () => {
    const a = ask('where is the MD5 setting for FIPS servers configured?');
    expect(a.facts.some((f) => f.kind === 'step' && f.text.includes('AADConnectProvisioningAgent.exe.config'))).toBe(true);
  });

  it('lists the public cloud\'s endpoints when no cloud is asked, the asked one\'s otherwise', () => {
    expect(ask('Does the health agent need outbound connectivity to Azure?').lead).toMatch(/endpoints \(General public\)/);
    expect(ask('gov cloud endpoints for connect health').lead).toMatch(/endpoints \(Azure Government\)/);
  });

  it('answers a product named alone ("cloud sync") with what it is', () => {
    expect(ask('cloud sync').lead).toMatch(/^Microsoft Entra Cloud Sync is/);
    expect(ask('connect health').lead).toMatch(/^Microsoft Entra Connect Health provides/);
  });

  it('answers a bare keyword query with the procedure of the section it names', () => {
    const a = ask('fips md5 provisioning agent');
    expect(a.answered).toBe(true);
    expect(a.facts.some((f) => f.kind === 'step' && f.text.includes('enforceFIPSPolicy'))).toBe(true);
  });

  it('answers what goes in a file, asked after the case it is for, with the procedure, not the case restated', () => {
    const a = ask('our servers are fips locked down and md5 is off - what goes in the agent config file');
    expect(a.facts.some((f) => f.kind === 'step' && f.text.includes('enforceFIPSPolicy'))).toBe(true);
  });

  it('lists every endpoint of the asked environment, and only those', () => {
    const a = ask('gov cloud endpoints for the health agent');
    expect(a.answered).toBe(true);
    expect(a.facts.every((f) => f.kind === 'endpoint' && f.environment === 'Azure Government')).toBe(true);
    expect(a.facts).toHaveLength(13);
  });

  it('lists the ports of the asked table and of the requirement above it, each port once', () => {
    // The endpoint table names 5671 alone; the firewall requirement over it says 443 and 5671.
    const a = ask('what outbound port does the AD FS health agent use');
    expect(a.lead).toMatch(/^Ports for Microsoft Entra Connect Health: 5671, TCP 443\.$/);
  });

  it('answers with the prose that says the question, notes and passages alike', () => {
    // The note says netsh isn't supported; the passage says how WinHTTP settings are imported.
    const texts = ask('can the health agent use WinHTTP proxy settings').facts.map((f) => f.text);
    expect(texts).toContainEqual(expect.stringContaining("Netsh WinHttp set ProxyServerAddress isn't supported"));
    expect(texts).toContainEqual(expect.stringContaining('You can import WinHTTP proxy settings'));
  });

  it('answers a comparison with what the docs say of each side', () => {
    const texts = ask('aadc express vs custom').facts.map((f) => f.text);
    expect(texts.slice(0, 2)).toEqual(expect.arrayContaining([expect.stringContaining('Solution: Express settings'), expect.stringContaining('Solution: Customized settings')]));
  });

  it('answers "how do I get X" with the section whose heading says X, though a service of it ranks first', () => {
    const a = ask('how do I get the health agent for sync');
    expect(a.facts[0]?.text).toContain('installed automatically in the latest version of Microsoft Entra Connect');
    expect(a.facts.filter((f) => f.kind === 'service').map((f) => (f as { name: string }).name)).toEqual(['Microsoft Entra Connect Agent Updater', 'Microsoft Entra Connect Health Agent']);
  });

  it('answers with the requirement row a role was read from, with all its explanation says', () => {
    const a = ask('is a microsoft account ok for installing health agents');
    expect(a.facts[0]).toMatchObject({ kind: 'requirement', explanation: expect.stringContaining("can't use a Microsoft account") });
  });

  it('answers a list asked with the whole section whose heading says it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-list-'));
    writeFileSync(path.join(dir, 'tls.md'), [
      '---', 'title: TLS 1.2 enforcement', 'ms.date: 03/26/2024', '---', '', '# TLS 1.2 enforcement', '',
      '## Registry keys that enable TLS 1.2', '',
      'Set SchUseStrongCrypto to 1 under the .NET Framework v4.0.30319 key.', '',
      'Set SystemDefaultTlsVersions to 1 under the same key.', '',
      'Set Enabled to 1 under the SCHANNEL TLS 1.2 Server key.', '',
    ].join('\n'));
    const a = answer('which registry keys enable tls 1.2', await buildSearchable([dir]));
    expect(a.facts.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringContaining('SchUseStrongCrypto'), expect.stringContaining('SystemDefaultTlsVersions'), expect.stringContaining('SCHANNEL')]));
  });

  it('answers from the older article a question names ("in the 2020 article …"), though another doc has a link of the kind asked', () => {
    const a = ask('in the 2020 article where do i download the agent from');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.source.file).toMatch(/provisioning-agent-install-2020\.md$/);
  });

  it('answers a question quoting a screen with the step that says it as it stands', () => {
    const a = ask("wizard says 'Your agent configuration was successfully verified' - am i done");
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('Your agent configuration was successfully verified'));
    expect(ask("where is the 'Accept terms & download' button for the cloud sync agent").answered).toBe(true);
  });

  it('answers "how many" by counting the list asked for: endpoints, a procedure\'s steps, websites', () => {
    const endpoints = ask('how many endpoints does connect health need in azure government');
    expect(endpoints.answered).toBe(true);
    expect(endpoints.lead).toMatch(/^13 endpoints \(Azure Government\)/);
    const steps = ask('how many steps are in the cloud sync agent install');
    expect(steps.answered).toBe(true);
    expect(steps.facts.filter((f) => f.kind === 'step').length).toBeGreaterThan(10);
    expect(ask('how many websites must be allowed when ie enhanced security is on').answered).toBe(true);
  });

  it('answers "how many forests" with "a single forest", and "how many days" with "a free 30-day trial"', () => {
    expect(ask('how many forests is express settings meant for').answered).toBe(true);
    expect(ask('how many days is the free trial of p1').answered).toBe(true);
  });

  it('answers "how many times" with the sentence saying how often ("Run this script only once"), not the script\'s commands', async () => {
    const a = await askOf({ title: 'Troubleshoot password hash sync', body: [
      '## Trigger a full sync of all passwords', '',
      '> [!NOTE]', '> Run this script only once. If you need to run it more than once, something else is the problem.', '',
      'Run the full password sync script:', '', '```powershell', 'Import-Module adsync', 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -Enable $true', '```', '',
    ] }, 'how many times should i run the full password sync script');
    expect(a.answered).toBe(true);
    expect(a.facts[0]!.text).toContain('only once');
  });

  it('answers "how do I …" with the prose after a procedure when that prose says it, not with the procedure', () => {
    const a = ask('how do i remove access for the local account when i finish the multi server install');
    expect(a.lead).toMatch(/^When you finish, you can remove access for the local account/);
    expect(a.facts.some((f) => f.kind === 'step')).toBe(false);
  });

  it('gives a procedure whole, in order', () => {
    const a = ask('How do I install the provisioning agent?');
    const positions = a.facts.filter((f) => f.kind === 'step').map((f) => (f as { position: number }).position);
    expect(positions).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('answers a name asked with the fact that spells it, one step rather than its whole procedure', () => {
    const a = ask('What is the name of the gMSA the agent creates for me?');
    expect(a.facts).toHaveLength(1);
    expect(a.facts[0]!.text).toContain('provAgentgMSA$');
    expect(a.lead).toMatch(/^Step \d+ of "Install the agent":$/);
    // The older version of the article differs in the installer and the role, which this step doesn't name.
    expect(a.olderVersions).toEqual([]);
  });

  it('answers "which agent do I install on …" with the requirement row that says it, not the whole table', () => {
    const a = ask('Which agent do I install on the Web Application Proxy server?');
    expect(a.facts).toHaveLength(1);
    expect(a.text).toContain('install the agent on the AD FS server and on the Web Application Proxy server');
    expect(ask('what are the requirements for connect health').lead).toMatch(/^Requirements/);
  });

  it('answers where a setting of a config file is with the procedure that edits the file', () => {
    const a = ask("Where's the FIPS setting in the agent config file?");
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('configuration/runtime'));
  });

  it('answers with a section\'s subsections too, saying a list item once', () => {
    const a = ask('proxy config for connect health agent pls');
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('Set-MicrosoftEntraConnectHealthProxySettings: You can import Internet Explorer'));
    expect(a.facts.map((f) => f.text)).not.toContain('Import existing proxy settings.');
  });

  it('answers with the section of a sentence that introduces a list the page lost ("Key benefits and best practices:")', () => {
    const a = ask('wat r the benefits of connect health');
    expect(a.lead).toBe('Why use Microsoft Entra Connect Health?');
    expect(a.facts.map((f) => f.text)).not.toContain('Key benefits and best practices:');
    expect(a.facts[0]?.text).toContain('helps monitor');
  });

  it('answers with a sentence introducing what the page lost when the sentence says something itself ("view the following video:")', () => {
    const a = ask('is there a video on installing the agent');
    expect(a.facts[0]?.text).toBe('For more information and an example, view the following video:');
  });

  it('answers "how do I …" with the whole section whose heading says it, when that section is prose', () => {
    const a = ask('How do I install the provisioning agent for the US government cloud?');
    expect(a.lead).toBe('Install an agent in the US government cloud:');
    // The step under "make this change in step 7 …:" is said by that sentence, once.
    expect(a.facts.map((f) => f.source.line)).toEqual([139]);
    expect(a.facts[0]!.text).toContain('ENVIRONMENTNAME=AzureUSGovernment');
  });

  it('answers "how long" with a fact that holds a duration, or not at all', () => {
    const a = ask('how long is the free trial for connect health?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('30-day trial');
  });

  it('answers "how long" with the sentence that holds the duration, though its heading says nothing of the question', () => {
    // Under "Test connectivity to the … service": the heading speaks of neither alerts nor data.
    const a = ask('how long before I get an alert if the health agent stops sending data');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('longer than two hours');
  });

  it('answers "when will I …" with the case the docs state ("If your AD FS server … then you will be notified"), a date being none of the docs\' to give', () => {
    const a = ask('when will i be told to update federation certificates');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toMatch(/^If your ADFS server .* you will be notified/);
  });

  it('does not answer "how do I install X" with another product\'s procedure, nor with which versions X runs on', () => {
    const a = ask('how do i install entra connect');
    expect(a.facts.map((f) => f.source.file)).not.toContainEqual(expect.stringContaining('provisioning-agent-install'));
    expect(a.facts.map((f) => f.kind)).not.toContain('version');
  });

  it('answers "what replaces X" (or "what to use instead of X") with what replaces X, not with what X replaces', () => {
    expect(ask('What replaces Entra Connect?').lead).toContain('It replaces Microsoft Entra Connect');
    expect(ask('what replaces aadc').lead).not.toContain('Microsoft Entra Connect replaces older versions');
    expect(ask("what's the future replacement for connect sync").lead).toContain('It replaces Microsoft Entra Connect');
    expect(ask('whats replacing entra connect').lead).toContain('It replaces Microsoft Entra Connect');
    expect(ask('what should i use instead of entra connect for the future of sync').lead).toContain('It replaces Microsoft Entra Connect');
  });

  it('does not answer a question about a release the docs never name ("Windows Server 2008")', () => {
    expect(ask('can I install the health agent on Windows Server 2008?').answered).toBe(false);
  });

  it('leads with the sentence that holds the number asked, though another of its paragraph says more of the question', () => {
    const a = ask('How many objects can accidental delete prevention delete by default?');
    expect(a.answered).toBe(true);
    expect(a.lead).toBe('By default it allows 500 deletes per run.');
  });

  it('leads with the default when a default is asked', () => {
    expect(ask('What does StagingMode default to?').lead).toContain('defaults to $false');
  });

  it('gives a cmdlet with its examples and parameters', () => {
    const a = ask('how do I test connectivity to the health service?');
    expect(a.facts[0]).toMatchObject({ kind: 'cmdlet', name: 'Test-MicrosoftEntraConnectHealthConnectivity' });
    expect(a.facts.some((f) => f.kind === 'parameter' && f.name === 'Role')).toBe(true);
  });

  it('cites every fact: title, section, file:line and date, and quotes it verbatim', () => {
    const a = ask('which ports does the health agent need?');
    expect(a.text).toMatch(/Source: Install the Microsoft Entra Connect Health agents in Microsoft Entra ID › Requirements — content\/docs\/connect-health-agent-install\.md:37 \(2023-11-06\)/);
    for (const f of a.facts) expect(quotedAt(readFileSync(f.source.file, 'utf8'), f.source.line, f.source.quote)).toBe(true);
  });

  it('answers from the newer version of an article and names the older where they differ', () => {
    const a = ask('What is the provisioning agent installer called?');
    expect(a.facts[0]!.source.file).toBe('content/docs/provisioning-agent-install.txt');
    expect(a.olderVersions.join(' ')).toContain('AADConnectProvisioningAgentSetup.msi');
  });

  it('offers up to three follow-up questions', () => {
    const a = ask('which ports does the health agent need?');
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('asks its follow-ups about the product each is of, not by an article\'s title ("… installation roadmap.?")', () => {
    const a = ask('can filtering be done by organizational unit');
    expect(a.facts[0]!.source.file).toBe('content/docs/connect-install-roadmap.md');
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(s).not.toMatch(/roadmap/i);
  });

  it('does not say a one-fact answer twice', () => {
    const a = ask('do the health agents auto update');
    expect(a.facts).toHaveLength(1);
    expect(a.text).not.toContain('• ');
  });

  it('leads a release note asked by version with the version it stands under, saying the note once', async () => {
    const a = await askOf({ title: 'Widget agent: Version release history', body: [
      '## 1.5.1007.0', '', '### New features and improvements', '', '- Enforce TLS 1.2 during widget registration', '',
      '## 1.5.643.0', '', '### New features and improvements', '', '- Web socket connection support for the widget', '',
    ] }, 'which widget agent release enforced tls 1.2 during registration');
    expect(a.lead).toBe('1.5.1007.0: Enforce TLS 1.2 during widget registration');
    expect(a.text).not.toContain('• Enforce');
  });

  it('answers when a release note\'s change came with its version and the release status that dates it', async () => {
    const a = await askOf({ title: 'Widget agent: Version release history', body: [
      '## 1.5.1007.0', '', '### Release status', '', '1/22/2019: Released for download', '',
      '### New features and improvements', '', '- Enforce TLS 1.2 during widget registration', '',
      '## 1.5.643.0', '', '### Release status', '', '4/10/2018: Released for download', '',
      '### New features and improvements', '', '- Web socket connection support for the widget', '',
    ] }, 'when did the widget agent start enforcing tls 1.2 during registration');
    expect(a.answered).toBe(true);
    expect(a.lead).toBe('1.5.1007.0: Enforce TLS 1.2 during widget registration');
    expect(a.facts.map((f) => f.text)).toContain('1/22/2019: Released for download');
  });

  it('keeps the text short', () => {
    for (const q of ['How do I install the provisioning agent?', 'endpoints for the health agent', 'requirements for connect health']) {
      expect(ask(q).text.length).toBeLessThanOrEqual(MAX_TEXT);
    }
  });
});

describe('abstaining', () => {
  it.each(['What is the weather in Seattle?', 'How do I configure Okta?', 'How much does P1 cost per user?', 'tell me a joke', 'recommend a good antivirus for the sync server', 'how many users can entra connect sync for free', 'what time zone does connect health use', 'how do i back up the sync server', 'how do I set up conditional access policies', '', '???', '🙂🙂🙂🙂', 'can you reset my password', 'How do I install Windows Server 2022?'])(
    'says the docs do not cover "%s" and never returns an unrelated fact',
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(false);
      expect(a.facts).toEqual([]);
    },
  );

  it('does not answer a question about a product the docs never name with a fact about another', () => {
    expect(ask('Which ports does the Teams agent need open?').answered).toBe(false);
    expect(ask('Which ports does the health agent need?').answered).toBe(true);
  });

  it('does not answer a question about one product from what the docs say about another', () => {
    // The Connect Health docs say Server Core is unsupported for the health agent; the provisioning agent docs say nothing.
    expect(ask('can I install the provisioning agent on server core?').answered).toBe(false);
    expect(ask('can I install the health agent on server core?').answered).toBe(true);
    // The roadmap's title names Connect and Connect Health; its AD FS section is about neither agent.
    expect(ask('which windows server version for the provisioning agent').facts.map((f) => f.text)).not.toContainEqual(expect.stringContaining('AD FS'));
    const licence = ask('license needed for entra connect sync');
    expect(licence.facts[0]?.text).toContain('free');
  });

  it('answers a question about a component no loaded doc is about from the docs that speak of it', () => {
    // No seed doc is about AD FS; the Connect Health docs give the ports its agent needs.
    expect(ask('which firewall ports are needed by the agent for AD FS health').facts.map((f) => f.kind)).toContain('port');
  });

  it('does not answer a minimum or maximum of one thing with a fact that never says that thing', () => {
    // "Sign in … as at least a Hybrid Identity Administrator" is a minimum, but of a role, not of an OS.
    expect(ask('minimum os for the cloud sync provisioning agent').answered).toBe(false);
    expect(ask('minimum windows server version for entra connect AD FS').answered).toBe(true);
  });

  it('reads a role a step names as that step, of its procedure: how to verify the agent is not how to sign in for password writeback', () => {
    const a = ask('how do I verify the cloud sync agent in the admin center');
    expect(a.facts.map((f) => f.kind)).not.toContain('role');
  });

  it('answers a price question with "free" when the docs say so, and abstains when they give no price', () => {
    expect(ask('how much does entra connect cost').facts[0]?.text).toContain('free');
    expect(ask('How much does P1 cost per user?').answered).toBe(false);
  });

  it('suggests the closest topics', () => {
    expect(ask('How do I configure the health agent with Okta?').suggestions.length).toBeGreaterThan(0);
  });
});

describe('endpoints of an environment', () => {
  it('include a table cell of host names, each an endpoint of the article about that environment', async () => {
    const withGovArticle = await searchableOf({ title: 'Hybrid identity considerations for the Azure Government cloud', body: [
      '## Pass-through Authentication', '', '### Allow access to URLs', '',
      '|URL |How it\'s used|', '|-----|-----|', '|&#42;.msappproxy.us</br>&#42;.servicebus.usgovcloudapi.net|The agent uses these URLs to communicate with the cloud service. |', '',
    ] }, 'content');
    const a = answer('What URLs does the pass-through authentication agent need in Azure Government?', withGovArticle);
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.text)).toEqual(expect.arrayContaining(['*.msappproxy.us', '*.servicebus.usgovcloudapi.net']));
  });
});

/** The answer to a question from one article written for the test: its title, then the lines under it. */
async function askOf(article: Article, question: string) {
  return answer(question, await searchableOf(article));
}
/** One article written for the test, searchable alone or beside other roots ("content", for its vocabulary). */
async function searchableOf(article: Article, ...roots: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-doc-'));
  const { title, body } = article;
  writeFileSync(path.join(dir, 'doc.md'), ['---', `title: ${title}`, 'ms.date: 03/26/2024', '---', '', `# ${title}`, '', ...body].join('\n'));
  return buildSearchable([...roots, dir]);
}
interface Article {
  title: string;
  body: string[];
}

describe('a heading naming an aspect of the title\'s topic', () => {
  it('holds facts about that topic too: the symptoms of the 10GB limit are under "Symptoms", though only the title names the limit', async () => {
    const article = { title: 'Widget: How to recover from the WidgetDB 10GB limit', body: [
      'Widget requires a database to store identity data. You can either use the default WidgetDB installed with Widget or use your own full database server.',
      'WidgetDB imposes a 10GB size limit. When using WidgetDB and this limit is reached, the widget service can no longer start. This article provides the recovery steps.', '',
      '## Symptoms', '',
      'There are two common symptoms: the widget service is running but fails with a disk-full error, or it fails to start at all.', '',
      '## Short-term recovery steps', '',
      '1. Back up the WidgetDB files before you start.',
      '1. Shrink WidgetDB to get below the 10GB limit.',
      '1. Delete old run history from WidgetDB to stay below 10GB.', '',
      '## Long-term solution', '',
      'Move to a full database server.', '',
    ] };
    const a = answer('widgetdb 10gb symptoms?', await searchableOf(article, 'content'));
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('two common symptoms');
  });
});

describe('where to read about something', () => {
  it('is answered by the row of a table of topics that covers it, under no heading saying it', async () => {
    const a = await askOf({ title: 'Federation overview', body: [
      '## Topics', '',
      '| Topic | What it covers and when to read it |', '| --- | --- |',
      '| Repair the widget trust | Repair the current trust between the on-premises widget farm and the cloud. |',
      '| Add a widget server | Expand the widget farm with another server. |',
      '| Rotate the gadget keys | Replace the gadget signing keys before they expire. |', '',
    ] }, 'which article covers repairing the widget trust with the cloud service');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Repair the widget trust');
  });

  const nextSteps = { title: 'Widget installation roadmap', body: [
    '## Configure widget federation', '',
    'The widget service supports gadget farms on Windows Server 2016 or later.', '',
    '### Next steps to configure widget federation', '',
    '| Topic | Link |', '| --- | --- |',
    '| Configure gadget farms with subdomains | [Multiple domain support for widget federation](widget-domains.md) |',
    '| Manually renewing widget certificates | [Renew the widget signing certificates](widget-certs.md) |', '',
  ] };

  it('is answered by a further-reading table\'s row, which names the article that covers it', async () => {
    const a = answer('which doc covers gadget farms with subdomains', await searchableOf(nextSteps, 'content'));
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('Multiple domain support for widget federation'));
  });

  it('while such a row answers nothing else: it says where to read, nothing of the topic itself', async () => {
    const a = answer('how do i renew the widget certificates manually', await searchableOf(nextSteps, 'content'));
    expect(a.facts.map((f) => f.text)).not.toContainEqual(expect.stringContaining('Renew the widget signing certificates'));
  });
});

describe('where a file is', () => {
  it('is answered by the file fact whose folder the docs give, though no sentence says "located"', async () => {
    const a = await askOf({ title: 'Install the widget agent', body: [
      '## Verify the agent version', '',
      "1. Navigate to 'C:\\Program Files\\Contoso Widget Agent'",
      "1. Right-click on 'WidgetAgent.exe' and select properties.",
      '1. Click the details tab and the version number is displayed next to Product version.', '',
      '## Widget agent prerequisites', '',
      'The widget agent exe is located on each server where you install the widget agent.', '',
    ] }, "where's the widget agent exe located");
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.kind).toBe('file');
  });
});

describe('a command named in the question', () => {
  it('is asked as itself when its words are common ones ("Install-Module" is not any sentence installing a module)', async () => {
    const modules = ['widget', 'gadget', 'sprocket', 'gear', 'lever', 'spring', 'pulley', 'wheel', 'axle', 'cog'];
    const a = await askOf({ title: 'Widget tools', body: [
      '## Get the tools', '',
      ...modules.flatMap((m) => [`In order to use the ${m} tools you need to install the module from the gallery.`, '']),
      '```powershell', 'Install-Module WidgetTools', '```', '',
      '> [!NOTE]', '> Install-Module requires PowerShell 5.0 or later.', '',
    ] }, 'what does Install-Module need');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('PowerShell 5.0');
  });
});

describe('a count asked of a list', () => {
  it('is led by the list, not by a number in the same table row ("how many endpoints" is no "port 5671")', () => {
    const a = ask('how many endpoints does the health agent need in the public cloud');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.kind).toBe('endpoint');
    expect(a.lead).toMatch(/^\d+ endpoints/);
  });
});

describe('a default asked for', () => {
  it('is answered by the setting whose default the docs give, though its heading says nothing of the question', () => {
    const a = ask("what's the deletes limit per run by default");
    expect(a.answered).toBe(true);
    expect(a.lead).toContain('500 deletes per run');
  });
});

describe('a service asked for', () => {
  it('named by the one step stopping it, is answered by that step ("which service do I stop before copying …")', async () => {
    const a = await askOf({ title: 'Move the widget database', body: [
      '## Move it', '',
      '1. On the widget server, go to **Services** and stop the Contoso Widget Sync service.',
      '1. Copy the widget database files to the new server.',
      '1. Restart the Contoso Widget Sync service on the widget server.', '',
    ] }, 'which service do i stop before copying the widget database files');
    expect(a.answered).toBe(true);
    expect(a.lead).toContain('stop the Contoso Widget Sync service');
  });
});

describe('a how-to acting on something', () => {
  it('is not answered by a fact that never says what it acts on ("conditional access" in "configure conditional access for admins")', () => {
    expect(ask('how do I configure conditional access for admins').answered).toBe(false);
    expect(ask('how do I configure a proxy for the health agent').answered).toBe(true);
  });
});

describe('a kind of fact asked for', () => {
  it('is not answered by a fact of that kind that says nothing but its name ("-Replace of Set-ADUser")', async () => {
    const a = await askOf({ title: 'Selective widget sync', body: [
      '## The adminDescription attribute', '',
      '|Scenario|adminDescription value|', '|-----|-----|',
      '|Excluded users is smaller than included users|WidgetFiltered|',
      '|Excluded users is larger than included users|WidgetIncluded|', '',
      '## Excluded users is smaller than included users', '',
      '### Edit the excluded users adminDescription value for widget sync', '',
      '```powershell', 'Set-ADUser myuser -Replace @{adminDescription="WidgetFiltered"}', '```', '',
    ] }, 'which adminDescription value excludes a user from widget sync');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.kind).toBe('passage');
    expect(a.facts[0]?.text).toContain('WidgetFiltered');
  });
});

describe('a command whose example says the question\'s word', () => {
  it('answers though its heading says nothing of the question ("-PolicyType Delta" for "force a delta sync")', async () => {
    const a = await askOf({ title: 'Widget scheduler', body: [
      '## Start the scheduler', '',
      'If you need to force a sync cycle, then from PowerShell run `Start-WidgetSyncCycle -PolicyType Delta`.', '',
      '## Stop the scheduler', '',
      'Run `Stop-WidgetSyncCycle` to stop a sync cycle in progress for the objects.', '',
    ] }, 'how do i force a delta sync of the objects');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Start-WidgetSyncCycle');
  });
});

describe('a licence asked', () => {
  it('is not answered by the terms an installer asks to agree to ("I agree to the license and conditions")', () => {
    // The seed docs say nothing of what the provisioning agent costs; its install steps say "select I agree to the license and conditions".
    expect(ask('is the provisioning agent free').answered).toBe(false);
    expect(ask('is connect health free').answered).toBe(true);
  });
});

describe('a count asked', () => {
  it('is answered by a number of the thing asked about, not by any number', async () => {
    const a = await askOf({ title: 'Authentication agents quickstart', body: [
      '## Ensure high availability', '',
      'Identify one or more additional servers running Windows Server 2016 where you can run standalone authentication agents for high availability.', '',
      '> [!IMPORTANT]', '> In production environments, we recommend that you have a minimum of 3 authentication agents running on your tenant.', '',
    ] }, 'How many authentication agents do I need for high availability?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('minimum of 3 authentication agents');
  });

  it('is answered by the fact holding a number of the thing asked ("150,000 objects"), though another ranks above it', async () => {
    const a = await askOf({ title: 'What is cloud sync?', body: [
      '## Which objects cloud sync handles', '',
      'By default, the cloud sync scoping rules exclude the following objects from being synchronized to Microsoft Entra ID.', '',
      '## Comparison', '', '| Feature | Connect sync | Cloud sync |', '| --- | --- | --- |', '| Support for up to 150,000 objects per AD domain | ● | ● |', '',
    ] }, 'how many objects can cloud sync handle');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('150,000 objects');
  });

  it('per minute is a number of the thing counted: "every two minutes" is not how many passwords', async () => {
    const article = { title: 'How widget password sync works', body: [
      '## How the widget password agent syncs passwords', '',
      '1. Every two minutes, the widget password agent on the sync server requests stored password hashes from a domain controller.',
      '1. The widget password agent encrypts the password hashes and sends them to the cloud.', '',
    ] };
    const asked = 'how many passwords per minute does the widget password agent sync';
    expect(answer(asked, await searchableOf(article, 'content')).answered).toBe(false);
    const stated = { ...article, body: [...article.body, 'The widget password agent syncs up to 500 passwords per minute.', ''] };
    expect(answer(asked, await searchableOf(stated, 'content')).lead).toContain('500 passwords per minute');
  });
});

describe('a version asked how to', () => {
  const doc = { title: 'Install the sync engine', body: [
    '## Supported operating systems', '',
    'Microsoft Entra Connect must be installed on Windows Server 2016 or later.', '',
  ] };

  it('is answered by the version fact when the how-to is about versions', async () => {
    const a = await askOf(doc, 'How do I find which Windows Server versions Entra Connect can be installed on?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.kind).toBe('version');
  });

  it('is not, when it asks how to do what a version fact only names', async () => {
    expect((await askOf(doc, 'How do I install Windows Server 2022?')).answered).toBe(false);
  });
});

describe('a yes/no question on what is supported', () => {
  it('is answered by the callout that says so, though its headings say nothing of the question', async () => {
    const a = await askOf({ title: 'Deployment notes', body: [
      '## Limitations', '',
      'The widget agent needs .NET Framework 4.8 on each server.', '', 'Each server reports to the portal.', '',
      '> [!NOTE]', '> The widget agent is not available in the China sovereign cloud.', '',
    ] }, 'does the widget agent work on servers in China');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('not available in the China sovereign cloud');
  });
});

describe('a long question', () => {
  const doc = { title: 'Troubleshooting notes', body: [
    '## Background', '',
    'When the validation of credentials fails due to a network problem, the wizard calls the Start-Diagnosis function.', '',
    'The forest must be reachable from the server.', '', 'Each server reports to the portal.', '',
  ] };

  it('is answered by a sentence saying most of its words, though no heading says them', async () => {
    const a = await askOf(doc, 'what function does the wizard call when forest credential validation fails on the network');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Start-Diagnosis');
  });

  it('but a short one is not answered by a sentence that says only some of its words in passing', async () => {
    expect((await askOf(doc, 'wizard validation forest')).answered).toBe(false);
  });
});

describe('a question whose words only a sentence under unrelated headings says', () => {
  const doc = { title: 'Deployment notes', body: [
    '## Background', '', 'The widget agent writes its alerts to the Widget Events log.', '',
    '## Reports', '', 'Each server reports to the portal once an hour.', '', 'A server that misses a report shows as stale.', '',
    'Server names appear in the portal list.', '',
  ] };

  it('is answered by that sentence when it says most of a question asking what, which or where', async () => {
    const a = await askOf(doc, 'which log has the widget alerts of each server');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Widget Events log');
  });

  it('but not when the question asks how to do something: that is a procedure\'s, under headings that say so', async () => {
    expect((await askOf(doc, 'how do i get the widget alerts of each server into a log')).answered).toBe(false);
  });

  it('nor by a long paragraph, whose many words say most questions a little', async () => {
    const long = { ...doc, body: [
      '## Background', '',
      'Keep in mind that the widget agent is installed with its defaults, that it signs in as the account you give it, that it keeps a ' +
      'log of its own upgrades under the program folder, that it raises alerts in the portal when a check fails, and that it can ' +
      'be moved to another machine later without losing its history or its settings, which stay in the portal.', '',
      ...doc.body.slice(doc.body.indexOf('## Reports')),
    ] };
    expect((await askOf(long, 'which log has the widget alerts of each server')).answered).toBe(false);
  });
});

describe('a question needing a value that a FAQ entry asking the same does not give', () => {
  it('is answered by that entry as it stands ("How long does the move take? It depends on …")', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-faq-'));
    writeFileSync(path.join(dir, 'widget-faq.yml'), [
      '### YamlMime:FAQ', 'metadata:', '  title: Widget Sync move FAQ', '  ms.date: 03/26/2024', 'title: Widget Sync move FAQ', 'sections:',
      '  - name: Moving', '    questions:',
      '      - question: |', '          How long does the Widget Sync move take?', '        answer: |',
      '          It depends on the number of widgets and on how many rules you customized.',
      '      - question: |', '          Can I undo the Widget Sync move?', '        answer: |', '          Yes, until you delete the old server.', '',
    ].join('\n'));
    const a = answer('how long does the widget sync move take', await buildSearchable([dir]));
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('number of widgets');
  });

  it('over another fact that holds a duration ("a two-week validation period after the move")', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-faq-'));
    writeFileSync(path.join(dir, 'widget-faq.yml'), [
      '### YamlMime:FAQ', 'metadata:', '  title: Widget Sync to Widget Cloud move FAQ', '  ms.date: 03/26/2024', 'title: Widget Sync to Widget Cloud move FAQ', 'sections:',
      '  - name: Moving', '    questions:',
      '      - question: |', '          How do I move to Widget Cloud?', '        answer: |',
      '          To prepare for the move from Widget Sync to Widget Cloud, read the Widget Cloud move guide and its tutorial.',
      '      - question: |', '          How long does the move take?', '        answer: |',
      '          It depends on the number of widgets and on how many rules you customized.', '',
    ].join('\n'));
    writeFileSync(path.join(dir, 'move-tool.md'), [
      '---', 'title: Move from Widget Sync to Widget Cloud with the move tool', 'ms.date: 03/26/2024', '---', '',
      '# Move from Widget Sync to Widget Cloud with the move tool', '', '## Prerequisites', '',
      '- A two-week validation period after the move from Widget Sync to Widget Cloud. Keep Widget Sync installed during this period.', '',
    ].join('\n'));
    const a = answer('how long does the widget cloud move take', await buildSearchable([dir]));
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('number of widgets');
  });
});

describe('a question its docs head a section with', () => {
  it('is answered by that section, though hundreds of facts hold its words in their names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-headed-'));
    writeFileSync(path.join(dir, 'a-what-is.md'), [
      '---', 'title: What is Widget Sync?', 'ms.date: 03/26/2024', '---', '',
      '# What is Widget Sync?', '', 'Widget Sync is an on-premises application that copies widgets to the cloud.', '',
    ].join('\n'));
    for (let n = 0; n < 320; n++) {
      writeFileSync(path.join(dir, `tip-${n}.md`), [
        '---', `title: Widget Sync tip ${n}`, 'ms.date: 03/26/2024', '---', '',
        `# Widget Sync tip ${n}`, '', `Run \`Start-WidgetSync${n}\` to start Widget Sync for case ${n}.`, '',
      ].join('\n'));
    }
    const a = answer('What is Widget Sync?', await buildSearchable([dir]));
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Widget Sync is an on-premises application');
  }, 30000);
});

describe('facts saying the question alike', () => {
  it('are told apart by a word of how it asks that the docs use too ("what type …" → "of the type")', async () => {
    const a = await askOf({ title: 'Preferred data location', body: [
      '## Before you enable it', '',
      'Configure the source attribute on a couple of users now, for verification later.', '',
      'The source attribute should be of the type single-valued string.', '',
    ] }, 'what type must the source attribute be');
    expect(a.facts[0]?.text).toContain('single-valued string');
  });

  it('each such word counting ("… already configured … by another agent" for "what if my gMSA already exists from another agent")', () => {
    expect(ask('what if my gmsa already exists from another agent').facts.map((f) => f.text)).toContainEqual(expect.stringContaining('already configured in your domain by another agent'));
  });
});

describe('a port asked', () => {
  it('is not answered by facts that name no port', async () => {
    const doc = { title: 'Move the database', body: [
      '## Move the database to a new server', '',
      '1. Stop the sync service on the database server.', '1. Copy the database files to the new database server.', '',
      '## Ports', '', 'The agent uses port 443 outbound.', '',
    ] };
    expect((await askOf(doc, 'which ports does the sync service on the database server use')).answered).toBe(false);
    expect((await askOf(doc, 'which port does the agent use')).facts[0]?.kind).toBe('port');
  });

  it('whether one must be given is answered by the sentence saying when, which names no port number', async () => {
    const a = await askOf({ title: 'Move the database', body: [
      '## Install required components', '',
      'Specify the name of the database server. If database browsing isn\'t enabled, you must specify the database engine port number.', '',
    ] }, 'do i need to give a port if database browsing is off');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('you must specify the database engine port number');
  });
});

describe('a keyword query naming a state', () => {
  const doc = { title: 'Install the widget agent', body: [
    '## Widget agent and FIPS', '',
    'If your server has been locked down according to FIPS, MD5 is disabled.', '',
    'To enable MD5 for the widget agent, do the following:', '',
    '1. Open WidgetAgent.exe.config.', '1. Add the enforceFIPSPolicy node.', '1. Save your changes.', '',
  ] };

  it('asks for the topic, whose procedure is the most of it ("md5 disabled on fips server")', async () => {
    const a = await askOf(doc, 'md5 disabled on fips server widget agent');
    expect(a.facts[0]?.kind).toBe('step');
  });

  it('but a question asking what is disabled is answered by the sentence saying it', async () => {
    const a = await askOf(doc, 'on a fips server what is disabled for the widget agent');
    expect(a.facts[0]?.text).toContain('MD5 is disabled');
  });

  it('but one asking "which" of something is answered by the sentence naming the choice, not the procedure beside it', async () => {
    const a = await askOf({ title: 'Install the widget agent', body: [
      '## Install the agent', '',
      '1. Run WidgetAgentSetup.exe from your downloads folder.',
      '1. On the Select Extension screen, select Widget Sync and click Next.', '',
      'If you are installing the widget agent for gadget provisioning then select Gadget provisioning (cloud to gadget).', '',
      '1. Sign in with your administrator account.', '1. Select Confirm.', '',
    ] }, 'widget agent for gadget provisioning which option in the wizard');
    expect(a.facts[0]?.text).toContain('select Gadget provisioning (cloud to gadget)');
  });
});

describe('how often something happens', () => {
  it('is answered by the sentence saying it happens weekly', async () => {
    const a = await askOf({ title: 'Widget agent prerequisites', body: [
      '## Network', '',
      'If you can\'t allow the widget URLs, allow access to the Azure datacenter IP ranges, which are updated weekly.', '',
    ] }, 'how often are the azure datacenter ip ranges updated');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('updated weekly');
  });
});

describe('a problem the docs describe, then resolve in the paragraph after', () => {
  const doc = { title: 'Troubleshoot widget anchor issues', body: [
    '## Known problems', '',
    'During express installation, the widget wizard reads the anchor policy. It\'s possible that the anchor policy is unexpected.', '',
    'To resolve this issue, you need to reinstall using the custom mode and pick the anchor attribute yourself.', '',
  ] };

  it('is fixed as that paragraph says', async () => {
    const a = await askOf(doc, 'widget express install says the anchor policy is unexpected - how do i fix it');
    expect(a.lead).toMatch(/^To resolve this issue, you need to reinstall/);
  });

  it('but where it comes from is said by the problem', async () => {
    const a = await askOf(doc, 'where does the widget wizard read the anchor policy from');
    expect(a.lead).toContain('reads the anchor policy');
  });

  it('or in the paragraphs after it that say what to do, though none says "to resolve"', async () => {
    const article = { title: 'Use a widget service account', body: [
      '## Troubleshooting', '',
      'If you encounter the problem `Error: Unable to start the widget service after 6 retries.` this might be related to a mismatch of the widget key and the server key.', '',
      'Open the widget editor of your server and check that the attribute `widgetKeyTypes` matches.', '',
      'If they don\'t match, replace the value of `widgetKeyTypes` for the widget with the value from the server.', '',
      'Widget keys are rotated every 30 days by the widget service.', '',
    ] };
    const remedied = [expect.stringContaining('mismatch of the widget key'), expect.stringMatching(/^Open the widget editor/), expect.stringMatching(/^If they don't match, replace/)];
    const a = await askOf(article, 'unable to start the widget service after 6 retries, how to fix');
    expect(a.lead).toContain('Unable to start the widget service');
    expect(a.facts.map((f) => f.text)).toEqual(remedied);
    // (However the question asks what to do.)
    expect((await askOf(article, 'widget service start error widget key mismatch what do i change')).facts.map((f) => f.text)).toEqual(remedied);
  });
});

describe('a one-word question', () => {
  it('is answered by the table row whose first cell names it, as a heading would', async () => {
    const a = await askOf({ title: 'How the username is populated', body: [
      '## Terminology', '', '| Term | Description |', '| --- | --- |',
      '| Initial domain | The default domain (onmicrosoft.com) in the tenant. |',
      '| Email routing address (MERA) | The tenant calculates the MERA from the mail nickname and the initial domain. |', '',
    ] }, 'what is mera');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('calculates the MERA');
  });

  it('is answered by a glossary entry of its term, as by a table row ("MV: Metaverse, a table in database.")', async () => {
    const a = await askOf({ title: 'Troubleshoot widget sync', body: [
      '## Recommended steps', '', '### Terminology', '',
      '- CS: Connector Space, a table in database.',
      '- MV: Metaverse, a table in database.', '',
    ] }, 'what is the metaverse');
    expect(a.answered).toBe(true);
    expect(a.lead).toBe('MV: Metaverse, a table in database.');
  });

  it('is answered by the sentence that likens its term to something, though no heading says it ("think of a blade as a window")', async () => {
    const a = await askOf({ title: 'Widget portal', body: [
      '## Portal overview', '',
      'The widget portal shows alerts and usage. You can think of a blade as a window. The main blade shows the quick start.', '',
    ] }, 'what is a blade');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('think of a blade as a window');
  });
});

describe('a list asked of a table', () => {
  it('is answered by the whole table under its heading, not by the one row that ranks first', async () => {
    const a = await askOf({ title: 'Widget agent guide', body: [
      '## Configure provisioning', '',
      '| Section | Description |', '| --- | --- |',
      '| 1. Add scoping filters | Define what objects appear in the widget directory |',
      '| 2. Map attributes | Map attributes between your widgets and directory objects |',
      '| 3. Enable your configuration | Once ready, enable the configuration and widgets begin syncing |', '',
    ] }, 'what are the sections of a widget configuration');
    expect(a.lead).toBe('Configure provisioning:');
    expect(a.facts.map((f) => f.text)).toEqual([
      expect.stringContaining('1. Add scoping filters'), expect.stringContaining('2. Map attributes'), expect.stringContaining('3. Enable your configuration'),
    ]);
  });
});

describe('prose pointing at a command', () => {
  it('is the answer when it gives the command line itself ("To register against sovereign clouds, use …"), over another command', async () => {
    const a = await askOf({ title: 'Install the widget agents', body: [
      '## Agent registration', '',
      'After you install the agent, register it by running the following command:', '',
      '```powershell', 'Register-WidgetAgent', '```', '',
      '> [!NOTE]', '> To register against sovereign clouds, use the following command line:', '>', '> ```powershell', '> Register-WidgetAgent -UserPrincipalName upn-of-the-user', '> ```', '',
      '## Enable writeback', '',
      'To enable writeback for the cloud tenant, run the Set-WidgetWriteback cmdlet with the tenant credentials:', '',
      '```powershell', 'Set-WidgetWriteback -Enable $true -Credential $(Get-Credential)', '```', '',
    ] }, 'which registration command do i run for a sovereign cloud tenant');
    expect(a.facts[0]?.text).toContain('-UserPrincipalName');
  });

  it('is answered with the command it speaks of ("Use this PowerShell command only if the registration fails")', () => {
    const a = ask('the health agent registration fails, what to run');
    expect(a.facts.map((f) => f.kind)).toContain('cmdlet');
  });
});

describe('a command whose paragraph introduces a table', () => {
  it('is answered with the table ("… with Get-WidgetUpgrade. It has the following states:")', async () => {
    const a = await askOf({ title: 'Widget automatic upgrade', body: [
      '## Overview', '',
      'The current state of automatic upgrade can be viewed with the PowerShell cmdlet `Get-WidgetUpgrade`. It has the following states:', '',
      '| State | Comment |', '| --- | --- |',
      '| Enabled | Automatic upgrade is enabled. |',
      '| Suspended | Set by the system only. |',
      '| Disabled | Automatic upgrade is disabled. |', '',
      'You can change between Enabled and Disabled with `Set-WidgetUpgrade`.',
    ] }, 'which cmdlet shows the automatic upgrade state');
    expect(a.facts[0]).toMatchObject({ kind: 'cmdlet', name: 'Get-WidgetUpgrade' });
    expect(a.facts.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringContaining('State: Suspended')]));
  });
});

describe('a row of a table a sentence gives the case of', () => {
  it('is answered with that sentence: the row holds only in that case', async () => {
    const a = await askOf({ title: 'Use a widget service account', body: [
      '## Permissions set on the widget account', '',
      '|Type |Name |Access |Applies To|', '|-----|-----|-----|-----|', '|Allow|widget account|Write property widgetGuid|Descendant user objects|', '',
      'If the forest is hosted in a Windows Server 2016 environment, it includes the following permissions for key objects.', '',
      '|Type |Name |Access |Applies To|', '|-----|-----|-----|-----|', '|Allow|widget account|Write property widgetKeyLink|Descendant device objects|', '',
    ] }, 'when does the widget account get widgetKeyLink write access');
    expect(a.lead).toContain('widgetKeyLink');
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('Windows Server 2016 environment'));
  });
});

describe('a question asking why', () => {
  it('is answered by the reason the docs give, not by the command that does it', async () => {
    const article = { title: 'Clear widget attributes after you turn off widget sync', body: [
      'You may encounter issues in Outlook due to legacy values remaining in the widget attributes that were synchronized.', '',
      '## Clear all widget attributes', '',
      'To clear all widget attributes from all users, run:', '',
      '```powershell', 'Clear-WidgetAttribute -All', '```', '',
    ] };
    // (With the project's vocabulary, which reads "turning off" as disabling.)
    const a = answer('why clear the widget attributes after turning off widget sync', await searchableOf(article, 'content'));
    expect(a.facts[0]?.text).toContain('due to legacy values');
  });
});

describe('a passage the next paragraph goes on about', () => {
  it('is answered with that paragraph ("… several features." then "These features include: …")', async () => {
    const a = await askOf({ title: 'What is the widget agent?', body: [
      'The widget agent is the synchronization tool that is used to deliver several features for use with the directory.', '',
      'The widget agent provides connectivity between the directory and your network.', '',
      'These features include:', '', '- cloud widgets', '- on-premises widget provisioning', '',
    ] }, 'which features does the widget agent deliver');
    expect(a.facts.map((f) => f.text)).toEqual([expect.stringContaining('deliver several features'), expect.stringContaining('These features include: cloud widgets; on-premises widget provisioning')]);
  });
});

describe('an older version of an article', () => {
  it('answers when it alone says the question, the newer one wording it otherwise, and says it is older', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-versions-'));
    const doc = (date: string, body: string[]) => ['---', 'title: Install the widget agent', `ms.date: ${date}`, '---', '', '# Install the widget agent', '', '## Install the agent', '', ...body].join('\n');
    writeFileSync(path.join(dir, 'new.md'), doc('05/01/2025', ['1. Run the installer.', '2. If you still get the initial splash screen of the widget agent, select Close.']));
    writeFileSync(path.join(dir, 'old.md'), doc('05/01/2020', ['1. Run the msi.', '2. If you still see the initial Widget Agent Package screen, select Close.']));
    const a = answer('what do i do if i still see the widget agent package screen', await buildSearchable([dir]));
    expect(a.answered).toBe(true);
    expect(a.facts.some((f) => f.text.includes('Widget Agent Package screen'))).toBe(true);
    expect(a.olderVersions.length).toBeGreaterThan(0);
  });

  it('answers from the older article a question names ("per the 2020 doc"), whatever its step\'s heading says', () => {
    const a = ask('per the 2020 doc which screen lists the on-prem agents');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.source.file).toContain('provisioning-agent-install-2020.md');
  });
});

describe('a comparison ("difference between express and custom install")', () => {
  it('is answered by the two rows of the table that sets the sides side by side, though neither says "difference"', async () => {
    const a = await askOf({ title: 'Widget installation roadmap', body: [
      '## Install the widget', '',
      '| Solution | Scenario |', '| --- | --- |',
      '| Express settings | If you have a single forest then this is the recommended option. |',
      '| Customized settings | Used when you have multiple forests. |', '',
      '## Configure the widget agent', '',
      'On the account screen, select a custom service account and install it.', '',
      'Automatic upgrade is enabled by default for express installations.', '',
    ] }, 'difference between express and custom install');
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringContaining('single forest'), expect.stringContaining('multiple forests')]));
  });
});

describe('a passage that opens by pointing back ("To prevent these issues, …")', () => {
  it('is answered with the paragraph before it, which says what the issues are', async () => {
    const a = await askOf({ title: 'Clear widget attributes', body: [
      'After you have migrated your widgets to the cloud, you may be ready to decommission the on-premises directory and uninstall the sync tools.', '',
      'However, you may encounter issues in Windows and Outlook due to legacy values. For example, hybrid joining may fail because the system pulls the domain from these outdated values.', '',
      'To prevent these issues, we recommend that you clear the following widget attributes: widgetDomainName and widgetImmutableId.', '',
    ] }, 'why clear the widget attributes');
    expect(a.facts.map((f) => f.text)).toEqual([expect.stringContaining('hybrid joining may fail'), expect.stringContaining('To prevent these issues')]);
  });

  it('is answered with the paragraph before it when "this" does something ("This limits the evaluation of alerts")', async () => {
    const a = await askOf({ title: 'Widget health alerts', body: [
      '## Alerts for the widget', '',
      'If the widget isn\'t using the default configuration, then the agent won\'t upload the error events.', '',
      'This limits the evaluation of alerts by the service. You\'ll see a banner in the admin center.', '',
    ] }, 'why am I seeing limited evaluation of alerts for the widget');
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining("isn't using the default configuration"));
  });
});

describe('a list whose markup the page lost', () => {
  it('is answered by every paragraph of the section that says the question as fully as the first', async () => {
    const a = await askOf({ title: 'What is the widget connector?', body: [
      '## Widget connector features', '',
      'Widget hash synchronization- A sign-in method that synchronizes a hash of a widget password.', '',
      'Widget pass-through- A sign-in method that checks the widget password on premises.', '',
      'Health monitoring- Widget health shows alerts in the portal.', '',
    ] }, 'which sign in methods does the widget connector offer');
    expect(a.facts.map((f) => f.text)).toEqual([expect.stringContaining('Widget hash synchronization'), expect.stringContaining('Widget pass-through')]);
  });
});

describe('a requirement introducing a list', () => {
  it('is answered with the list its paragraph holds ("requires the following input parameters:")', async () => {
    const a = await askOf({ title: 'Troubleshoot object synchronization', body: [
      '## Troubleshoot input parameters', '',
      'The troubleshooting task requires the following input parameters:', '',
      '- **Object Distinguished Name**: The distinguished name of the object that needs troubleshooting.',
      '- **AD Connector Name**: The name of the forest where the object resides.', '',
    ] }, 'what inputs does the troubleshooting task ask for');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Object Distinguished Name');
    expect(a.text).toContain('AD Connector Name');
  });
});

describe('a step introducing a list', () => {
  it('is given with the choices it introduces, in the procedure\'s order ("The filter can be one of the following:")', async () => {
    const a = await askOf({ title: 'Configure widget provisioning', body: [
      '## Scope provisioning to specific widgets', '',
      // (As Learn pages indent them: the list under " 2. " starts left of the item's text, so it is no part of it.)
      ' 1. On the **Getting started** screen, select **Scoping filters**.', '',
      ' 2. Select the scoping filter. The filter can be one of the following:',
      '   - **All widget groups**: Scopes the configuration to every widget group.',
      '   - **Selected widget groups**: Scopes the configuration to the widget groups you pick.', '',
      ' 3. Select **Save**.', '',
    ] }, 'how do i scope widget provisioning to specific widgets');
    expect(a.answered).toBe(true);
    const lines = a.facts.map((f) => f.text);
    expect(lines.findIndex((t) => t.startsWith('All widget groups'))).toBe(lines.findIndex((t) => t.endsWith('one of the following:')) + 1);
    expect(lines.at(-1)).toBe('Select Save.');
  });
});

describe('an acronym asked what it is', () => {
  it('is answered by the glossary row spelling it out, not by an instruction naming it', async () => {
    const a = await askOf({ title: 'How the widget address is set', body: [
      '## Terms', '',
      '| Term | Description |', '| --- | --- |',
      '| Initial domain | The default domain of the tenant. |',
      '| Widget Routing Address (WRA) | The tenant calculates the WRA from the nickname and the initial domain. |', '',
      '## Scenarios', '',
      '- Set WRA to the nickname at the initial domain.', '- Set the address to the WRA.', '',
    ] }, 'what does wra stand for');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Widget Routing Address (WRA)');
  });
});

describe('an older version of an article', () => {
  it('does not answer over the newer one whose procedure says the question in the sentence leading into its steps', () => {
    const a = ask('How do I find out which version of the provisioning agent is running?');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.source.file).toMatch(/provisioning-agent-install\.txt$/);
  });
});

describe('a bound asked of a thing', () => {
  it('is not answered by the same bound of something else ("maximum length of a widget" ≠ the gadget filter\'s length)', async () => {
    const withLimits = (...limits: string[]) => searchableOf({ title: 'Sync prerequisites', body: [
      '## Overview', '', 'The sync agent copies widgets and gadgets to the cloud directory.', '', '## Limits', '', ...limits.flatMap((l) => [l, '']),
    ] }, 'content');
    const question = 'what is the maximum length of a widget';
    const gadgetOnly = await withLimits('The gadget filter has a limitation of 4 MB in character length.');
    expect(answer(question, gadgetOnly).answered).toBe(false);
    const both = await withLimits('The gadget filter has a limitation of 4 MB in character length.', 'A widget can be up to 64 characters long, the maximum length the directory allows.');
    expect(answer(question, both).lead).toContain('A widget can be up to 64 characters');
  });
});

describe('a fact no heading says, ranking far above all others', () => {
  it('answers, though it says less than most of the question: nothing else comes near', async () => {
    const a = await askOf({ title: 'Install the widget agent', body: [
      '## Requirements', '',
      '| Requirement | Description |', '| --- | --- |',
      "| You're an administrator of the widget service. | Only administrators can install and configure widget agents. |",
      '| PowerShell version 5.0 or later is installed. | Windows Server 2016 includes PowerShell version 5.0. |', '',
      '> [!NOTE]', '> If you have a highly restricted network, you need to add more gadget URLs than the URLs the widget table lists.', '',
      '## Register the agent', '',
      '1. Run the widget registration.', '1. Sign in as an administrator.', '',
    ] }, 'highly restricted network widget urls what else to permit');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('add more gadget URLs');
  });
});

describe('the few facts that hold the question\'s rarest word', () => {
  // No heading says "splash screen", and the step says little more than half the question; but only the wizard's steps
  // hold "splash", and this one scores more than twice anything of another section.
  it('answer, though no heading says it, when one of them stands far above every other section', () => {
    const a = ask('what do i do if the splash screen comes back after install');
    expect(a.answered).toBe(true);
    expect(a.facts.at(-1)?.text).toBe('If you still get the initial splash screen, select Close.');
  });

  it('but not "how do I …": a step that names the thing is no procedure for it', () => {
    expect(ask('how do i unlock a user in active directory').answered).toBe(false);
  });
});

describe('a question asking no "what" or "which" (yes or no, or a topic)', () => {
  // No heading says the question, and the best sentence says less than most of it: it answers when it stands out twice over the next.
  const article = { title: 'Gizmo service guide', body: [
    '## Options', '',
    '- Automatic refresh is enabled by default for express installations of the gizmo service.',
    '- Automatic updates for custom installs follow the schedule you choose.', '',
    '## Install', '',
    '1. Download the gizmo installer.', '1. Run it and select Install.', '',
  ] };

  it('is answered by the sentence standing out twice over any other', async () => {
    const a = answer('auto refresh on for custom installs too?', await searchableOf(article, 'content'));
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Automatic refresh is enabled by default');
  });

  it('while "what" asks more: the same sentence, short of three times the next, is not sure enough', async () => {
    const a = answer('what about auto refresh for custom installs', await searchableOf(article, 'content'));
    expect(a.answered).toBe(false);
  });
});

describe('paragraphs of one section nearly tied', () => {
  it('are cited together: which of them the asker meant, the ranking cannot tell', async () => {
    const a = await askOf({ title: 'Gizmo service', body: [
      '## Naming', '',
      'Gizmos written back to the directory keep the name they have in the cloud, unless the directory already holds one.', '',
      'When the directory already holds that name, the written back gizmo gets its cloud name with its identifier added.', '',
      '## Schedule', '',
      'Writeback runs every hour.', '',
    ] }, 'what name does a written back gizmo get');
    expect(a.facts.map((f) => f.text)).toEqual([
      expect.stringContaining('keep the name they have in the cloud'),
      expect.stringContaining('gets its cloud name with its identifier added'),
    ]);
  });
});

describe('a fact ranking nearly as high as the answer, elsewhere', () => {
  const article = { title: 'Gizmo service', body: [
    '## Kestrel mode', '', 'The gizmo agent restarts when its settings change.', '',
    '## Falcon mode', '', 'The gizmo agent restarts when an upgrade is installed.', '',
    '## Logs', '', 'The gizmo agent writes its logs to the event log.', '',
  ] };

  it('is given beside the answer, with its source: the ranking cannot tell which the asker meant', async () => {
    const a = answer('when does the gizmo agent restart', await searchableOf(article, 'content'));
    expect(a.facts.map((f) => f.text)).toEqual(['The gizmo agent restarts when its settings change.', 'The gizmo agent restarts when an upgrade is installed.']);
    expect(a.text).toContain('\n\nAlso: The gizmo agent restarts when an upgrade is installed.');
    expect(a.text).toContain('Gizmo service › Falcon mode');
  });

  it('is not, when the answer stands well above the rest', async () => {
    const a = answer('where does the gizmo agent write logs', await searchableOf(article, 'content'));
    expect(a.facts.map((f) => f.text)).toEqual(['The gizmo agent writes its logs to the event log.']);
    expect(a.text).not.toContain('Also:');
  });
});

describe('a name asked of what a step spells, under no heading saying it', () => {
  it('is answered by that step, though it says less than most of the question', async () => {
    const a = await askOf({ title: 'Setup guide', body: [
      '## Install', '',
      '1. Run the installer and select Next.',
      '1. On the Service Account screen, select a group managed service account (gMSA). This account runs the agent service. Choose either: Create gMSA, which lets the agent create the provGizmogMSA$ account for you in the domain the server is joined to; or Use custom gMSA, and give the name of an account you created yourself beforehand for this task.',
      '1. Select Confirm.', '',
      '## Wizard', '',
      'The configuration wizard opens when the installer finishes. You can run the wizard again at any time from the Start menu.', '',
    ] }, 'what gmsa name will the wizard create');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('provGizmogMSA$');
  });
});

describe('a how-to answered by a requirement no heading says', () => {
  const article = { title: 'Install the widget server', body: [
    '## Prerequisites', '',
    '- Windows Server 2016 or later, on hardware or a virtual machine.',
    '- Azure VM: A2 configuration or higher.',
    '- PowerShell version 5.0 or later.', '',
    '## Install the widget server', '',
    '1. Create the widget database.', '1. Download the widget installer.', '1. Run it and select Install.', '',
  ] };

  it('abstains: a requirement says what is needed, not how to do something else ("how do I create a VM in Azure?")', async () => {
    const a = await askOf(article, 'how do i create a vm in azure');
    expect(a.answered).toBe(false);
  });

  it('still answers what the requirement says ("which Azure VM size do I need?")', async () => {
    const a = await askOf(article, 'which azure vm configuration do i need');
    expect(a.answered).toBe(true);
    expect(a.facts.map((f) => f.text)).toContainEqual(expect.stringContaining('A2 configuration'));
  });

  it('still answers a how-to its procedure says ("how do I create the widget database?")', async () => {
    const a = await askOf(article, 'how do i create the widget database');
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Create the widget database');
  });
});

describe('a how-to undoing something no loaded doc speaks of undoing', () => {
  const article = { title: 'Install the widget agent', body: [
    '## Install the widget agent', '',
    '1. Download the widget agent installer.', '1. Run it and select Install.', '1. Sign in as a widget administrator.', '',
  ] };

  it('abstains: installing is no uninstalling ("how do I uninstall the widget agent?")', async () => {
    const a = answer('how do i uninstall the widget agent from a server', await searchableOf(article, 'content'));
    expect(a.answered).toBe(false);
  });

  it('still answers the how-to a procedure says ("how do I install the widget agent?")', async () => {
    const a = answer('how do i install the widget agent on a server', await searchableOf(article, 'content'));
    expect(a.answered).toBe(true);
    expect(a.facts[0]?.text).toContain('Download the widget agent installer');
  });
});

describe('a known issue the page gives a workaround for, in a section of its own', () => {
  const article = { title: 'Plan and troubleshoot widget name changes', body: [
    'Widget names identify users. This article addresses name-change planning and recovery from issues.', '',
    '## Gizmo app issues', '',
    '### Known issues: Gizmo notification not received', '',
    'When you change a widget name, the old name appears on the gizmo account. Gizmo notifications might not be received.', '',
    '### Workaround', '',
    '1. Open the gizmo app.',
    '1. Select **Check for notifications**.',
    '1. Approve the prompt.', '',
    '### Known issues: gizmo shows a second account', '',
    'After the change, a second gizmo account with the new widget name appears beside the old one.', '',
    '### Workaround', '',
    'The user removes both gizmo accounts and registers again.', '',
  ] };

  it('is answered by that workaround when what to do is asked, or the symptom alone', async () => {
    const searchable = await searchableOf(article, 'content');
    for (const question of ['gizmo notifications not received after a widget name change - fix?', 'gizmo notifications not received after a widget name change']) {
      const a = answer(question, searchable);
      expect(a.answered).toBe(true);
      expect(a.lead).toBe('Workaround (Known issues: Gizmo notification not received):');
      expect(a.facts[0]?.text).toContain('Open the gizmo app');
      // (Every workaround of the page has the same heading: the next issue's is not this one's.)
      expect(a.facts.map((f) => f.text)).not.toContainEqual(expect.stringContaining('removes both gizmo accounts'));
    }
  });

  it('by the workaround of that issue, not the next one\'s', async () => {
    const a = answer('a second gizmo account appeared after the widget name change, how do we clean it up?', await searchableOf(article, 'content'));
    expect(a.facts[0]?.text).toContain('removes both gizmo accounts');
  });

  it('while what happens, or whether it does, is answered by the issue itself', async () => {
    const a = answer('are gizmo notifications received after a widget name change?', await searchableOf(article, 'content'));
    expect(a.facts[0]?.text).toContain('might not be received');
  });
});

describe('a paragraph pointing forward ("Set the following registry keys on the server.")', () => {
  it('is answered with the list it introduces, in the subsection right after it, and the callout between', async () => {
    const a = await askOf({ title: 'Widget TLS enforcement', body: [
      '## Update the widget registry', '',
      'To force the widget server to use only TLS 1.2, the registry must be updated. Set the following registry keys on the widget server.', '',
      '> [!IMPORTANT]', '> After you update the registry, you must restart the widget server.', '',
      '### Enable TLS 1.2 for widgets', '',
      '- [HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Contoso\\.WidgetFramework\\v4.0.30319]',
      '  - "SystemDefaultWidgetVersions"=dword:00000001',
      '  - "WidgetStrongCrypto"=dword:00000001',
      '- [HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\.WidgetFramework\\v4.0.30319]',
      '  - "SystemDefaultWidgetVersions"=dword:00000001',
      '  - "GadgetStrongCrypto"=dword:00000001', '',
      '### Check the widget registry', '',
      'You can use the following script to check the current settings of the widget server.', '',
    ] }, 'which widget registry keys do i set to force tls 1.2');
    const said = a.facts.map((f) => f.text);
    expect(said).toContainEqual(expect.stringContaining('WidgetStrongCrypto'));
    expect(said).toContainEqual(expect.stringContaining('you must restart the widget server'));
    expect(said).not.toContainEqual(expect.stringContaining('check the current settings'));
  });
});

describe('a how-to whose action and object a section says only apart', () => {
  const article = { title: 'Manage the widget farm', body: [
    '## Widget farm certificates', '',
    'The widget farm alert fires when the TLS certificate of the widget web server is close to its expiry date.', '',
    'You can renew the widget trust with the cloud service in a few simple clicks from the widget console.', '',
  ] };

  it('abstains: renewing said of one thing and the certificate of another is no way to renew the certificate', async () => {
    const a = answer('how do i renew the tls certificate on the widget web server', await searchableOf(article, 'content'));
    expect(a.answered).toBe(false);
  });

  it('still answers the how-to one sentence says whole', async () => {
    const a = answer('how do i renew the widget trust with the cloud service', await searchableOf(article, 'content'));
    expect(a.answered).toBe(true);
  });
});

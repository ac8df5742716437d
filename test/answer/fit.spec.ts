import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/fact.js';
import { fitOf } from '../../src/answer/fit.js';
import { understand } from '../../src/answer/understand.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';
import { CONTENT, factsOf } from '../helpers/knowledge.js';

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable([CONTENT]);
});

const fit = (question: string, fact: Fact) => fitOf(fact, understand(question, searchable.index, searchable.vocabulary), 0, 1, searchable.index.common);
const stagingMode = () => searchable.index.facts.find((f) => f.kind === 'parameter' && f.name === 'StagingMode')!;
/** A passage of the seed docs saying the given text: how a sentence fits, whatever sentence the docs have. */
const passageSaying = (text: string): Fact => ({ ...searchable.index.facts.find((f) => f.kind === 'passage')!, text });

describe('how a parameter or a file fits a question', () => {
  // A parameter is one word of a command, a file one name: they answer for values, switches and files, not for whatever shares their sentence's words.
  const passage = () => searchable.index.facts.find((f) => f.kind === 'passage')!;

  it('a parameter fits a question asking for no value or switch no better than a passage', () => {
    expect(fit('what happens when the agent registers in staging mode', stagingMode())).toBeLessThanOrEqual(fit('what happens when the agent registers in staging mode', passage()));
  });

  it('a link fits a question asking for no link no better than a passage', () => {
    const link = searchable.index.facts.find((f) => f.kind === 'url')!;
    expect(fit('why is the health agent not registered', link)).toBeLessThanOrEqual(fit('why is the health agent not registered', passage()));
  });

  it('a file fits a question asking for no file no better than a passage', () => {
    const installer = searchable.index.facts.find((f) => f.kind === 'file' && !f.supersededBy && f.text.includes('AADConnectProvisioningAgent.msi'))!;
    expect(fit('what happens to an existing gMSA when I install a second agent', installer)).toBeLessThanOrEqual(fit('what happens to an existing gMSA when I install a second agent', passage()));
  });

  it('a file whose folder the docs give fits "where is …" better than one named alone', () => {
    const exe = searchable.index.facts.find((f) => f.kind === 'file' && f.name === 'AADConnectProvisioningAgent.exe')!;
    expect(exe).toMatchObject({ path: 'C:\\Program Files\\Microsoft Azure AD Connect Provisioning Agent' });
    const named = { ...exe, path: undefined };
    expect(fit('where does the provisioning agent exe live', exe)).toBeGreaterThan(fit('where does the provisioning agent exe live', named));
  });

  it('fits one asking for a switch better than a passage', () => {
    expect(fit('which switch registers the agent in staging mode', stagingMode())).toBeGreaterThan(fit('which switch registers the agent in staging mode', passage()));
  });
});

describe('how a sentence fits what a question names: a place, a version, a registry value', () => {
  it('a sentence naming the thing asked in so many words ("an account named ZZAGENTACC") fits "what is it called"', () => {
    const question = 'what is the health agent computer account called';
    const named = passageSaying('The health agent creates a computer account named ZZAGENTACC in each forest.');
    const other = passageSaying('The health agent computer account must be strongly protected in each forest.');
    expect(fit(question, named)).toBeGreaterThan(fit(question, other));
  });

  it('a sentence spelling no name fits "what is … called" less than one spelling it, however many of its words it says', () => {
    const question = 'what is the gmsa the wizard creates called';
    const spelt = passageSaying('Create gMSA lets the agent create the provAgentgMSA$ managed service account for you.');
    const unnamed = passageSaying('To update an existing agent to use the gMSA the wizard created during installation, upgrade the agent.');
    expect(fit(question, spelt) / fit(question, unnamed)).toBeGreaterThan(2);
    // (A service is a name itself: asking what the services are called takes nothing from one.)
    const service = searchable.index.facts.find((f) => f.kind === 'service')!;
    expect(fit('what are the agent services called', service)).toBeGreaterThanOrEqual(fit('what are the agent services', service));
  });

  it('a sentence saying where a thing is stored fits "where is … kept" better than one only naming it', () => {
    const question = 'where is the agent certificate kept on the server';
    expect(fit(question, passageSaying('The certificate is stored on the server in the Windows certificate store.')))
      .toBeGreaterThan(fit(question, passageSaying('The agent renews the certificate on the server every few months.')));
  });

  it('a sentence saying where a thing is shown fits "where do I look at …" better than one saying what it holds', () => {
    const question = 'where do we look at widget alerts';
    expect(fit(question, passageSaying('Widget alerts are presented in the Widget portal.')))
      .toBeGreaterThan(fit(question, passageSaying('Widget alerts tell which widgets are failing.')));
  });

  it('a note giving a version number fits "what version …" as a version fact does', () => {
    const question = 'what widget tools version do i need to manage widgets';
    const note = (text: string): Fact => ({ ...searchable.index.facts.find((f) => f.kind === 'note')!, text });
    expect(fit(question, note('The minimum required version to manage widgets is v1.5.2.'))).toBeGreaterThan(fit(question, note('The minimum required role to manage widgets is Widget Administrator.')));
  });

  it('a sentence naming a registry key fits "what registry value …" as a setting does, but not "when is … not needed"', () => {
    const key = passageSaying('Change the registry key HKLM\\SOFTWARE\\Microsoft\\Azure AD Connect\\AzureInstance to the value 4.');
    const prose = passageSaying('Change the AzureInstance value in the registry to 4.');
    expect(fit('what registry value points the agent at azure government', key)).toBeGreaterThan(fit('what registry value points the agent at azure government', prose));
    expect(fit('when is the AzureInstance registry value not needed', key)).toBe(fit('when is the AzureInstance registry value not needed', prose));
  });
});

describe('how a passage fits a how-to question', () => {

  it('a passage saying how to do a thing fits as a step does', () => {
    const question = 'how do I turn off the scheduler';
    const instruction = passageSaying('To disable the scheduler, run Set-ADSyncScheduler -SyncCycleEnabled $false.');
    const description = passageSaying('The scheduler is disabled when you make configuration changes.');
    expect(fit(question, instruction)).toBeGreaterThan(fit(question, description));
  });

  it('so does one saying what to do in a case ("If you don\'t want to wait for the next run, trigger it by using …")', () => {
    const question = 'how do I trigger a provisioning run now';
    const instruction = passageSaying("If you don't want to wait for the next scheduled run, trigger the provisioning run by using the Restart sync button.");
    const description = passageSaying('The provisioning run is triggered every two minutes when the next scheduled run is due.');
    expect(fit(question, instruction)).toBeGreaterThan(fit(question, description));
  });

  it('nor does it for a question asking no how-to', () => {
    const instruction = passageSaying('To disable the scheduler, run Set-ADSyncScheduler -SyncCycleEnabled $false.');
    const description = passageSaying('The scheduler is disabled when you make configuration changes.');
    expect(fit('is the scheduler disabled during changes', instruction)).toBe(fit('is the scheduler disabled during changes', description));
  });
});

describe('how a FAQ answer fits', () => {
  const question = 'best practices to avoid install issues';
  const fitAt = (fact: Fact, headingSimilarity: number) =>
    fitOf(fact, understand(question, searchable.index, searchable.vocabulary), headingSimilarity, 1, searchable.index.common);
  const passage = () => searchable.index.facts.find((f) => f.kind === 'passage')!;
  const faq = (): Fact => ({ ...passage(), kind: 'faq', question: 'What are some of the best practices from the field?', answer: passage().text });

  it('by how closely its question is the one asked', () => {
    expect(fitAt(faq(), 0.6)).toBeGreaterThan(fitAt(passage(), 0.6));
  });

  it('not lifted by a question that asks something else', () => {
    expect(fitAt(faq(), 0.2)).toBeLessThan(fitAt(passage(), 0.2));
  });
});

describe('how a fact fits a question asking when to do something', () => {

  it('a sentence stating the case ("when", "if") fits better than one that does not', () => {
    const question = 'when should I refresh the directory schema';
    expect(fit(question, passageSaying('Refresh the directory schema if you have changed the schema in a forest.')))
      .toBeGreaterThan(fit(question, passageSaying('All the directories in your configuration are listed; refresh the directory schema.')));
  });

  it('but not for a date asked ("when was …")', () => {
    const question = 'when was the directory schema refreshed';
    expect(fit(question, passageSaying('Refresh the directory schema if you have changed the schema in a forest.')))
      .toBe(fit(question, passageSaying('All the directories in your configuration are listed; refresh the directory schema.')));
  });
});

describe('how a table row fits a question asking for one of its columns', () => {
  const [smaller, parameter] = [
    factsOf('# Selective sync\n\n| Scenario | adminDescription value |\n| --- | --- |\n| Excluded users is smaller than included users | PHSFiltered |\n').find((f) => f.kind === 'passage')!,
    factsOf('# Selective sync\n\nEdit the attribute:\n\n`Set-ADUser myuser -Replace @{adminDescription="PHSIncluded"}`\n').find((f) => f.kind === 'parameter')!,
  ];

  it('a row whose column the question names fits as the value asked ("what adminDescription value …")', () => {
    expect(fit('what adminDescription value excludes a user from phs', smaller)).toBeGreaterThan(fit('what adminDescription value excludes a user from phs', parameter));
  });

  it('a parameter only seen in an example fits a question that does not name it worse than one that does', () => {
    expect(parameter.text).toBe('-Replace of Set-ADUser');
    expect(fit('what value excludes a user', parameter)).toBeLessThan(fit('what value does -Replace take', parameter));
  });
});

describe('how a fact fits a question asking for a default', () => {

  it('a sentence naming "the default …" and what it is fits better than one merely mentioning defaults', () => {
    const question = "what's the default upn suffix in active directory";
    const states = passageSaying('In Active Directory, the default UPN suffix is the DNS where you created the user account.');
    const mentions = passageSaying('When the UPN suffix is not verified, Microsoft Entra ID replaces the default suffix.');
    expect(fit(question, states)).toBeGreaterThan(fit(question, mentions));
  });
});

describe('how a fact fits a question asking what kinds of a thing there are', () => {

  it('the sentence counting the kinds fits better than one naming the thing', () => {
    const question = 'what kinds of exchange holds are there';
    const counts = passageSaying('There are two types of holds available for an Exchange Server: Litigation Hold and In-Place Hold.');
    const names = passageSaying('The hold policies attributes tell which users are under a hold in Exchange.');
    expect(fit(question, counts)).toBeGreaterThan(fit(question, names));
  });

  it('so does the sentence counting the things a list asks for', () => {
    const question = 'which attributes are used to match existing users';
    const counts = passageSaying('There are three attributes used for this process: userPrincipalName, proxyAddresses, and sourceAnchor.');
    const names = passageSaying('The match is only evaluated for new users; an existing user whose attributes change gets an error.');
    expect(fit(question, counts)).toBeGreaterThan(fit(question, names));
  });
});

describe('how a fact of an older article fits', () => {
  const older = () => searchable.index.facts.find((f) => f.supersededBy && f.source.file.includes('2020'))!;
  const newer = () => searchable.index.facts.find((f) => f.source.file === older().supersededBy)!;
  const newerFiles = () => new Set([older().supersededBy!]);
  const fitted = (question: string, fact: Fact) => fitOf(fact, understand(question, searchable.index, searchable.vocabulary), 0, 1, searchable.index.common, newerFiles());

  it('counts for little when the newer version is loaded', () => {
    expect(fitted('which installer does the agent use', older())).toBeLessThan(fitted('which installer does the agent use', newer()) * 0.5);
  });

  it('fits best when the question asks the older article ("the 2020 doc", "the old article")', () => {
    expect(fitted('which installer did the 2020 doc use', older())).toBeGreaterThan(fitted('which installer did the 2020 doc use', newer()));
    expect(fitted('which installer did the old article use', older())).toBeGreaterThan(fitted('which installer did the old article use', newer()));
  });

  it('an article with no older version fits a question asking the older article worse than the older version does', () => {
    const unversioned = searchable.index.facts.find((f) => f.kind === 'step' && f.source.file.includes('connect-health-agent-install'))!;
    const question = 'how did the 2020 doc say to install the agent';
    expect(fitted(question, unversioned)).toBeLessThan(fitted(question, { ...older(), text: unversioned.text }));
    expect(fitted(question, unversioned)).toBeLessThan(fitted('how do the docs say to install the agent', unversioned));
  });
});

describe('how a fact saying only a name fits', () => {
  // A command shown in a code block with no sentence saying what it does.
  const named = (): Fact => {
    const cmdlet = searchable.index.facts.find((f) => f.kind === 'cmdlet' && f.name === 'Test-MicrosoftEntraConnectHealthConnectivity')!;
    return { ...cmdlet, purpose: undefined, text: 'Test-MicrosoftEntraConnectHealthConnectivity' } as Fact;
  };

  it('a command shown without what it does fits a question not naming it worse than one naming it', () => {
    expect(fit('how do i test the agent connectivity', named())).toBeLessThan(fit('what does Test-MicrosoftEntraConnectHealthConnectivity do', named()));
  });
});

describe('how a passage fits a question asking for a role', () => {

  it('a passage naming a role fits better than one naming none', () => {
    const question = 'what credentials does the wizard want';
    expect(fit(question, passageSaying('The wizard asks for the credentials of an Enterprise Admin account.'))).toBeGreaterThan(fit(question, passageSaying('The wizard asks for the credentials of the forest.')));
  });
});

describe('how a fact fits a question asking for a name', () => {

  it('a name as a system spells it fits; a command whose noun holds the word is not that name', () => {
    const question = 'provisioning agent gmsa name';
    const spells = passageSaying('The agent creates the provAgentgMSA$ account for you.');
    const command = passageSaying('Run Add-AADCloudSyncGMSA to add the account for you.');
    expect(fit(question, spells)).toBeGreaterThan(fit(question, command));
  });
});

describe('how a passage fits a yes/no question', () => {

  it('a statement fits better than an instruction saying the same words ("Check whether …")', () => {
    const question = 'does entra connect sync dynamic distribution groups';
    const statement = passageSaying('Microsoft Entra Connect does not sync dynamic distribution groups.');
    const instruction = passageSaying('Check whether the group is a dynamic distribution group that Entra Connect should sync.');
    expect(fit(question, statement)).toBeGreaterThan(fit(question, instruction));
  });

  it('"can I …" is answered by a sentence saying what you can do ("you can include others by …")', () => {
    const question = 'can i add more counters to the monitoring';
    const can = passageSaying('By default, four counters are selected; however, you can include others by clicking the filter command.');
    const plain = passageSaying('By default, four counters are selected; others are included by clicking the filter command.');
    expect(fit(question, can)).toBeGreaterThan(fit(question, plain));
  });

  it('a pointer ("For information about …, see …") or a sentence introducing what follows ("… do the following:") states nothing', () => {
    const question = 'does sync include password hashes';
    const several = passageSaying('Synchronization creates users and groups. This synchronization also includes password hashes.');
    expect(fit(question, passageSaying('For information about password hash sync, see Password hash sync and FIPS.'))).toBeLessThanOrEqual(fit(question, several));
    expect(fit(question, passageSaying('To enable MD5 for password hash synchronization, do the following:'))).toBeLessThanOrEqual(fit(question, several));
  });
});

describe('how a passage fits a question asking what a thing is or does', () => {

  it('a sentence pointing to another page ("For information on …, see …") fits worse than one saying it', () => {
    const question = 'what does connect health for ad fs monitor';
    const pointer = passageSaying('For information on monitoring AD FS with Connect Health, see Using Connect Health with AD FS.');
    const saying = passageSaying('Connect Health for AD FS also monitors the web application proxy servers.');
    expect(fit(question, pointer)).toBeLessThan(fit(question, saying));
  });
});

describe('how a fact fits a question asking for a share', () => {

  it('a sentence holding a percentage fits better than one that does not', () => {
    const question = 'what % of installs use express';
    const holds = passageSaying('Express is the most common option and is used by about 90% of all new installations.');
    const not = passageSaying('Express installs use the most common option for new installations.');
    expect(fit(question, holds)).toBeGreaterThan(fit(question, not));
  });
});

describe('how a fact fits a question asking why', () => {

  it('a sentence stating a reason or purpose ("because", "to allow") fits better than one that does not', () => {
    const question = 'why was automatic upgrade suspended';
    const reason = passageSaying('Automatic upgrade is suspended because the server has custom synchronization rules.');
    const plain = passageSaying('Automatic upgrade was suspended on the server with custom synchronization rules.');
    expect(fit(question, reason)).toBeGreaterThan(fit(question, plain));
  });

  it('so does one saying what it makes possible ("This way, you can roll back")', () => {
    const question = 'why should i back up the widget configuration';
    const reason = passageSaying('Back up the widget configuration. This way, you can roll back.');
    const plain = passageSaying('Back up the widget configuration before you make any changes.');
    expect(fit(question, reason)).toBeGreaterThan(fit(question, plain));
  });

  it('so does one saying what causes it ("This can happen when …", "due to …"), also asked last ("…, why?")', () => {
    for (const question of ['why do users get an invalid password error at sign-in', 'users get an invalid password error at sign-in, why?']) {
      const cause = passageSaying('This can happen when the user\'s sign-in name differs from the cloud name.');
      const plain = passageSaying('Users get an invalid password error at sign-in with the cloud name.');
      expect(fit(question, cause)).toBeGreaterThan(fit(question, plain));
    }
  });

  it('a step of a procedure, which says what to do, fits no better than a passage saying the same', () => {
    const question = 'why does microsoft recommend the widget';
    const said = 'Select the widget, which Microsoft recommends.';
    const step = { ...searchable.index.facts.find((f) => f.kind === 'step')!, text: said };
    expect(fit(question, step)).toBeLessThanOrEqual(fit(question, passageSaying(said)));
  });
});

describe('how a release note fits a question asking which version', () => {
  it('a note under its version\'s heading ("1.5.643.0 > New features") says which version did it; the same words elsewhere do not', () => {
    const question = 'which widget agent version made tls 1.2 the default protocol';
    const note = passageSaying('Set TLS 1.2 as the default protocol for the agent');
    const released = { ...note, source: { ...note.source, section: '1.5.643.0 > New features and improvements' } };
    const elsewhere = { ...note, source: { ...note.source, section: 'Security > New features and improvements' } };
    expect(fit(question, released)).toBeGreaterThan(fit(question, elsewhere));
  });
});

describe('how a fact fits a question asking what is not so', () => {
  it('a sentence saying what isn\'t so ("doesn\'t support") fits "which … can\'t" better than one that only shares its words', () => {
    const question = "which windows edition can't run the widget";
    const negated = passageSaying("Windows Server Core doesn't support installing the widget.");
    const plain = passageSaying('Windows Server runs the widget as a service.');
    expect(fit(question, negated)).toBeGreaterThan(fit(question, plain));
  });

  it('but not for "why … not": the symptom is the question\'s, the answer a cause', () => {
    const question = "why isn't the widget running";
    expect(fit(question, passageSaying("The widget doesn't run on Server Core."))).toBe(fit(question, passageSaying('The widget runs on Server Core.')));
  });
});

describe('how a fact fits a question asking what happens in a case', () => {
  it('a sentence whose own condition says the case ("if it fails") fits better than one saying it as an outcome ("if so, it will fail")', () => {
    const question = 'what happens when the health agent fails';
    const outcome = passageSaying('The health agent is opportunistic: if it fails for any reason, sign-in goes on as before.');
    const consequence = passageSaying('The health agent account must not be a member of the protected group. If so, the health agent will fail.');
    expect(fit(question, outcome)).toBeGreaterThan(fit(question, consequence));
  });

  it('"what do I do after …" is asked alike: the sentence opening "After you\'ve installed the agent, …" fits better', () => {
    const question = 'what do i do after installing the widget';
    const after = passageSaying("After you've installed the widget, you must configure and enable it.");
    const other = passageSaying('You must configure and enable the widget you installed.');
    expect(fit(question, after)).toBeGreaterThan(fit(question, other));
  });

  it('one opening with the case fits better than one naming it in passing', () => {
    const question = 'what should i do once the widget is installed';
    const opens = passageSaying('After installation of the widget you should verify it is working.');
    const within = passageSaying('You should verify the widget is working after installation.');
    expect(fit(question, opens)).toBeGreaterThan(fit(question, within));
  });

  it('a heading naming only the case ("Install the widget") speaks less for a fact saying nothing of what follows', () => {
    const underHeading = passageSaying('The widget version 1 is retired.');
    // How much a heading saying the question lifts the fact: its fit under such a heading over its fit under none.
    const lift = (q: string) => {
      const u = understand(q, searchable.index, searchable.vocabulary);
      return fitOf(underHeading, u, 0.8, 1, searchable.index.common) / fitOf(underHeading, u, 0, 1, searchable.index.common);
    };
    expect(lift('what should i do once the widget is installed')).toBeLessThan(lift('how do i install the widget'));
  });
});

describe('how a fact fits a question asking what something is', () => {
  it('a glossary entry of the term asked ("Run profiles - Bundles …") fits better than a sentence using it', () => {
    const question = 'what is a run profile';
    const entry = passageSaying('Run profiles - Bundles the process steps of copying objects according to the sync rules.');
    const using = passageSaying('Start a run profile to copy objects according to the sync rules.');
    expect(fit(question, entry)).toBeGreaterThan(fit(question, using));
  });
});

describe('how a sentence fits a "what is" question', () => {
  it('a sentence saying what the term does fits as one defining it ("Device writeback will allow …")', () => {
    const q = 'what is device writeback';
    expect(fit(q, passageSaying('Device writeback will allow a device registered in the cloud to be written back.')))
      .toBeGreaterThan(fit(q, passageSaying('With a device registered in the cloud, device writeback can be turned on later.')));
  });

  it('what a longer term does says nothing of the shorter ("Device match takeover allows …" is no device match)', () => {
    const q = 'what is a device match';
    expect(fit(q, passageSaying('Device match takeover allows the engine to take control of a cloud device.')))
      .toBe(fit(q, passageSaying('Turn off device match takeover so the engine cannot take control of a cloud device.')));
  });
});

describe('how a sentence fits a yes/no question', () => {
  it('a sentence followed only by a pointer elsewhere states one thing, as a sentence alone does', () => {
    const q = 'does the agent start syncing users as soon as it is installed';
    const statement = 'After you have installed the agent, you must configure and enable it before it will start synchronizing users.';
    expect(fit(q, passageSaying(`${statement} To configure a new agent, see Create a new configuration.`))).toBe(fit(q, passageSaying(statement)));
    expect(fit(q, passageSaying(`${statement} The agent then checks for updates every hour.`))).toBeLessThan(fit(q, passageSaying(statement)));
  });

  it('a sentence saying what is not supported states one thing, whatever sentences explain it after', () => {
    const q = 'can on demand provisioning handle groups deleted in entra';
    const statement = "On-demand provisioning doesn't support deleting groups that have been deleted from Microsoft Entra ID.";
    expect(fit(q, passageSaying(`${statement} Those groups don't appear when you search for a group.`))).toBe(fit(q, passageSaying(statement)));
    // (What is supported goes on to say more: "ADFS can be configured to support multiple domains. For example, …".)
    const supported = 'ADFS can be configured to support multiple domains.';
    expect(fit(q, passageSaying(`${supported} For example you might have multiple top domains.`))).toBeLessThan(fit(q, passageSaying(supported)));
  });
});

describe('how a sentence fits a "why" question', () => {
  it('a sentence saying what a thing is required for gives a reason ("*.windows.net (Required for automatic tenant detection)")', () => {
    const q = 'why does the proxy need windows.net open';
    expect(fit(q, passageSaying('URLs to open in proxy server: *.windows.net (Required for automatic tenant detection)')))
      .toBeGreaterThan(fit(q, passageSaying('URLs to open in proxy server: *.windows.net and the certificate revocation lists')));
  });
});

describe('how a sentence opening with a case fits a question giving one', () => {
  const verified = () => passageSaying('If the widget suffix is verified with the tenant, the name stays the same.');
  const unverified = () => passageSaying("If the widget suffix isn't verified with the tenant, the name is recalculated.");

  it('the sentence opening with the case asked fits better than the one opening with its opposite', () => {
    expect(fit('what happens to the name if the widget suffix is verified in the tenant', verified())).toBeGreaterThan(fit('what happens to the name if the widget suffix is verified in the tenant', unverified()));
    expect(fit("what happens to the name if the widget suffix isn't verified", unverified())).toBeGreaterThan(fit("what happens to the name if the widget suffix isn't verified", verified()));
  });

  it('"without" gives the case negated ("if I enable sync without backporting" is "if you don\'t backport")', () => {
    const question = 'what happens to the name if I sync without verifying the widget suffix';
    expect(fit(question, unverified())).toBeGreaterThan(fit(question, verified()));
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAskingTerm, withoutPreamble, withPlainAsking } from '../../src/answer/askingWords.js';
import { clean, understand } from '../../src/answer/understand.js';
import { terms } from '../../src/search/tokenize.js';
import { buildSearchable, type Searchable } from '../../src/search/loadSearchable.js';

let searchable: Searchable;
beforeAll(async () => {
  searchable = await buildSearchable(['content']);
});
const read = (q: string) => understand(q, searchable.index, searchable.vocabulary);
/** Whether some concept of the question can be said by a term (stem) the docs use. */
const asksAbout = (q: string, term: string) => read(q).concepts.some((c) => c.alternatives.some((a) => a.includes(term)));

describe('understanding a question', () => {
  it('fixes typos against the words the docs use, and drops misspelt filler words', () => {
    const u = read('wich ports does the AADC helth agent need??');
    expect(u.canonical.toLowerCase()).toContain('connect health');
    expect(u.unknown).toEqual([]);
  });

  it('never corrects a word to a three-letter one: that is an acronym or a name ("joke" is not "Joe")', () => {
    expect(read('tell me about webb').unknown).toContain('webb');
    expect(read('tell me about webb').concepts).toEqual([]);
  });

  it('leaves a word alone whose stem the docs use ("retirement", as "retired"), but reads "servics" as services', () => {
    expect(read('v1 retirement date').terms).not.toContain('requir');
    expect(read('servics to check').canonical).toContain('service');
  });

  it('reads a word whose stem the docs use as written: "apps" is no word without its vowels ("appears"), "kinds" stays plural', () => {
    expect(read('provisioning to on-prem apps').canonical).toContain('on-prem apps');
    expect(read('what kinds of holds are there').canonical).toContain('kinds');
  });

  it('reads doing a thing again as doing it ("reinstalling" is installing): the docs say how to do it once', () => {
    expect(read('after reinstalling connect do i need the sync health agent').unknown).toEqual([]);
    expect(read('after reinstalling connect do i need the sync health agent').canonical).toContain('after installing connect');
  });

  it('reads "cannot" as no topic, as it reads "can\'t"', () => {
    expect(read('the configuration cannot be completed').unknown).toEqual([]);
  });

  it('reads "what must be true about …" as how people ask', () => {
    expect(read('What must be true about the domain admin password when installing the provisioning agent?').unknown).toEqual([]);
  });

  it('reads "none" as how people ask and "sent" as the docs\' "send"', () => {
    const u = read('what port is used by default if none is given in the proxy address');
    expect(u.unknown).toEqual([]);
    expect(read('the agent has not sent data for two hours').unknown).toEqual([]);
  });

  it('reads a question passed on ("a user asks if …") as the question itself', () => {
    expect(read('a user asks if connect health works in China').terms).not.toContain('user');
    expect(read('customer wants to know whether the agent supports server core').terms).not.toContain('custom');
    expect(read('customer wants to put the health agent on a server core box').terms).not.toContain('custom');
    expect(read('customer wants customized settings').terms).toContain('custom');
  });

  it('reads a review passing a question on ("security wants to know …", "the change board asks whether …") as the question itself', () => {
    expect(read('security wants to know which account the cloud sync agent service runs as').terms).not.toContain('secur');
    expect(read('the change board asks whether the health agent updates itself').terms).not.toContain('chang');
    expect(read('how do I turn off security monitoring of these urls').terms).toContain('secur');
  });

  it('reads "can\'t find X" as the case the docs write "X can\'t be found", not as how one asks', () => {
    expect(withPlainAsking("what happens when the tool can't find the sql server")).toBe("what happens when the tool can't found the sql server");
    expect(withPlainAsking('where can i find the agent logs')).toBe('where can i find the agent logs');
  });

  it('reads how a message opens ("hi all,", "hey @kb", "quick question -") and why it is asked ("- need it for a change request") as no part of the question', () => {
    const plain = read('what is a group managed service account');
    for (const q of ['hi all, what is a group managed service account', 'hey @kb what is a group managed service account', 'quick question - what is a group managed service account', 'what is a group managed service account - need it for a change request', 'what is a group managed service account (for our CAB)']) {
      expect(read(q).terms).toEqual(plain.terms);
      expect(read(q).intent.definition).toBe(true);
    }
    // A case the question states stays: "for a customer with 500 users" is not why it is asked.
    expect(read('which license is needed, for a customer with 500 users').terms).toContain('500');
  });

  it('reads asking before what is asked ("can you explain", "does anyone know", "I need to know", "according to the docs,") as no part of it', () => {
    expect(read('can you explain what is a group managed service account').intent.definition).toBe(true);
    for (const q of ['does anyone know provisioning agent install steps', 'I need to know provisioning agent install steps', 'according to the docs, provisioning agent install steps', 'Team - provisioning agent install steps']) {
      expect(read(q).terms).toEqual(read('provisioning agent install steps').terms);
    }
    // The article a question names stays: "per the 2020 doc" is which version, not how one asks.
    expect(read('per the 2020 doc, which screen lists the agents').olderArticle).toBeTruthy();
  });

  it('reads how a message closes ("thx", "Thanks!", ", please", ":)", ", asking for a customer") as no part of it, and no word\'s ending as one ("empty")', () => {
    expect(read('can you open a ticket with microsoft for me thx').intent.request).toBe(true);
    expect(read('which ports does the health agent need, asking for a customer :)').terms).toEqual(read('which ports does the health agent need').terms);
    expect(withoutPreamble('the connect health dashboard is empty')).toBe('the connect health dashboard is empty');
  });

  it('corrects a capitalised word that slips from a name of the docs ("Conect Health", "Widows Server", "PoerShell"), not another product\'s name ("Intune")', () => {
    expect(read('Which ports does the Conect Health agent need?').terms).toEqual(read('Which ports does the Connect Health agent need?').terms);
    expect(read('Which Widows Server versions does Connect Health for AD FS support?').terms).toContain('window');
    expect(read('What PoerShell version does the health agent require?').terms).toContain('powershel');
    expect(read('How do I configure Intune Company Portal?').unknownNames).toContain('intun');
  });

  it('corrects a slip near a filler word to the docs\' word when no question word is meant ("afer installing")', () => {
    expect(read('What should I do afer installing Entra Connect?').unknown).toEqual([]);
    expect(read('What should I do afer installing Entra Connect?').terms).toEqual(read('What should I do after installing Entra Connect?').terms);
  });

  it('reads a shouted question as written in lower case: every word capitalised names nothing', () => {
    const [shouted, written] = [read('HOW CAN I REGISTER THE AGENT FROM A SCRIPT WITHOUT PROMPTS?'), read('how can i register the agent from a script without prompts?')];
    expect(shouted.terms).toEqual(written.terms);
    expect(shouted.names).toEqual(written.names);
    expect(shouted.unknownNames).toEqual([]);
  });

  it('reads a year after a name as its release, in lower case too ("windows server 2008"), but not an article\'s year ("the 2020 doc")', () => {
    expect(read('can i install the health agent on windows server 2008?').unknownNames).toContain('2008');
    expect(read('prov agnt 2020 doc instal steps').unknownNames).toEqual([]);
    expect(read('what changed in 2023 for the health agent').unknownNames).toEqual([]);
  });

  it('reads how pressing a question is ("fyi", "(urgent)", "any idea", "thanks in advance") as no topic of it', () => {
    for (const q of ['which ports does the health agent need? thanks in advance', 'any idea which ports the health agent needs', 'fyi which ports does the health agent need', 'which ports does the health agent need (urgent)']) {
      expect(read(q).unknown).toEqual([]);
      expect(read(q).terms).toEqual(read('which ports does the health agent need').terms);
    }
  });

  it('reads chat\'s "how 2" as "how to", "whr r" as "where are", "wen" as "when": "2" is no number asked', () => {
    expect(withPlainAsking('how 2 force delta sync aadc')).toBe('how to force delta sync aadc');
    expect(withPlainAsking('whr r aadc trace logs')).toBe('where are aadc trace logs');
    expect(withPlainAsking('wat happens wen i run the wizard again')).toBe('what happens when i run the wizard again');
    expect(withPlainAsking('wat r the benefits of connect health')).toBe('what are the benefits of connect health');
    expect(read('how 2 force delta sync').terms).not.toContain('2');
    expect(withPlainAsking('is port 2 needed for r2')).toBe('is port 2 needed for r2');
  });

  it('reads "keep" with a thing kept as retaining it, not "keeps failing" or "keep it in sync"', () => {
    expect(withPlainAsking('how long does connect health keep alert history')).toBe('how long does connect health retains alert history');
    expect(withPlainAsking('the agent keeps failing to register')).toBe('the agent keeps failing to register');
    expect(withPlainAsking('how do i keep some OUs out of sync')).toBe('how do i keep some OUs out of sync');
  });

  it('reads "after finishing" as when the asker is, which a procedure\'s last steps say without saying so', () => {
    const u = read('i keep seeing the splash screen after finishing - is that normal');
    expect(u.terms).not.toContain('finish');
    expect(u.related).toContain('finish');
    expect(read('what do i check after the installation completes').terms).not.toContain('complet');
    expect(read('how long does the initial sync take to finish').terms).toContain('finish');
  });

  it('reads "what\'s the deal with X" as asking what X is', () => {
    expect(withPlainAsking('whats the deal with the AZUREADSSOACC account')).toBe('what is the AZUREADSSOACC account');
    expect(read("what's the deal with the AZUREADSSOACC account").terms).not.toContain('deal');
  });

  it('reads "what can I see in X" as asking what X shows', () => {
    expect(withPlainAsking('what can i look at in the connect health portal?')).toBe('what does the connect health portal show');
    expect(read('what can i see in the connect health portal').intent.definition).toBe(true);
  });

  it('reads a phrase\'s verb in any form, but not a pronoun ("i created" is not "is created")', () => {
    const alternativesOf = (q: string) => read(q).concepts.flatMap((c) => c.alternatives.map((a) => a.join(' ')));
    expect(alternativesOf('can I use a gmsa i created')).toContain('custom');
    expect(alternativesOf('which screen confirms the settings before the agent is created')).not.toContain('custom');
  });

  it('reads what happens by itself as happening automatically ("does the health agent update itself?")', () => {
    expect(read('does the health agent update itself').concepts.some((c) => c.alternatives.some((a) => a.includes('automat')))).toBe(true);
  });

  it('reads a ticket\'s heading and whose setup it is ("ticket: customer has no P1, …") as where the question comes from', () => {
    expect(read('ticket: customer has no P1, can they still use connect health?').terms).not.toContain('customer');
    expect(read('ticket #4521 - customer still runs v1, is that ok?').terms).toEqual(['v1', 'run']);
    expect(read('customer still runs v1, is that ok?').terms).toContain('v1');
  });

  it('reads a label before the question in words no doc uses ("runbook: …") as what the asker is writing', () => {
    expect(read('runbook: remove the proxy from the health agent').unknown).toEqual([]);
    expect(read('quick q: which ports does the health agent need').terms).not.toContain('quick');
    // A label the docs say, spelled right or not, is the topic.
    expect(read('gov cloud: which endpoints?').canonical).toContain('Azure Government');
    expect(read('healht: which ports?').terms).toContain('health');
  });

  it('reads how short an answer is wanted ("in one line", "briefly") as how people ask', () => {
    expect(read('what is pass through auth in one line').terms).not.toContain('line');
    expect(read('explain staging mode briefly').unknown).toEqual([]);
    expect(read('which line of the config file sets the proxy').terms).toContain('line');
    expect(read("what's a gMSA in plain words").terms).toEqual(['gmsa']);
  });

  it('reads a verb relating two things that the docs never use ("holds", "carry") as how people ask; one they use as asked', async () => {
    for (const q of ['which config file holds the FIPS setting', 'what does the http proxy carry for the health agent']) {
      expect(read(q).unknown).toEqual([]);
    }
    expect(read('which config file holds the FIPS setting').terms).toEqual(['fip', 'config', 'file']);
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-holds-'));
    writeFileSync(path.join(dir, 'holds.md'), ['---', 'title: Mailbox holds', '---', '', '# Mailbox holds', '', 'Litigation holds keep mailbox content.', ''].join('\n'));
    const withHolds = await buildSearchable(['content', dir]);
    expect(understand('what kinds of mailbox holds are there', withHolds.index, withHolds.vocabulary).terms).toContain('hold');
  });

  it('reads when the asker did or asks something ("ages ago", "today") as how people ask', () => {
    expect(read('I installed the cloud sync agent ages ago, how do I switch it to the gMSA?').unknown).toEqual([]);
    expect(read('who can install and configure health agents today').unknown).toEqual([]);
  });

  it('reads a word the vocabulary maps from that no loaded doc says, nor its synonyms, as absent ("logs" of the seed docs)', () => {
    const u = read('where are the health agent logs stored');
    expect(u.absent).toEqual(['logs']);
    expect(u.unknown).toEqual([]);
    expect(read('which ports does the health agent need').absent).toEqual([]);
  });

  it('reads an undoing no loaded doc says ("uninstalling") as absent, though the vocabulary knows the word; a thing named ("disaster recovery") is no undoing', () => {
    expect(read('does the 2020 article cover uninstalling the agent').absent).toEqual(['uninstalling']);
    expect(read('is a standby server a good idea for disaster recovery').absent).toEqual([]);
  });

  it('reads who does a thing ("the person installing") as the asker\'s way of saying who, not a topic', () => {
    expect(read('what permissions does the person installing the provisioning agent need on the server').unknown).toEqual([]);
  });

  it('reads what a thing is "compared to" as how the asker weighs it, not a topic ("comparison" of the docs\' tables is none)', () => {
    expect(read('what is the gmsa good for compared to a normal account').terms).not.toContain('compar');
  });

  it('reads where a thing "sits" as asked by the place, not by the word', () => {
    expect(read('do health agents sit in the dmz').unknown).not.toContain('sit');
  });

  it('reads what is left of a contraction ("we\'re", "you\'ve") as no topic', () => {
    expect(read("we're a us gov tenant, what urls does the health agent need").terms).not.toContain('re');
    expect(read("you've installed the agent, what now").terms).not.toContain('ve');
  });

  it('counts an acronym the vocabulary only maps to ("SQL", of "dba → SQL administrator") as unknown when no doc uses it', () => {
    expect(read('which ports does sql server use').unknown).toEqual(['sql']);
  });

  it('reads "anything special" as how people ask, not as a word the docs never use', () => {
    expect(read('do I need anything special when the domain admin password changes').unknown).toEqual([]);
  });

  it('reads "how far back" as how long: a duration is asked, and "far" and "back" are no topic', () => {
    const u = read('how far back does the health agent keep data');
    expect(u.intent.needs).toBe('duration');
    expect(u.terms).not.toContain('far');
  });

  it('reads "what does X stand for" and "wat is X short for" as asking what X is: "stand" is no topic', () => {
    for (const q of ['wat does gmsa stand for', 'what is gMSA short for', 'wht is gmsa short for']) {
      const u = read(q);
      expect(u.intent.definition).toBe(true);
      expect(u.terms).not.toContain('stand');
      expect(u.terms).not.toContain('short');
    }
  });

  it('reads "turn the scheduler off" as "turn off the scheduler": disabling it', () => {
    expect(read('how do i turn the sync scheduler off').terms).toContain('disabl');
    expect(read('turn it on again').terms).toContain('enabl');
  });

  it('reads "turn MD5 back on" as turning it on: "back" is no topic', () => {
    expect(read('how do i turn md5 back on').terms).toContain('enabl');
    expect(read('how do i turn md5 back on').terms).not.toContain('back');
    expect(read('turn back on the scheduler').terms).toContain('enabl');
  });

  it('reads "describe X" as what X is, and "remind me", "I want to know", "can you tell me" as no topic', () => {
    expect(read('describe the connect health portal').intent.definition).toBe(true);
    expect(read('remind me what the default port is').unknown).toEqual([]);
    const u = read('I want to know where the provisioning agent exe lives');
    expect(u.intent.questionWord).toBe('where');
    expect(u.terms).not.toContain('know');
    expect(read('can you tell me which ports the health agent needs').intent.questionWord).toBe('which');
  });

  it('reads "where do I start" as asking how to troubleshoot, and "it broke" as the symptom reported', () => {
    const u = read('password sync broke for everyone, where do i start');
    expect(u.terms).toContain('troubleshoot');
    expect(u.terms).not.toContain('start');
    expect(u.terms).not.toContain('broker');
    expect(u.absent).toEqual([]);
  });

  it('reads "no longer" as not, and "afterwards" as when, "kept" as where, not as topics ("longer" is no length)', () => {
    expect(read('which agent version no longer needs servicebus').terms).not.toContain('longer');
    expect(read('which endpoint is only used for discovery and not needed afterwards').unknown).toEqual([]);
    expect(read('where is the fips setting for the provisioning agent kept').unknown).toEqual([]);
  });

  it('reads what a question quotes from a screen, not an apostrophe\'s word ("the agent\'s version")', () => {
    expect(read("wizard says 'Your agent configuration was successfully verified' - am i done").quoted).toEqual(['your agent configuration was successfully verified']);
    expect(read('where is the "Accept terms & download" button').quoted).toEqual(['accept terms & download']);
    expect(read("what tab shows the provisioning agent's product version").quoted).toEqual([]);
    expect(read("what is under the 'Sync errors' entry").quoted).toEqual(['sync errors']);
  });

  it('reads a quoted label as what is seen, not as the shape of the question ("\'Site to Zone …\'" asks for no link)', () => {
    expect(read("where is the 'Site to Zone Assignment List' setting for seamless sso").intent.primary).not.toBe('url');
    expect(read('where is the health portal').intent.primary).toBe('url');
  });

  it('reads a clause saying why the question is asked ("because our DCs are locked down, …") as context, not as what the answer must say', () => {
    const locked = read('because our dcs are locked down, what extra urls does the health agent need');
    expect(locked.concepts.some((c) => c.alternatives.some((a) => a.includes('ds')))).toBe(false);
    expect(locked.related).toContain('lock');
    expect(read('since we save logs, which ports does the health agent need').terms).not.toContain('save');
    // "For the health agent, which ports …" names what is asked about.
    expect(read('for the health agent, which ports are needed').terms).toContain('health');
  });

  it('drops a three-letter slip of a filler word ("teh") as the filler, not as a word the docs never use', () => {
    expect(read('need teh steps to register the health agent').unknown).toEqual([]);
  });

  it('reads "at the end of the wizard" as where in it: "end" is no topic', () => {
    expect(read('what happens at the end of the wizard').terms).not.toContain('end');
  });

  it('reads a phrase of the vocabulary whatever form its verb takes ("turned on" is enabled)', () => {
    expect(read('what do i need turned on to use the report').terms).toContain('enabl');
    expect(read('what do i need turned on to use the report').terms).not.toContain('turn');
    // "taken over" is the vocabulary's "take over".
    expect(read('are cloud accounts taken over by hard match').terms).toContain('take');
    expect(read('are cloud accounts taken over by hard match').terms).not.toContain('taken');
  });

  it('reads "the 2020 article" or "the old doc" as which version of an article is asked, not as a topic', () => {
    expect(read('what permissions do i sign in with for the 2020 agent install').olderArticle).toBe('2020');
    expect(read('what permissions do i sign in with for the 2020 agent install').terms).not.toContain('2020');
    expect(read('which installer did the old article use').olderArticle).toBe(true);
    // All of "per the 2020 article", "the (2020) doc", "the 2020 version of the article" says which version.
    expect(read('what are the parts of installing cloud sync per the 2020 article').terms).toEqual(['cloud', 'sync', 'instal']);
    expect(read('old (2020) doc: what perms do i sign into the server with?').olderArticle).toBe('2020');
    expect(read('whats the installer file name in the 2020 version of the article').terms).not.toContain('articl');
    expect(read('what was the installer file called in the 2020 version of the provisioning guide').terms).toEqual(['instal', 'file']);
    // An article or guide named as where to look is how one asks, not a topic ("which article covers …").
    expect(read('what does the install guide say the agent needs').unknown).toEqual([]);
    expect(read('which article covers the proxy settings').terms).not.toContain('articl');
    expect(read('which installer did the old article use').terms).not.toContain('articl');
    expect(read('what status should the agent have per the old article').terms).not.toContain('per');
    expect(read('what does the newer article say the agent status should be').olderArticle).toBeUndefined();
    expect(read('what does the newer article say the agent status should be').terms).not.toContain('articl');
    expect(read('does Windows Server 2016 include PowerShell 5').olderArticle).toBeUndefined();
  });

  it('reads "in the 2020 version" and "the 2020 wizard" as which version of an article is asked', () => {
    expect(read('in the 2020 version what status should the agent show').olderArticle).toBe('2020');
    expect(read('in the 2020 version what status should the agent show').terms).not.toContain('version');
    expect(read('what message did the 2020 wizard show when the install finished').olderArticle).toBe('2020');
    expect(read('what message did the 2020 wizard show when the install finished').terms).toContain('wizard');
  });

  it('reads what a thing "shows" as how it is pointed at ("the description shown by AD FS"), as "show" is', () => {
    // (The seed docs never say "shown"; the corpus does, where it was a topic word of its own.)
    expect(isAskingTerm(terms('shown')[0]!)).toBe(true);
  });

  it('reads "will the agent care?" as how people ask, not as a word the docs never use', () => {
    expect(read('our proxy inspects tls - will the health agent care').unknown).toEqual([]);
  });

  it('reads a clause tagged ", possible?" or ", is that normal?" as a yes/no question of the clause', () => {
    expect(read('health agent on a server core box, possible?').intent.yesNo).toBe(true);
    expect(read('the health agent services are stopped right after install, is that normal?').intent.yesNo).toBe(true);
    expect(read('the health agent services are stopped right after install, is that normal?').unknown).toEqual([]);
    expect(read('which ports does the health agent need, is that ok?').intent.yesNo).toBe(false);
  });

  it('reads what the asker rules out after a comma (", not URLs") as no part of what is asked', () => {
    const u = read('our firewall only allows IP ranges, not URLs - will the health agent still work?');
    expect(u.terms).not.toContain('url');
    expect(u.intent.kinds.url).toBeUndefined();
    expect(read('the agent is not syncing users, why?').terms).toContain('sync');
  });

  it('reads a case tagged "- related?" as asking whether the one has to do with the other', () => {
    const u = read('the agent wizard sign in step just hangs, IE ESC is on - related?');
    expect(u.intent.yesNo).toBe(true);
    expect(u.unknown).toEqual([]);
  });

  it('reads ", is that a problem for the health agent?" as a yes/no question of the clause, of what it names', () => {
    const u = read('our firewall drops 5671, is that a problem for the health agent');
    expect(u.intent.yesNo).toBe(true);
    expect(u.component).toBe('Microsoft Entra Connect Health');
    expect(u.terms).not.toContain('problem');
  });

  it('reads "… y/n" as a yes/no question, and "y/n" as no topic', () => {
    const u = read('health agent on server core y/n');
    expect(u.intent.yesNo).toBe(true);
    expect(u.unknown).toEqual([]);
  });

  it('reads a hyphenated word by its parts, whatever its case ("IP-based")', () => {
    expect(read('is IP-based outbound filtering supported').unknown).toEqual([]);
  });

  it('reads a slipped question word as the word ("waht does … do" asks what it does)', () => {
    expect(read('waht does the ADSync acct do').intent.definition).toBe(true);
    expect(read('wich ports does the health agent need').intent.primary).toBe('port');
  });

  it('reads "tls1.2" as TLS 1.2 and "40k" as a count, not as words the docs never use', () => {
    const tls = read('tls1.2 reg keys');
    expect([...tls.terms, ...tls.unknown]).toEqual(expect.arrayContaining(['tls', '1.2']));
    expect([...tls.terms, ...tls.unknown]).not.toContain('tls1.2');
    const sizing = read('min ram for aadc w/ 40k objects');
    expect(sizing.unknown).toEqual([]);
    expect(sizing.counts).toEqual([40000]);
  });

  it('keeps "lists" as what a cmdlet does ("which cmdlet lists the proxy settings"), though "list" is how people ask', () => {
    expect(asksAbout('Which cmdlet lists the health agent proxy settings?', 'list')).toBe(true);
    expect(asksAbout('list the health agent proxy settings', 'list')).toBe(false);
  });

  it('keeps "settings" and "existing" as things asked about, though "set" and "exist" are only how people ask', () => {
    expect(read('when should I use customized settings').terms).toContain('set');
    expect(read('can the agent use an existing gMSA').terms).toContain('exist');
    expect(read('the cloud sync agent wizard asks for an extension').terms).not.toContain('task');
    expect(read('how do I set a proxy for the agent').terms).not.toContain('set');
  });

  it('keeps a short product code the docs never use as unknown ("E3"), and one they use as a word ("P1")', () => {
    expect(read('how many licenses come with Microsoft 365 E3').unknown).toEqual(['e3']);
    expect(read('does connect health need P1').unknown).toEqual([]);
  });

  it('brings aliases to their current name and reads the product asked about', () => {
    expect(read('AADC sync version').canonical).toContain('Microsoft Entra Connect');
    expect(read('health agent ports').component).toBe('Microsoft Entra Connect Health');
  });

  it('reads the cloud environment from an alias ("gov cloud" → Azure Government)', () => {
    expect(read('gov cloud endpoints pls').environment).toBe('Azure Government');
  });

  it('maps a word the docs never use through the vocabulary ("whitelist" → allowlist, endpoints…)', () => {
    expect(read('what do I whitelist for the health agent').unknown).toEqual([]);
    expect(asksAbout('what do I whitelist for the health agent', 'endpoint')).toBe(true);
  });

  it('takes a short word one letter off another for a word of its own, not a slip ("zone" is not "done")', () => {
    expect(read('what time zone does connect health use').unknown).toEqual(['zone']);
    expect(read('waht ports does the health agent need').unknown).toEqual([]);
  });

  it('takes a host name the docs never use for the asker\'s own value, not a topic', () => {
    const u = read('how do I make the agent use a proxy at proxy.contoso.com port 8080');
    expect(u.unknown).toEqual([]);
    expect(u.terms).not.toContain('contoso');
    expect(read('Is servicebus.windows.net still required for the agent?').terms).toContain('servicebu'); // a host the docs use stays
  });

  it('takes a server named right before its port ("myproxy port 8080", "myproxy:8080") for the asker\'s value', () => {
    expect(read('set proxy to myproxy port 8080 for health agent').unknown).toEqual([]);
    expect(read('set proxy to myproxy:8080 for health agent').unknown).toEqual([]);
    expect(read('which port does the health agent use, 443?').unknown).toEqual([]);
  });

  it('takes the port after the asker\'s host ("proxy.contoso.com:8080") for the asker\'s value too, and an addressee ("@kb") for no word', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-host-'));
    writeFileSync(path.join(dir, 'agent.md'), ['---', 'title: Agent', '---', '', '# Agent', '', 'The agent reports over port 8080. See the KB article.', ''].join('\n'));
    const s = await buildSearchable([dir]);
    const readHere = (q: string) => understand(q, s.index, s.vocabulary);
    expect(readHere('how do i set the agent proxy to proxy.contoso.com:8080').terms).not.toContain('8080');
    expect(readHere('which port does the agent report over, 8080?').terms).toContain('8080');
    expect(readHere('@kb which port does the agent use').terms).not.toContain('kb');
  });

  it('reads a host name as the docs write it, with a wildcard or "www." ("servicebus.windows.net" is "*.servicebus.windows.net")', () => {
    const u = read('Is servicebus.windows.net still required for the agent?');
    expect(u.unknown).toEqual([]);
    expect(u.concepts.flatMap((c) => c.alternatives.flat())).toContainEqual(expect.stringMatching(/^\*+\.servicebus\.windows\.net$/));
    // And without its "www.": "office.com" is the docs' www.office.com, no host of the asker's own.
    expect(asksAbout('is office.com needed for the health agent', 'www.office.com')).toBe(true);
  });

  it('reads a hyphenated shorthand through the vocabulary ("on-prem" → on-premises)', () => {
    expect(read('what extension is for on-prem app provisioning').unknown).toEqual([]);
    expect(asksAbout('what extension is for on-prem app provisioning', 'on-premises')).toBe(true);
  });

  it('keeps a phrase the docs never say in any of its ways as unknown ("back up")', () => {
    expect(read('how do i back up the sync server').unknown).toEqual(['back up']);
  });

  it('keeps a word one letter from a filler as a word of its own when it is one ("guests" is no "guess")', () => {
    expect(read('conditional access for guests').unknown).toEqual(['guests']);
  });

  it('reads chat spellings of question words as asking, not as unknown words', () => {
    expect(read('wat ports does the health agent need').unknown).toEqual([]);
  });

  it('reads a word the docs use only in host names as naming a thing of its own, as a capitalised word does', () => {
    // The seed docs say "policykeyservice" only in https://policykeyservice.dc.ad.msft.net/: "sharepoint" of contoso.sharepoint.com is the like.
    expect(read('how much ram does policykeyservice need').names).toEqual(['policykeyservic']);
    expect(read('how much ram does the agent server need').names).toEqual([]);
  });

  it('reads "what does X mean" and "what is meant by X" as asking what X is', () => {
    expect(read('what does staging mode mean for the agent').intent.definition).toBe(true);
    expect(read('what is meant by staging mode').intent.definition).toBe(true);
  });

  it('reads "whats …" as "what\'s …": asking what a thing is', () => {
    expect(read('whats the health agent').intent.definition).toBe(true);
    expect(read("what's the health agent").intent.definition).toBe(true);
  });

  it('reads what a how-to acts on, up to a preposition, leaving out a product it names', () => {
    expect(read('how do i delete a security group in entra id').acted).toEqual(['delet', 'secur', 'group']);
    expect(read('how do I set up a proxy for the agent').acted).toEqual(['proxi']);
    // (An undoing no loaded doc says, "recover" with the seed docs alone, can't be said by any answer.)
    expect(read('how to recover a deleted user from the recycle bin').acted).toEqual(['recover (unsaid)', 'delet', 'user']);
    expect(read('how do i uninstall the health agent').acted).toEqual(['uninstall (unsaid)']);
    // An action undoing something must be said too: steps creating the account don't say how to delete it.
    expect(read('how do i delete the local account').acted).toEqual(['delet', 'local', 'account']);
    expect(read('how do i configure the proxy settings').acted).toEqual(['proxi', 'set']);
    expect(read('how do i write a custom powershell connector').acted).toEqual(['custom', 'powershel', 'connect']);
    expect(read('how do I install the health agent on a domain controller').acted).toBeUndefined();
    expect(read('which ports does the health agent need').acted).toBeUndefined();
  });

  it('reads "our firewall team" as who asks, and "Teams" as a thing asked about', () => {
    expect(read('our firewall team wants the list of urls for the connect health agent').terms).toContain('firewal');
    expect(read('our firewall team wants the list of urls for the connect health agent').terms).not.toContain('team');
    expect(read('what is the maximum group size in teams').unknown).toContain('teams');
  });

  it('reads "in our tenant" as the asker\'s own setup, not a thing asked about', () => {
    expect(read('who can install health agents in our tenant').terms).toEqual(read('who can install health agents').terms);
    expect(read('we are a locked down shop, which urls do we need').unknown).toEqual([]);
  });

  it('reads "what causes X" as asking why X happens', () => {
    expect(read('what causes the agent registration to fail').intent.questionWord).toBe('why');
    expect(read('what causes the agent registration to fail').terms).toEqual(read('why does the agent registration fail').terms);
  });

  it('reads a word with an ending as the vocabulary\'s word ("reaches" as "reach": connectivity, endpoints)', () => {
    expect(read('how can i check if the health agent reaches the service').absent).toEqual([]);
    expect(asksAbout('the health agent never reaches the service', 'connectiv')).toBe(true);
  });

  it('reads an "-able" word the docs never use as the verb it is made of ("changeable" as change)', () => {
    expect(read('is the deletion threshold changeable').unknown).toEqual([]);
    expect(asksAbout('is the deletion threshold changeable', 'chang')).toBe(true);
    expect(asksAbout('is the agent proxy configurable', 'configur')).toBe(true);
  });

  it('reads a noun made of a vocabulary verb as the verb ("restrictions" as "restrict": limit, block)', () => {
    expect(asksAbout('we set logon restrictions on the agent servers', 'limit')).toBe(true);
  });

  it('reads a failure reported as the asker\'s symptom, not what the answer must say; one asked about is', () => {
    expect(read('health agent setup fails on our server core box').terms).not.toContain('fail');
    expect(read('health agent setup fails on our server core box').related).toContain('fail');
    expect(read('what happens if the agent registration fails').terms).toContain('fail');
  });

  it('reads a symptom the docs never name ("the page is blank") as no topic, even when asked why', () => {
    expect(read('why is the sign-in page blank').unknown).toEqual([]);
    expect(read('why is the sign-in page blank').terms).toEqual(read('why is the sign-in page').terms);
  });

  it('reads "where does X live?" as asking where X is located', () => {
    const u = read('where does the agent updater exe live');
    expect(u.unknown).toEqual([]);
    expect(u.intent.primary).toBe('file');
  });

  it('reads "…, what\'s going on?" as asking why', () => {
    const u = read('the sign-in page in the agent wizard is blocked - what\'s going on');
    expect(u.intent.questionWord).toBe('why');
    expect(u.terms).not.toContain('instal');
  });

  it('reads the wizard the asker is in as where, not what ("in the agent wizard it wants an extension"); "which wizard" asks it', () => {
    const u = read('halfway through the agent wizard it wants an extension');
    expect(u.terms).not.toContain('wizard');
    expect(u.related).toContain('wizard');
    expect(u.unknown).toEqual([]);
    expect(read('which wizard installs the agent').terms).toContain('wizard');
  });

  it('reads the console the asker looks in as where, not what ("what is the health agent called in services.msc")', () => {
    const u = read("what's the health agent called in services.msc");
    expect(u.terms).not.toContain('services.msc');
    expect(u.terms).not.toContain('msc');
    expect(read('how do i open services.msc on the server').terms).toContain('services.msc');
  });

  it('reads "mid-install" as during the install: "mid" says when, not what', () => {
    const u = read('the domain admin password changed mid-install, now what');
    expect(u.unknown).toEqual([]);
    expect(u.terms).toEqual(read('the domain admin password changed during install, now what').terms);
  });

  it('reads "write devices back" as writing back devices (writeback), and "a company with one forest" or "the customer" as who asks', () => {
    expect(asksAbout('why would we write devices back to AD', 'writeback')).toBe(true);
    expect(read('which setup option suits a company with one forest').unknown).toEqual([]);
    expect(read('what does device writeback give the customer').terms).toEqual(read('what does device writeback give').terms);
  });

  it('reads "how frequently" as "how often", and "put the agent on X" as installing it there', () => {
    expect(read('how frequently does the scheduler run').intent.needs).toBe('frequency');
    expect(read('can i put the health agent on a domain controller').terms).toEqual(read('can i install the health agent on a domain controller').terms);
  });

  it('reads when the asker acts ("next week") and "can you check?" as how they ask, not what about', () => {
    const u = read('we are rolling out connect health next week, which ports does the agent need, can you check?');
    expect(u.unknown).toEqual([]);
    expect(u.terms).toContain('port');
    expect(u.terms).not.toContain('check');
    expect(read('will the cloud sync agent sync users straight after install').unknown).toEqual([]);
  });

  it('reads "the customer\'s password" as whose it is, and "roll the agent out" as rolling out the agent', () => {
    expect(read("the customer's domain admin password expired during setup").terms).not.toContain('customer');
    expect(read('roll the health agent out to 40 servers').terms).toEqual(read('roll out the health agent to 40 servers').terms);
  });

  it('reads "a normal (regular, usual) account" as the thing asked, the adjective as how it is compared', () => {
    expect(read('what does a gmsa give me over a normal service account').unknown).toEqual([]);
    expect(read('can the prov agent use a regular account').terms).toEqual(read('can the prov agent use an account').terms);
  });

  it('reads "what does X measure (represent, indicate)" as asking what X is', () => {
    expect(read('what does the health agent measure').unknown).not.toContain('measure');
    expect(read('what does the health agent measure').intent.definition).toBe(true);
  });

  it('reads "shud" as "should": a yes/no question, with no unknown word', () => {
    expect(read('shud the health agent run on server core').unknown).toEqual([]);
    expect(read('shud the health agent run on server core').intent.yesNo).toBe(true);
  });

  it('takes a synonym of several words whole: "proxy settings" is not said by "set" alone', () => {
    const proxy = read('how do I set a proxy for the agent?').concepts.find((c) => c.alternatives[0]![0] === 'proxi')!;
    expect(proxy.alternatives).not.toContainEqual(['set']);
    expect(proxy.alternatives).toContainEqual(['proxi', 'set']);
  });

  it('keeps words the docs never use as unknown, but for adverbs: they say how, not what', () => {
    expect(read('How do I configure Okta?').unknown).toContain('okta');
    expect(read('Do I have to install the health agent for sync separately?').unknown).toEqual([]);
  });

  it('reads capitalised words as names, and tells the ones the docs never use', () => {
    const u = read('Which ports does the Teams agent need?');
    expect(u.unknownNames).toEqual(['team']);
    expect(read('How do I import WinHTTP proxy settings into the health agent?').names).toEqual(['winhttp']);
    expect(read('which ports does the health agent need').names).toEqual([]);
  });

  it('reads an acronym of three letters or more as a name ("AWS"), two letters as too short to tell', () => {
    expect(read('Which AWS regions support Entra Connect?').unknownNames).toEqual(['aws']);
    expect(read('do i need GA to install the health agent').unknownNames).toEqual([]);
  });

  it('reads a year as a name of a release ("Windows Server 2008"), a count as no name', () => {
    expect(read('can I install the health agent on Windows Server 2008?').unknownNames).toEqual(['2008']);
    expect(read('how much RAM for 2000 objects').unknownNames).toEqual([]);
    expect(read('what does the health agent need for 200,000 objects').unknownNames).toEqual([]);
  });

  it('reads a number right after a name as its release, however written ("windows 11"), not a count or a port', () => {
    expect(read('what are the requirements for a windows 11 upgrade').unknownNames).toEqual(['11']);
    expect(read('how much ram for 50 objects').unknownNames).toEqual([]);
    expect(read('set the proxy to port 80 for the health agent').unknownNames).toEqual([]);
    expect(read('gov cld endpoints 4 connect health').unknownNames).toEqual([]);
  });

  it('reads "the default gMSA name" as the name asked: "default" is not a topic of it', () => {
    const u = read('whats the default gmsa name for the provisioning agent');
    expect(u.terms).not.toContain('default');
    expect(u.intent.asksDefault).toBe(false);
    expect(read('what does StagingMode default to').intent.asksDefault).toBe(true);
  });

  it('reads how many are asked for ("which two services") as no topic', () => {
    expect(read('Which two services does the cloud sync agent install?').terms).not.toContain('two');
    expect(read('the agent has not sent data for two hours').terms).toContain('two');
  });

  it('never counts a word of a name the vocabulary knows as a word of asking ("manager" would hide "Managed")', () => {
    const nameTerms = searchable.vocabulary.aliases.flatMap((g) => g.names).flatMap((n) => terms(n));
    // Known and harmless: "information" (Federal Information Processing Standard), "name" (user principal name).
    expect([...new Set(nameTerms.filter((t) => isAskingTerm(t)))]).toEqual(['inform', 'name']);
  });

  it('reads what a minimum or maximum is asked of, as the docs say it ("minimum OS" → Windows Server)', () => {
    expect(read('minimum os for the cloud sync provisioning agent').bounded).toBe('window');
    expect(read('whats the max number of users in a tenant').bounded).toBe('user');
    expect(read('how many users can I sync').bounded).toBeUndefined();
  });

  it('reads what that bound is of, when the question names it ("maximum length of a UPN" → upn; not a product)', () => {
    expect(read('what is the maximum length of a upn').boundOf).toBe('upn');
    expect(read('whats the max number of users in a tenant').boundOf).toBe('tenant');
    expect(read('minimum os for the cloud sync provisioning agent').boundOf).toBeUndefined();
  });

  it('reads the two sides of a comparison, without what both share', () => {
    // The words after the second thing are said of both: "express vs custom settings" is "express settings vs custom settings".
    expect(read('express vs custom settings').compared).toEqual([['express'], ['custom']]);
    expect(read('difference between express and custom install').compared).toEqual([['express'], ['custom']]);
    expect(read("what's the difference between Entra Connect and cloud sync?").compared).toEqual([['entra'], ['cloud']]);
    expect(read('express settings for entra connect').compared).toBeUndefined();
  });

  it('reads two words either side of "or" as one thing asked, said by either ("express or custom?")', () => {
    const either = read('multiple forests - express or custom?').concepts.find((c) => c.alternatives.some((a) => a.join(' ') === 'express'));
    expect(either?.alternatives).toContainEqual(['custom']);
    expect(read('multiple forests - express or custom?').concepts).toHaveLength(3);
  });

  it('takes a word the docs never use, ending the question as what it is for, as a name of its own ("… for configmgr")', () => {
    expect(read('what is the maximum size of a sql server express database for configmgr').unknownNames).toEqual(['configmgr']);
    // Who reads is no product: "… for newcomers".
    expect(read('which topic explains the sync engine for newcomers').unknownNames).toEqual([]);
  });

  it('reads a phrase of the vocabulary either side of "or" by its word next to it ("by hand or automatically")', () => {
    const either = read('are the health agents updated by hand or automatically').concepts.find((c) => c.alternatives.some((a) => a.join(' ') === 'manual'));
    expect(either?.alternatives).toContainEqual(['automat']);
  });

  it('joins two words the docs write as one ("trouble shooting"), but not two words of theirs', () => {
    expect(read('trouble shooting the health agent').unknown).toEqual([]);
    expect(asksAbout('trouble shooting the health agent', 'troubleshoot')).toBe(true);
    // "passthrough" is a word of theirs too (from "pass-through"), but "pass" and "through" are each theirs.
    expect(read('does the agent pass through the proxy').terms).toContain('pass');
  });

  it('cleans control characters and caps the length', () => {
    expect(clean('ports\u0000\u0007 for\u200b agent')).toBe('ports for agent');
    expect(clean('x'.repeat(10_000))).toHaveLength(500);
  });
});

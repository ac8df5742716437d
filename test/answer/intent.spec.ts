import { describe, expect, it } from 'vitest';
import { detectIntent, VALUE_PATTERNS } from '../../src/answer/intent.js';

describe('what a question asks for', () => {
  it.each([
    ['which ports does the health agent need?', 'port'],
    ['endpoints for gov cloud', 'endpoint'],
    ['what licence do I need', 'license'],
    ['which services should be running', 'service'],
    ['what is the default for StagingMode', 'config'],
    ['what values does -Role take', 'parameter'],
    ['which switch turns on staging mode?', 'parameter'],
    // The kind named right after "what"/"which" is asked; a kind named later says of what. A registry value is a setting.
    ['what registry value makes Entra Connect use Azure Government endpoints?', 'config'],
    ['which account needs permissions on the endpoints?', 'role'],
    ['what URLs does the PTA agent need in Azure Government?', 'endpoint'],
    // "Where is …" asks for a place, whatever else the question names.
    ['where is the provisioning agent executable for checking its version?', 'file'],
    ["Where's the provisioning agent installed on disk?", 'file'],
    // Downloads and links, in the plural too, are addresses to visit.
    ['Where are the Entra Connect downloads?', 'url'],
    ['which scripts register the health agents?', 'cmdlet'],
    ['show me the procedures for moving the database', 'step'],
    // The addresses an agent uses are endpoints.
    ['pta agent gov cloud urls?', 'endpoint'],
    // The last noun of the phrase is the thing: a version, of PowerShell.
    ['what PowerShell version does the health agent require?', 'version'],
    // "Which service …" asks for a service, though "files" comes later.
    ['which service do i stop before copying the database files', 'service'],
    // Said with no question word, the kind the question ends on is asked; "still needed?" asks whether.
    ['health agent services restart cmd', 'cmdlet'],
    ['health agnt ports 443 and 5671 still needed?', 'port'],
  ])('%s → %s', (question, kind) => {
    expect(detectIntent(question).primary).toBe(kind);
  });

  it('reads a kind a keyword query ends on within a phrase as what is asked of ("version for the … cmdlets"), not as what is asked', () => {
    const { kinds } = detectIntent('minimum adsynctools version for the on-prem attribute cmdlets');
    expect(kinds.cmdlet).toBeLessThanOrEqual(kinds.version!);
    expect(detectIntent('health agent services restart cmd').primary).toBe('cmdlet');
  });

  it('reads the Administration Agent ("admin agent") as a component, not a role', () => {
    expect(detectIntent('what can a microsoft support engineer see through the admin agent').kinds.role).toBeUndefined();
    expect(detectIntent('which admin can install the agent').primary).toBe('role');
  });

  it('reads "free" as costing nothing, but not in "free up space" or "free disk space"', () => {
    expect(detectIntent('is connect health free').primary).toBe('license');
    expect(detectIntent('can i clear run history to free space in localdb').kinds.license).toBeUndefined();
    expect(detectIntent('how do i free up disk space on the sync server').kinds.license).toBeUndefined();
    expect(VALUE_PATTERNS.price.test('Use the Shrink operation to free up enough DB space.')).toBe(false);
  });

  it('takes a value for a parameter\'s, but not an attribute\'s (a registry value is a setting: above)', () => {
    expect(detectIntent('what values does -Role take').primary).toBe('parameter');
    expect(detectIntent('how do i see which sync rule set an attribute value').primary).not.toBe('parameter');
  });

  it('takes "domains" to allow for endpoints, but not an AD domain nor a domain name', () => {
    expect(detectIntent('which domains must the firewall allow?').primary).toBe('endpoint');
    expect(detectIntent('which screen lets me add my AD domain in the agent wizard').primary).toBeUndefined();
    expect(detectIntent('where do I type the domain name').primary).not.toBe('endpoint');
    expect(detectIntent('what happens if a gmsa already exists in my domain').primary).not.toBe('endpoint');
    expect(detectIntent('max objects cloud sync supports per domain').primary).not.toBe('endpoint');
  });

  it('reads where to read as asked ("which doc covers …", "where is the article on …"), but not an article named as the source', () => {
    for (const q of ['which doc covers ad fs with subdomains', 'where is the article on renewing federation certificates by hand', 'where can I learn about declarative provisioning', 'which article has best practices for the default configuration']) {
      expect(detectIntent(q).asksReading, q).toBe(true);
    }
    for (const q of ['per the 2020 doc what account does the wizard sign in with', 'what does the old article say about the gmsa', 'where do i download the agent']) {
      expect(detectIntent(q).asksReading, q).toBe(false);
    }
  });

  it('takes "where do I get …" to ask for a download link', () => {
    expect(detectIntent('where do i get entra connect').primary).toBe('url');
  });

  it('takes "admin" for a role, but not the admin center', () => {
    expect(detectIntent('which admin can register the agent?').primary).toBe('role');
    expect(detectIntent('what do I open in the admin center to see the agents?').kinds.role).toBeUndefined();
  });

  it('takes an account for a role, but not a computer account', () => {
    expect(detectIntent('which account do I sign in with to register the agent?').primary).toBe('role');
    expect(detectIntent('what computer account does Seamless SSO create?').kinds.role).toBeUndefined();
  });

  it('"when" asks for a date only of what was or will be ("when was V1 retired"), not of a case ("when should I…")', () => {
    expect(detectIntent('when was V1 retired?').primary).toBe('version');
    expect(detectIntent('what happens when the delete threshold is exceeded?').primary).toBeUndefined();
    expect(detectIntent('when should I use customized settings?').primary).toBeUndefined();
  });

  it('"how long is X supported" asks until when, a date; "how long … after …" a duration', () => {
    expect(detectIntent('how long is v1 supported').needs).toBe('date');
    expect(detectIntent('How long is a Connect build supported after a new one comes out?').needs).toBe('duration');
    expect(detectIntent('how long does the health agent keep data').needs).toBe('duration');
  });

  it('"how big" asks the size of what holds bytes, and the count of anything else ("how big can a group be": its members)', () => {
    expect(detectIntent('how large can the LocalDB database get').needs).toBe('size');
    expect(detectIntent('how big can a group be for cloud sync').needs).toBe('count');
  });

  it('"the number of" asks a count, as "how many" does', () => {
    expect(detectIntent('what is the recommended number of PTA agents').needs).toBe('count');
    expect(detectIntent('how many pta agents should i run').needs).toBe('count');
  });

  it('tells a request to act ("can you reset my password") from a question put politely ("can you tell me the ports")', () => {
    expect(detectIntent('can you reset my password').request).toBe(true);
    expect(detectIntent('could you unlock our account please').request).toBe(true);
    expect(detectIntent('can you open a ticket with microsoft for me').request).toBe(true);
    expect(detectIntent('can you check which port the agent uses for us?').request).toBe(false);
    expect(detectIntent('can you tell me which ports the agent needs').request).toBe(false);
    expect(detectIntent('can you install the agent on server core?').request).toBe(false);
    expect(detectIntent('can you give me admin rights').request).toBe(true);
    expect(detectIntent('can you give me the list of ports for the health agent').request).toBe(false);
  });

  it('"what is the <kind> …" asks for that kind; "what is X used for" asks what X is', () => {
    expect(detectIntent('what is the registration cmdlet for AD DS health agents?')).toMatchObject({ primary: 'cmdlet', definition: false });
    expect(detectIntent('what is the ADSync service account used for?').definition).toBe(true);
  });

  it('"what is the X account name" asks for a name, not what X is', () => {
    expect(detectIntent('what is the provisioning agent gmsa account name')).toMatchObject({ asksName: true, definition: false });
  });

  it('a keyword query ending in "name" asks for a name, one in "names" for the list of a kind; "retirement date" needs a date', () => {
    expect(detectIntent('provisioning agent gmsa name')).toMatchObject({ asksName: true, nameOf: 'gmsa' });
    expect(detectIntent('what is the name of the gMSA the agent creates?').nameOf).toBe('gmsa');
    expect(detectIntent('provisioning agent service names').asksName).toBe(false);
    expect(detectIntent('v1 retirement date').needs).toBe('date');
    expect(detectIntent('what is the sync interval').needs).toBe('frequency');
    expect(detectIntent('how do I change the sync interval?').needs).toBeUndefined();
  });

  it('an interval to change ("scheduler interval change") is asked how, not how long', () => {
    expect(detectIntent('adsync scheduler interval change').needs).toBeUndefined();
    expect(detectIntent('adsync scheduler interval').needs).toBe('frequency');
  });

  it('a single URL asked for is a link, not a list of endpoints', () => {
    expect(detectIntent('what is the url of the connect health portal').primary).not.toBe('endpoint');
  });

  it('"what kinds of X are there" asks for a list of them', () => {
    expect(detectIntent('what kinds of exchange holds are there').wantsList).toBe(true);
    expect(detectIntent('what is an exchange hold').wantsList).toBe(false);
  });

  it('"what does X do when …" asks what happens in a case: neither a date nor what X is', () => {
    const intent = detectIntent('what does the agent do when i hit confirm at the end of the wizard');
    expect(intent.needs).toBeUndefined();
    expect(intent.definition).toBe(false);
    expect(detectIntent('when does support for v1 end').needs).toBe('date');
    expect(detectIntent('what does the agent updater do').definition).toBe(true);
  });

  it('"params" in chat asks for parameters', () => {
    expect(detectIntent('set-widgetconfig params').primary).toBe('parameter');
  });

  it('"what do we get from X" asks what X is and does', () => {
    expect(detectIntent('what do we get from connect health').definition).toBe(true);
  });

  it('"while X is so, do Y …?" asks whether Y is so, as "if X, do Y?" does', () => {
    expect(detectIntent('while the error is there do other changes on that object still export').yesNo).toBe(true);
  });

  it('"what is the first thing to do …" asks for a step, not what something is', () => {
    expect(detectIntent('what is the first thing to do before migrating to cloud sync').definition).toBe(false);
    expect(detectIntent('what is the best way to move the widget').definition).toBe(false);
    expect(detectIntent('what is cloud sync').definition).toBe(true);
  });

  it('"what does X check / monitor" asks what X does, not how to check', () => {
    expect(detectIntent('what does the object sync troubleshooting task check').definition).toBe(true);
    expect(detectIntent('what does connect health for ad fs monitor').definition).toBe(true);
    expect(detectIntent('how do i check the agent version').definition).toBe(false);
    expect(detectIntent('what kinds of things does the health portal show').definition).toBe(true);
    expect(detectIntent('what does express install give me').definition).toBe(true);
  });

  it('a server\'s host name is no endpoint asked; hosts and host names to allow are', () => {
    expect(detectIntent('what must be true about the adfs server host name before installing the agent').primary).not.toBe('endpoint');
    expect(detectIntent('which hosts does the agent need').primary).toBe('endpoint');
    expect(detectIntent('what host names must be allowed').primary).toBe('endpoint');
  });

  it('"what % of …" asks for a share; "can two servers share …" does not', () => {
    expect(detectIntent('what % of installs use express').needs).toBe('share');
    expect(detectIntent('what percentage of installations are express').needs).toBe('share');
    expect(detectIntent('can two entra connect servers share one database').needs).toBeUndefined();
  });

  it('a yes/no question may follow the case it is about ("if all agents are down, do users …")', () => {
    expect(detectIntent('if all pta agents are down do users fall back to password hash sync').yesNo).toBe(true);
    expect(detectIntent('if a pta agent fails during sign-in does another agent take over').yesNo).toBe(true);
    expect(detectIntent('if i provision a nested group to ad do its members come along').yesNo).toBe(true);
    expect(detectIntent('if the agent is down what happens to sign-ins').yesNo).toBe(false);
  });

  it('"up to date" says current, not a date: no version is asked', () => {
    expect(detectIntent('health data not up to date alert what does it mean').kinds.version).toBeUndefined();
    expect(detectIntent('what is the retirement date of v1').kinds.version).toBeDefined();
  });

  it('an API\'s permission ("what graph permission do i need") is no role to hold; an account\'s permissions are', () => {
    expect(detectIntent('what graph permission do i need to update on-premises attributes').primary).not.toBe('role');
    expect(detectIntent('which application permissions does the app need').primary).not.toBe('role');
    expect(detectIntent('what permissions does the sync account need').primary).toBe('role');
  });

  it('"what does the X script do if …" asks what happens, "when should I use the X command" in which case: neither asks for the thing named', () => {
    expect(detectIntent('what does the sql connectivity script do if it cant find the server').primary).toBeUndefined();
    expect(detectIntent('which script tests the sql connectivity').primary).toBe('cmdlet');
    expect(detectIntent('when should i not use the manual registration command').primary).toBeUndefined();
    expect(detectIntent('which command registers the agent manually').primary).toBe('cmdlet');
  });

  it('"what does X let me view" asks what X is for, as "what does X show" does', () => {
    expect(detectIntent('what does the connect health portal let me view').definition).toBe(true);
    expect(detectIntent('what does the connect health portal show').definition).toBe(true);
  });

  it('a yes/no question may close a statement of the case ("our proxy does SSL inspection - will that cause problems?")', () => {
    expect(detectIntent('our proxy does ssl inspection - will that cause problems for the health agent').yesNo).toBe(true);
    expect(detectIntent('we run server core, is that supported').yesNo).toBe(true);
    expect(detectIntent('we run server core, which agent versions support it').yesNo).toBe(false);
  });

  it('"the gmsa the wizard creates called" asks the name of the gMSA, not of the clause\'s verb', () => {
    expect(detectIntent('whats the gmsa the wizard create called').nameOf).toBe('gmsa');
    expect(detectIntent('what is the gmsa called').nameOf).toBe('gmsa');
    expect(detectIntent('what will the auto-created gmsa be called').nameOf).toBe('gmsa');
  });

  it('"where is the … dashboard" asks its address; "where do I find … in the portal" asks the way there', () => {
    expect(detectIntent('where is the connect health dashboard').primary).toBe('url');
    expect(detectIntent('where do i find the cloud sync section in the old azure portal').primary).not.toBe('url');
  });

  it('"how large can … get" asks a size', () => {
    expect(detectIntent('how large can the localdb database get').needs).toBe('size');
    expect(detectIntent('how big is the health agent installer').needs).toBe('size');
  });

  it('"what do I run to …" asks for a command line; "where does X get installed" for a place', () => {
    expect(detectIntent('what do i run to install the provisioning agent for us government').kinds.cmdlet).toBeGreaterThanOrEqual(2.5);
    expect(detectIntent('where does the provisioning agent get installed').primary).toBe('file');
  });

  it('"switch" as a verb is not a parameter', () => {
    expect(detectIntent('how do I switch the active server to staging mode?').primary).not.toBe('parameter');
  });

  it('a question about a default says so, whatever kind it names', () => {
    expect(detectIntent('what is the default sync cycle interval').asksDefault).toBe(true);
    expect(detectIntent('what is the sync cycle interval').asksDefault).toBe(false);
  });

  it('a yes/no question is answered by whatever states the case', () => {
    const intent = detectIntent('can I install the agent on server core?');
    expect(intent.yesNo).toBe(true);
    expect(intent.primary).toBeUndefined();
  });

  it('a name asked is not a role asked: "what account name does the installer create"', () => {
    expect(detectIntent('what is the name of the gMSA the agent creates?').asksName).toBe(true);
    expect(detectIntent('what account name does the installer create?').kinds.role).toBeUndefined();
    expect(detectIntent('which account do I sign in with?').kinds.role).toBe(2.5);
  });

  it('a name asked outright: "what name does the wizard give …", "what gmsa name does it create"', () => {
    expect(detectIntent('what name does the wizard give the managed service account it creates').asksName).toBe(true);
    expect(detectIntent('what gmsa name does the cloud sync wizard create')).toMatchObject({ asksName: true, nameOf: 'gmsa' });
    expect(detectIntent('what does the wizard do with the name I type').asksName).toBe(false);
  });

  it('"what is X" asks for a definition; "what is X called" does not', () => {
    expect(detectIntent('what is a gMSA?').definition).toBe(true);
    expect(detectIntent('what does the connect health portal show').definition).toBe(true);
    expect(detectIntent('What does Seamless SSO do?').definition).toBe(true);
    expect(detectIntent('what is the installer called?').definition).toBe(false);
    expect(detectIntent('what is the maximum number of agents per tenant?').definition).toBe(false);
  });

  it('"how long" needs a duration, "how often" a duration or a frequency ("updated weekly")', () => {
    expect(detectIntent('how long does it take to enable seamless sso').needs).toBe('duration');
    expect(detectIntent('how often are password hashes synced').needs).toBe('frequency');
    expect(detectIntent('phs sync interval?').needs).toBe('frequency');
    expect(VALUE_PATTERNS.frequency.test('the Azure datacenter IP ranges, which are updated weekly')).toBe(true);
    expect(VALUE_PATTERNS.frequency.test('Every two minutes, the agent asks')).toBe(true);
    expect(VALUE_PATTERNS.duration.test('the Azure datacenter IP ranges, which are updated weekly')).toBe(false);
    expect(VALUE_PATTERNS.duration.test('start a free 30-day trial')).toBe(true);
    expect(VALUE_PATTERNS.duration.test('Every two minutes, the agent asks')).toBe(true);
    expect(VALUE_PATTERNS.duration.test('The Updater application pings Microsoft Entra every hour')).toBe(true);
    expect(VALUE_PATTERNS.duration.test('TCP port 443')).toBe(false);
  });

  it('a fix asked for is something to do ("md5 disabled fips agent fix")', () => {
    expect(detectIntent('md5 disabled fips provisioning agent fix').kinds.step).toBeGreaterThanOrEqual(1.5);
  });

  it('what goes in a file is something to do there ("what goes in the agent config file")', () => {
    expect(detectIntent('md5 is off - what goes in the agent config file').kinds.step).toBeGreaterThanOrEqual(1.5);
    expect(detectIntent('what do we put into the config file').kinds.step).toBeGreaterThanOrEqual(1.5);
    expect(detectIntent('what is in the config file').kinds.step ?? 0).toBeLessThan(1.5);
  });

  it('"why" asks why whether it opens the question or closes it ("users can\'t sign in with pta, why?")', () => {
    expect(detectIntent('why can users not sign in with pta').questionWord).toBe('why');
    expect(detectIntent("users can't sign in with pta, why?").questionWord).toBe('why');
    expect(detectIntent('why-not questions in the pta faq').questionWord).toBe('why');
    expect(detectIntent('pta sign-in fails for whyte.example users').questionWord).toBeUndefined();
  });

  it('"is … running" asks what its Windows services say', () => {
    expect(detectIntent('How do I check the health agent is running?').primary).toBe('service');
  });

  it('a domain controller or a domain admin is no endpoint', () => {
    expect(detectIntent('can entra connect run on a domain controller').kinds.endpoint).toBeUndefined();
    expect(detectIntent('which domains do I allow on the firewall').kinds.endpoint).toBe(3);
  });

  it('"how many" needs a number', () => {
    expect(detectIntent('how many users can entra connect sync for free').needs).toBe('count');
    expect(VALUE_PATTERNS.count.test('Unlimited number of objects per AD domain')).toBe(true);
    expect(VALUE_PATTERNS.date.test('TCP port 5671')).toBe(false);
    expect(VALUE_PATTERNS.date.test('retired on August 31, 2022')).toBe(true);
    expect(VALUE_PATTERNS.price.test('Using this feature is free')).toBe(true);
    expect(VALUE_PATTERNS.price.test('Start a free 30-day trial')).toBe(false);
    expect(VALUE_PATTERNS.price.test('Azure free trial: https://azure.microsoft.com/pricing/free-trial/')).toBe(false);
  });

  it('"only once" and "twice" say how many times; "once" opening a clause does not', () => {
    expect(VALUE_PATTERNS.count.test('Run this script only once.')).toBe(true);
    expect(VALUE_PATTERNS.count.test('Run it twice.')).toBe(true);
    expect(VALUE_PATTERNS.count.test('Once the install completes, sign in.')).toBe(false);
  });

  it('a duration written in words holds one ("for seven days", "every thirty minutes")', () => {
    expect(VALUE_PATTERNS.duration.test('stores the results of password hash synchronization attempts for seven days')).toBe(true);
    expect(VALUE_PATTERNS.duration.test('every thirty minutes')).toBe(true);
    expect(VALUE_PATTERNS.duration.test('seven attempts')).toBe(false);
  });

  it('a price or a hardware size is a value the facts must hold', () => {
    expect(detectIntent('how much does P1 cost per user').needs).toBe('price');
    expect(detectIntent('how much RAM does the server need').needs).toBe('size');
    expect(detectIntent('how much disk space is needed').needs).toBe('size');
    expect(detectIntent('is blob storage needed for the health agent').needs).toBeUndefined();
  });

  it('a size the question states is not one it asks for, and "4-GB RAM" holds a size', () => {
    expect(detectIntent('how many GB does the sync database take').needs).toBe('size');
    expect(detectIntent('what happens when LocalDB hits 10 GB?').needs).toBeUndefined();
    expect(VALUE_PATTERNS.size.test('a minimum of 4-GB RAM')).toBe(true);
  });
});

import type { Fact } from '../fact.js';
import { terms } from '../search/tokenize.js';
import { definesAsked } from './definedTerms.js';
import { holdsValue, saidBy } from './intent.js';
import { countedIn, holdsCountIn } from './numbers.js';
import { oncePer } from './oncePer.js';
import { columnTerms } from './rowKey.js';
import type { Understanding } from './understand.js';

/** A fact from an older version of an article counts for little when its newer version is loaded. */
const SUPERSEDED = 0.25;
const NONE: ReadonlySet<string> = new Set();
/** A fact of an article with one version, when an older version of some article is asked. */
const UNVERSIONED = 0.5;
/** A name asked and not spelt: "the Group Managed Service Account created during installation" names none. */
const NAMES_NONE = 0.7;
/** Facts that are a name themselves: a service ("Microsoft Azure AD Connect Agent Updater"). */
const NAMED_KINDS: ReadonlySet<string> = new Set(['service']);

/**
 * How well a fact fits what is asked, beyond the words it shares with the question: its kind, the
 * headings above it, the value or name it holds, the product it is about, the article's version.
 */
export function fitOf(fact: Fact, u: Understanding, headingSimilarity: number, coverage: number, common: Map<string, unknown>, newerFiles: ReadonlySet<string> = NONE): number {
  let fit = 1;
  const asked = askedOf(u);
  // "Who can delete a server?" is answered by whatever names the role, in whichever kind of fact.
  const namesRole = u.intent.primary === 'role' && fact.kind !== 'role' && ROLE_WORDS.test(fact.text);
  // "What adminDescription value excludes …?" is answered by the table row whose column is that value.
  const holdsColumn = !!u.intent.primary && holdsAskedColumn(fact, u);
  // A passage saying how to do a thing ("To disable the scheduler, run `Set-ADSyncScheduler …`") is a one-step procedure.
  // A release note under its version's heading ("1.5.643.0 > New features: Set TLS 1.2 as the default protocol") says which version did it.
  // A sentence naming a registry key ("[HKEY_LOCAL_MACHINE\…\.NETFramework\v4.0.30319]", "change HKLM\…\AzureInstance to 4") is a setting
  // asked for — not the answer to when, why or how one is needed ("when is the AzureInstance setting no longer needed").
  const kind = fact.kind === 'passage' && (u.intent.kinds.step ?? 0) >= 1.5 && INSTRUCTION.test(fact.text) ? 'step'
    : fact.kind === 'passage' && u.intent.primary === 'version' && versionHeadingOf(fact) ? 'version'
    // "The minimum required version to manage … is v1.5.2." says a version, as a version fact does.
    : (fact.kind === 'note' || fact.kind === 'passage') && u.intent.primary === 'version' && VERSION_NUMBER.test(fact.text) ? 'version'
    : asked.setting && REGISTRY_KEY.test(fact.text) ? 'config' : fact.kind;
  const wanted = Math.max(u.intent.kinds[kind] ?? 0, namesRole || holdsColumn ? u.intent.primaryWeight : 0);
  // A command only named ("Get-MgDirectoryObjectAvailableExtensionProperty") or a parameter only seen in an example
  // ("-Replace of Set-ADUser") says nothing but its name: whatever kind is asked, it answers only a question naming it.
  if (onlyNamed(fact) && !namedIn(fact, u)) fit *= 0.5;
  // One short sentence states a case as plainly as a note does: "Pass-through Authentication isn't integrated with …".
  // A passage naming the role asked counts as one ("The user that's running the installation wizard … Enterprise Admin").
  else if (kind === 'passage' && !holdsColumn) fit *= (u.intent.definition && !POINTS_ELSEWHERE.test(fact.text) ? 1.6 : u.intent.yesNo && statesOneThingOnce(fact) ? 1 + 0.3 * (u.intent.kinds.note ?? 0) : 0.8) * (1 + 0.3 * wanted);
  // A parameter is one word of a command, a file one name: each answers a question about values, switches or
  // files, not one that merely shares the words of its sentence.
  else if ((fact.kind === 'parameter' || fact.kind === 'file' || fact.kind === 'url') && !wanted) fit *= 0.8;
  else fit *= 1 + 0.3 * wanted;
  // A section whose heading says what the question asks ("What is … Connect Health?", "Verify the agent version"):
  // for definitions and procedures, the heading is the best evidence there is.
  const procedure = kind === 'step' && (u.intent.kinds.step ?? 0) >= 1.5;
  // A FAQ answer is chosen by how closely its question is the one asked; one asking something else
  // ("best practices from the field" for "best practices to avoid install issues") is lifted by nothing.
  // A list asked for ("what are the requirements for …") is the list whose heading names it.
  const list = u.intent.wantsList && u.intent.primaryWeight >= 3 && fact.kind === u.intent.primary;
  const strong = u.intent.definition || procedure || list || (fact.kind === 'faq' && headingSimilarity >= 0.25);
  // A heading that says most of the question speaks for any fact under it, whatever its kind.
  // (Not a heading naming only the case a "what do I do once … is installed" question gives: that is doing it, not what follows.)
  const outcome = statesOutcomeOf(fact, u);
  const heading = outcome === false && caseAsked(u).length > 0 ? headingSimilarity / 2 : headingSimilarity;
  fit *= 1 + (strong ? 3 * coverage : 0.5 + heading) * heading;
  // A FAQ answer's long text mentions much; only a question close to the one asked makes it the answer.
  if (fact.kind === 'faq') fit *= 0.4 + headingSimilarity;
  // "Why use Microsoft Entra Connect?" is answered under the heading that asks the same.
  // "How …" and "What …" head too many sections to tell anything.
  const asks = u.intent.questionWord === 'how' || u.intent.questionWord === 'what' ? undefined : u.intent.questionWord;
  if (asks && innermostHeading(fact).startsWith(asks)) fit *= 1.5;
  // "When should I use custom settings?" asks for a case, which a sentence states with "when" or "if".
  if (asks === 'when' && !u.intent.needs && CASE.test(fact.text)) fit *= 1.3;
  // "Where does the agent's exe live?" is answered by the file whose folder the docs give.
  if (asks === 'where' && fact.kind === 'file' && fact.path) fit *= 1.3;
  // "Where is the agent's certificate kept?" is answered by the sentence saying where it is stored.
  if (asks === 'where' && PLACE_SAID.test(fact.text)) fit *= 1.3;
  // "Why is there a cloud attribute?" asks for a reason or purpose, which a sentence states with "because" or "to allow";
  // "why do users get an invalid password error?" a cause: "This can happen when …", "due to …".
  if (asks === 'why' && REASON.test(fact.text)) fit *= 1.3;
  // … which a step of a procedure, or a command, says only in passing: it says what to do, so it fits no better than a passage.
  if (asks === 'why' && DOING_KINDS.has(fact.kind)) fit *= 0.8;
  // "Can I add more counters?" is answered by a sentence saying what you can do ("you can include others by …").
  if (asked.can && SAYS_YOU_CAN.test(fact.text)) fit *= 1.2;
  // "Which Windows edition can't run the agent?" is answered by a sentence saying what isn't so ("Server Core doesn't
  // support installing …"), not by one that only shares its words ("Windows services to look for …").
  // (Not the symptom a "why … not" question reports: its answer is a cause.)
  if (asked.negation && NEGATION_SAID.test(saidBy(fact))) fit *= NEGATED;
  // "What is a run profile?" is answered by the glossary entry "Run profiles - Bundles the process steps …", as by its heading.
  if (u.intent.definition && u.intent.questionWord !== 'why' && definesAsked(fact, u)) fit *= 2;
  // "What happens when Seamless SSO fails?" is answered by a sentence saying what follows "if it fails"; "what do I
  // do after installing the agent?" by the one opening "After you've installed the agent, …".
  // A sentence opening with the case ("After installation you should verify …") is about what follows it, more surely than one
  // naming the case in passing — and more than a heading naming the thing the case is of ("Install Microsoft Entra Connect").
  if (outcome) fit *= outcome === 'opens' ? 1.6 : 1.3;
  // A date, a duration, a frequency or a share ("90%") asked is rare in a fact: one that holds it is very likely the answer.
  if ((u.intent.needs === 'date' || u.intent.needs === 'duration' || u.intent.needs === 'frequency' || u.intent.needs === 'share') && holdsValue(fact, u.intent.needs)) fit *= 1.8;
  // "How many authentication agents …?" is answered by a number of them ("a minimum of 3 Authentication
  // Agents"), not by any number ("Windows Server 2016").
  if (u.intent.needs === 'count' && countsAsked(fact, u)) fit *= 1.8;
  // "What kinds of holds are there?" is answered by the sentence that counts them: "There are two types of holds: …";
  // "which attributes are used to match users?" by "There are three attributes used for this process: …".
  if (u.intent.wantsList && !u.intent.primary && (enumerates(fact) || countsAsked(fact, u))) fit *= 1.2;
  if (u.intent.asksName) fit *= spellsNameOf(fact, u, common) ? (u.intent.nameOf ? 2 : 1.5) : NAMED_KINDS.has(fact.kind) ? 1 : NAMES_NONE;
  // "How much memory for 200,000 objects?" is answered by the row for 100,000–300,000.
  if (holdsCountIn(fact.text, u.counts)) fit *= 2;
  if (u.intent.asksDefault) fit *= statesDefault(fact) ? 1.3 : fact.kind === 'parameter' || fact.kind === 'config' ? 0.4 : 1;
  fit *= replacementFit(fact, u);
  // "What happens if the suffix is verified?" is not answered by "If the suffix isn't verified, …": the case the
  // question gives must be the case the sentence opens with, or its opposite is.
  if (asked.caseNegated !== undefined) {
    const opening = OPENING_CASE.exec(fact.text)?.[1];
    if (opening !== undefined && NEGATION_SAID.test(opening) !== asked.caseNegated) fit *= OTHER_CASE;
  }
  // "What did the 2020 article say?" asks the older version itself.
  if (fact.supersededBy) fit *= asksThisVersion(fact, u) ? 1.2 : SUPERSEDED;
  // An article with no older version loaded is not "the 2020 doc" either, though less surely than the newer version.
  else if (u.olderArticle) fit *= newerFiles.has(fact.source.file) ? SUPERSEDED : UNVERSIONED;
  if (u.component && fact.component) fit *= fact.component === u.component ? 1.3 : 0.85;
  if (u.environment && fact.kind === 'endpoint') fit *= environmentOf(fact, u.environment) === u.environment ? 1.5 : 0.3;
  return fit;
}

/** A fact's innermost heading in lower case, read once per fact: "why …" questions test it for every candidate. */
const innermostHeading = oncePer((fact: Fact) => fact.source.section.split(' > ').pop()!.toLowerCase());

/** What a question asks that fits every fact alike, read once per question: each fact is fitted to it. */
interface Asked {
  /** "Can I …?" */
  can: boolean;
  /** "Which edition can't run the agent?" (not "why … not", which reports a symptom). */
  negation: boolean;
  /** "What registry value …": a setting itself, not when, why or how one is needed. */
  setting: boolean;
  /** "… if the suffix is verified" (false), "… if it isn't" (true): whether the case the question gives is negated. */
  caseNegated?: boolean;
  /** The question in lower case, for the names it says. */
  lowered: string;
}
const askedCache = new WeakMap<Understanding, Asked>();
function askedOf(u: Understanding): Asked {
  let asked = askedCache.get(u);
  if (!asked) {
    asked = {
      can: u.intent.yesNo && CAN_ASKED.test(u.canonical),
      negation: u.intent.questionWord !== 'why' && NEGATION_ASKED.test(u.question),
      setting: u.intent.primary === 'config' && !['when', 'why', 'how'].includes(u.intent.questionWord ?? ''),
      caseNegated: caseOf(u.question),
      lowered: u.question.toLowerCase(),
    };
    askedCache.set(u, asked);
  }
  return asked;
}

/** Whether the question asks the older article this fact is of: any older one, or the one of the year it names. */
function asksThisVersion(fact: Fact, u: Understanding): boolean {
  return u.olderArticle === true || (!!u.olderArticle && !!fact.source.date?.startsWith(u.olderArticle));
}

/**
 * "What replaces Entra Connect?" is answered by what says "… replaces Microsoft Entra Connect", not by
 * "Microsoft Entra Connect replaces older tools": the thing asked about stands after the verb.
 */
function replacementFit(fact: Fact, u: Understanding): number {
  const replaced = u.replaced?.toLowerCase();
  if (!replaced) return 1;
  const text = fact.text.toLowerCase();
  const verb = text.search(/\breplac(es|ed)\b/);
  if (verb < 0) return 1;
  const at = text.indexOf(replaced);
  return at < 0 ? 1 : at > verb ? 1.5 : 0.4;
}

/** An endpoint's environment: its table row's, or the one its headings name ("… for the Azure Government cloud"). */
function environmentOf(fact: Fact & { kind: 'endpoint' }, asked: string): string | undefined {
  if (fact.environment) return fact.environment;
  const headings = `${fact.source.title} > ${fact.source.section}`.toLowerCase();
  return headings.includes(asked.toLowerCase()) ? asked : undefined;
}

/** A name as a system spells it: `CONTOSO\\provAgentgMSA$`, `AADConnectProvisioningAgent` — not a command's noun (`Add-AADCloudSyncGMSA`). */
const SPELT_NAME = /(?<![\w\\-])[\w\\]*(?:\w\\\w|\w\$(?!\w)|\b[a-z]{3,}[A-Z]|\b[A-Z]{2,}[a-z]+[A-Z])[\w\\$]*/g;

/** A thing named in so many words: "a computer account named AZUREADSSOACC" (the words before "named", then the name). */
const NAMES_IT = /((?:[\w-]+\s+){1,4})(?:named|called)\s+["'`“]?[A-Za-z][\w$\\.-]*/g;

/** "What is the gMSA called?" is answered by a fact spelling a name that says what was asked: `provAgentgMSA$`. */
export function spellsNameOf(fact: Fact, u: Understanding, common: Map<string, unknown>): boolean {
  const { names, namedAs } = namesIn(fact);
  // "Seamless SSO creates a computer account named AZUREADSSOACC": the sentence names it, however it is spelt.
  if (namedAs.some((said) => said.some((t) => u.terms.includes(t) && !common.has(t)))) return true;
  if (!names.length) return false;
  // "The gMSA name": a name of the gMSA, not any name the question's words are in.
  const of = u.intent.nameOf?.toLowerCase();
  if (of) return names.some((name) => name.toLowerCase().includes(of));
  // A telling word of the question, not one every name holds ("agent").
  return names.some((name) => u.terms.some((t) => t.length >= 4 && !common.has(t) && name.toLowerCase().includes(t)));
}

/** The names a fact spells, and the terms of what it says is named so, read once per fact: name questions test every candidate. */
const namesIn = oncePer((fact: Fact) => ({ names: fact.text.match(SPELT_NAME) ?? [], namedAs: [...fact.text.matchAll(NAMES_IT)].map((m) => terms(m[1]!)) }));

/** A table row with a column (not its first, the row's key) whose header the question says whole. */
function holdsAskedColumn(fact: Fact, u: Understanding): boolean {
  return columnTerms(fact).some((said) => said.every((t) => u.terms.includes(t)));
}

const STATED_DEFAULT = /\bthe default (?:[\w-]+ ){1,3}(?:is|are)\b/i;
const ENUMERATES = /\b(?:two|three|four|five|six|several|\d) (?:types|kinds|ways|options|methods)\b/i;
/** Whether a fact says how many kinds of a thing there are ("three types of …"): read once per fact, as list questions test every candidate. */
const enumerates = oncePer((fact: Fact) => ENUMERATES.test(fact.text));

/** Whether a fact gives a number of something the question names ("a minimum of 3 Authentication Agents"). */
function countsAsked(fact: Fact, u: Understanding): boolean {
  return countedBy(fact).some((t) => u.counted.includes(t));
}
/** What a fact gives numbers of, read once per fact: count and list questions test every candidate. */
const countedBy = oncePer((fact: Fact) => countedIn(fact.text));
/** A fact that says nothing but a name: a command without its purpose, a parameter without meaning, default or values. */
export function onlyNamed(fact: Fact): boolean {
  if (fact.kind === 'cmdlet') return !fact.purpose;
  return fact.kind === 'parameter' && !fact.meaning && !fact.default && !fact.allowedValues.length;
}

/** The release a note stands under, as a release history's notes do ("1.5.1007.0 > New features and improvements" → 1.5.1007.0). */
export function versionHeadingOf(fact: Fact): string | undefined {
  return fact.source.section.split(' > ').map((heading) => heading.trim()).find((heading) => VERSION_HEADING.test(heading));
}
const VERSION_HEADING = /^v?\d+(?:\.\d+){2,3}$/i;

/** Whether the question says the fact's name: the command as written, each word of the parameter's (or a synonym's). */
function namedIn(fact: Fact, u: Understanding): boolean {
  if (fact.kind === 'cmdlet') return askedOf(u).lowered.includes(nameTermsOf(fact).lowered);
  return fact.kind === 'parameter' && nameTermsOf(fact).terms.every((t) => u.terms.includes(t));
}

/** A command's or parameter's name in lower case and as terms, read once per fact: every candidate of a question is tested. */
const nameTermsOf = oncePer((fact: Fact) => {
  const name = fact.kind === 'cmdlet' || fact.kind === 'parameter' ? fact.name : '';
  return { lowered: name.toLowerCase(), terms: terms(name) };
});

/** `statesOneThing` of a fact's text, read once per fact: yes/no questions test every candidate. */
const statesOneThingOnce = oncePer((fact: Fact) => statesOneThing(fact.text));

/**
 * One sentence stating a case ("Pass-through Authentication isn't integrated with …"), not one telling what to do
 * ("Check whether …"), pointing elsewhere ("For information about …, see …") or introducing what follows ("… do the following:").
 */
function statesOneThing(text: string): boolean {
  // (A pointer after it says where to read on, not a second thing: "… before it will start synchronizing users. To configure a new agent, see …")
  text = text.replace(TRAILING_POINTER, '');
  if (isOneSentence(text)) return !IMPERATIVE.test(text) && !POINTS_ELSEWHERE.test(text) && !text.trimEnd().endsWith(':');
  // A sentence saying what isn't supported, and what follows from it: "On-demand provisioning doesn't support deleting
  // groups … Those groups don't appear when you search for a group." The first sentence is the statement; the rest explains it.
  // (Not what is: "ADFS can be configured to support multiple domains. For example …" goes on to say more.)
  const first = FIRST_SENTENCE.exec(text)?.[0] ?? '';
  return isOneSentence(first) && SUPPORT_SAID.test(first) && !IMPERATIVE.test(first);
}
const FIRST_SENTENCE = /^.*?[.!?](?=\s+\S)/;
/** "… doesn't support …", "… isn't supported …", "… is not supported …". */
const SUPPORT_SAID = /\b(?:(?:doesn't|does not|don't|do not|isn't|is not|aren't|are not|not|never) (?:be )?support(?:s|ed)?|unsupported)\b/i;

/** The words that send a reader to another page: "For more information, see …", "Learn more …". */
const POINTER = String.raw`(?:for (?:more )?information|to learn more|learn more|see|for details)\b`;
/** "For information on installing …, see …" points to another page: it defines nothing. */
export const POINTS_ELSEWHERE = new RegExp(`^${POINTER}`, 'i');
/** A last sentence sending the reader elsewhere: "To configure a new agent, see …", "For more information, see …". */
const TRAILING_POINTER = new RegExp(String.raw`(?<=[.!?])\s+(?:To [^.]{3,80}, see\b|${POINTER})[^.]*\.?\s*$`, 'i');
/** Verbs a sentence telling what to do opens with. */
export const IMPERATIVE_VERBS = String.raw`(?:check|select|click|run|open|go|make sure|ensure|verify|use|install|enter|type|add|remove|set|configure|create|review|sign in|navigate|choose|download|confirm|find|search|look|restart|start|stop|update|upgrade|follow|refer|read|see|replace|change|delete)`;
/** "Check whether the object is in a dynamic distribution group …" tells what to do, not whether it is so. */
const IMPERATIVE = new RegExp(String.raw`^${IMPERATIVE_VERBS}\b`, 'i');
const REASON = /\b(?:because|due to|caused by|results? from|(?:can|may|might|will) (?:happen|occur)|(?:happens|occurs) (?:when|if)|(?:required|needed|used) for|so that|so (?:you|we|it|they) can|(?:this|that) way|in order to|to allow|to ensure|to prevent|to avoid|to protect|the reason|reasons?)\b/i;
const VERSION_NUMBER = /\bv?\d+\.\d+\.\d+(?:\.\d+)?\b/;
const REGISTRY_KEY = /\bHK(?:EY_LOCAL_MACHINE|EY_CURRENT_USER|LM|CU)\b/;
const PLACE_SAID = /\b(?:stored|located|kept|saved|resides?|lives?|installed|presented|shown|displayed|listed|visible)\s+(?:in|on|at|under|inside)\b/i;
const CASE = /\b(?:when|if|whenever)\b/i;
/** The case a question gives after "if" or "when", up to its end or the next clause. */
const CASE_ASKED = /\b(?:if|when|whenever|once)\s+([^,;?]+)/i;
/** The case a sentence opens with: "If the suffix isn't verified with the tenant, then …". */
const OPENING_CASE = /^(?:if|when|whenever|in case)\b([^,;]*?)(?:,|\bthen\b)/i;
/** A sentence opening with the opposite case fits far less: it says what happens otherwise. */
const OTHER_CASE = 0.6;

function caseOf(question: string): boolean | undefined {
  const clause = CASE_ASKED.exec(question)?.[1];
  // ("if I enable sync without backporting" is the case "if you don't backport".)
  return clause === undefined ? undefined : NEGATION_SAID.test(clause) || /\bwithout\b/i.test(clause);
}
const NEGATION_ASKED = /\b(?:can'?t|cannot|can not|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|not|no longer|never|unsupported)\b/i;
const NEGATION_SAID = /\b(?:not|cannot|no longer|never|unsupported)\b|n't\b/i;
const NEGATED = 1.3;
/** Facts saying what to do or run: no reason why. */
const DOING_KINDS = new Set<Fact['kind']>(['step', 'cmdlet', 'parameter']);
const CAN_ASKED = /^(?:can|could)\s+(?:i|we|you|users?|admins?)\b/i;
const SAYS_YOU_CAN = /\b(?:you|users?|admins?|administrators?)\s+can\b|\bcan be\b/i;
const OUTCOME_ASKED = /\bwhat (?:happens|will happen|would happen|occurs|(?:do|does|should|must|can) (?:i|we|you|it|they) do|(?:is|comes) next)\b.*?\b(?:if|when|whenever|once|after)\b(.+)$/i;
const CONDITION = /\b(?:if|when|whenever|once|after)\b([^.;:,]{1,80})/gi;
const conditionCache = new WeakMap<Understanding, string[]>();
/** Prose that can say what follows a case; a parameter's "if …" says when a value holds, not what happens. */
const OUTCOME_KINDS = new Set<Fact['kind']>(['passage', 'note', 'faq', 'step', 'requirement', 'config']);

/**
 * Whether a fact says what follows the case a "what happens if …" question gives: a condition of its own saying part of it,
 * 'opens' when the sentence opens with it.
 */
function statesOutcomeOf(fact: Fact, u: Understanding): 'opens' | 'within' | false {
  const asked = caseAsked(u);
  if (!asked.length || !OUTCOME_KINDS.has(fact.kind)) return false;
  let says: 'opens' | 'within' | false = false;
  for (const condition of conditionsIn(fact)) {
    if (!condition.terms.some((t) => asked.includes(t))) continue;
    if (condition.opens) return 'opens';
    says = 'within';
  }
  return says;
}

/** The conditions a fact states ("If the agent can't reach …"), by their terms, and whether its text opens with one: read once per fact. */
const conditionsIn = oncePer((fact: Fact) => [...fact.text.matchAll(CONDITION)].map((m) => ({ terms: terms(m[1]!), opens: m.index === 0 })));

/** The words of the case a "what happens if …" question gives, but the product it names. */
function caseAsked(u: Understanding): string[] {
  let asked = conditionCache.get(u);
  if (!asked) {
    const m = OUTCOME_ASKED.exec(u.canonical);
    // What the case says of its subject ("fails"), not the product it names: that is in every sentence about it.
    const named = new Set(u.concepts.filter((c) => c.component).flatMap((c) => c.alternatives.flat()));
    // The case's own words, though the vocabulary reads the question otherwise ("after installing" asks how to verify).
    asked = m ? terms(m[1]!).filter((t) => !named.has(t)) : [];
    conditionCache.set(u, asked);
  }
  return asked;
}
const INSTRUCTION = /^(?:To|If|When) [^,.]{3,80}, (?:run|use|execute|enter|type|open|go to|select|sign in|click|navigate|trigger|restart)\b/i;
const ROLE_WORDS = /\b(administrators?|admins?|role|contributor|owner)\b/i;

function isOneSentence(text: string): boolean {
  return text.length <= 160 && !/[.!?]\s+\S/.test(text.trim());
}

/** A parameter or setting with its default, or a sentence that says what happens by default. */
function statesDefault(fact: Fact): boolean {
  if ((fact.kind === 'parameter' || fact.kind === 'config') && fact.default) return true;
  // "By default it allows 500 deletes", "the default UPN suffix is the DNS where …".
  return /\bdefaults?\b/i.test(fact.text) && (/\d|\$(true|false)|\b(enabled|disabled|on|off)\b/i.test(fact.text) || STATED_DEFAULT.test(fact.text));
}

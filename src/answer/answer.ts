import type { Fact } from '../fact.js';
import type { FactIndex } from '../search/factIndex.js';
import type { Searchable } from '../search/loadSearchable.js';
import { processTerm, terms, tokenizeWords } from '../search/tokenize.js';
import type { Answer } from './answerTypes.js';
import { componentFacts } from './candidates.js';
import { definesAsked } from './definedTerms.js';
import { CASE_OPENING, holdsAsked, leadOf, nearTie, olderVersionNotes, QUESTION_WORD, select, type Selection } from './compose.js';
import { renderAnswerText } from './renderText.js';
import { retrieve, type Hit } from './retrieve.js';
import { rowKey } from './rowKey.js';
import { speaksOf } from './speaksOf.js';
import { suggestFollowUps, suggestTopics } from './suggest.js';
import { asksHowTo, holdsValue } from './intent.js';
import { POINTS_ELSEWHERE, spellsNameOf } from './fit.js';
import { understand, type Concept, type Understanding } from './understand.js';

/** How many ranked facts an answer is chosen from. */
const HITS = 40;

/** Below this confidence the engine abstains: it says the docs don't cover the question. */
export const ANSWER_THRESHOLD = 0.5;
/** The share of a question (not a how-to) a sentence must say to answer it, whatever its headings say. */
const SAYS_MOST = 0.78;
/** Longer than this, a fact is a paragraph whose many words say a little of most questions. */
const ONE_SENTENCE = 300;
/** How alike a FAQ entry's question and the one asked must be for the entry to answer it as it stands. */
const FAQ_ASKED_AS_IS = 0.6;
/** A best fact scoring this many times the next one (of another sentence) stands out: it answers, whatever its headings say. */
const DOMINANT = 3;
/** … twice will do for a question asking no "what" or "which" (yes or no, or a topic), of a sentence or two. */
const TOPIC_DOMINANT = 2;
/** Facts at most holding a word for them to be the docs' few sentences on one thing ("splash screen", "netsh"), and
 * at most this share of all (in an article or two, every word is in few facts)… */
const RARE = 8;
const RARE_SHARE = 0.025;
/** … which answer when the best of them scores twice the best of any other section. */
const SECTION_DOMINANT = 2;

/** The one answer engine every surface calls: a question in, cited facts or an honest "not in the docs" out. */
export function answer(question: string, searchable: Searchable): Answer {
  const u = understand(question, searchable.index, searchable.vocabulary);
  // A question about one product is answered from what is said about it: "Can I install the
  // provisioning agent on Server Core?" is not answered by what the Connect Health docs say.
  // A component no doc is about (AD FS, with only the Connect Health docs loaded) is spoken of in others' docs alone.
  const owned = u.component !== undefined && u.componentFamily.some((c) => componentFacts(searchable.index, c).ids.length > 0);
  // (Filtered from all the ranked candidates, not the best few: those may all be another product's, "outbound
  // connectivity" being said mostly of Connect Health.)
  const hits = owned
    ? retrieve(u, searchable.index, Infinity).filter((h) => speaksOf(h.fact, u.componentFamily, searchable.vocabulary)).slice(0, HITS)
    : retrieve(u, searchable.index, HITS);
  // "Can you reset my password?" asks for something done, not for what the docs say.
  if (u.intent.request) return abstain(u, hits, 0);
  const selection = select(u, hits, factsOfFile(searchable));
  // (An answer led elsewhere — a known issue's workaround — is as sure as the fact the question found.)
  const judged = selection?.foundBy ? { ...selection, anchor: selection.foundBy, facts: [selection.foundBy] } : selection;
  const confidence = judged ? confidenceOf(u, hits, judged, searchable.index) : 0;
  if (!selection || confidence < ANSWER_THRESHOLD) return abstain(u, hits, confidence);

  const tie = nearTie(hits, selection);
  const answerBody = {
    question: u.question,
    answered: true,
    confidence: round(confidence),
    lead: leadOf(selection, u),
    facts: tie ? [...selection.facts, tie] : selection.facts,
    ...(tie ? { nearTie: tie } : {}),
    olderVersions: olderVersionNotes(selection, searchable.knowledge.conflicts, selection.facts),
    suggestions: suggestFollowUps(selection, u, searchable),
  };
  return { ...answerBody, text: renderAnswerText(answerBody, selection.more, selection.anchor) };
}

function abstain(u: Understanding, hits: Hit[], confidence: number): Answer {
  const body = {
    question: u.question,
    answered: false,
    confidence: round(confidence),
    lead: u.question ? "The docs I have don't cover that." : 'Ask me a question about the docs.',
    facts: [],
    olderVersions: [],
    suggestions: suggestTopics(hits),
  };
  return { ...body, text: renderAnswerText(body, 0) };
}

/**
 * How sure we are, 0..1: the share of the question's terms the selected facts cover, lowered
 * for words the docs never use and for a kind of fact other than the one asked for; zero when
 * the question needs a value (a price, a size) the facts don't hold.
 */
function confidenceOf(u: Understanding, hits: Hit[], selection: Selection, index: FactIndex): number {
  if (u.concepts.length === 0) return 0;
  // A procedure or command covers what its own section says ("To verify the version of the agent running, follow these steps").
  const sameSection = hits.filter((h) => h.fact.source.file === selection.anchor.source.file && h.fact.source.section === selection.anchor.source.section);
  const anchorHit = hits.find((h) => h.fact === selection.anchor);
  let confidence = Math.max(anchorHit?.coverage ?? 0, ...sameSection.map((h) => h.coverage * (h.fact.kind === 'passage' ? 0.95 : 1)));
  // "How do I install Exchange Server 2019?" is not answered by a fact that never says Exchange: a
  // name the question gives must stand in the answer's section; a name the docs never use at all
  // means the question is about something else.
  const stated = new Set(sameSection.flatMap((h) => h.matched));
  const unstated = u.names.filter((name) => {
    const concept = u.concepts.find((c) => c.alternatives.some((a) => a.includes(name)));
    return concept && !stated.has(concept.alternatives[0]![0]!);
  });
  if (unstated.length || u.unknownNames.length) confidence = Math.min(confidence, 0.45);
  // "Minimum OS for the agent" is not answered by "at least a Hybrid Identity Administrator": what is bounded must be said.
  if (u.bounded && !stated.has(u.bounded)) confidence = Math.min(confidence, 0.45);
  // … and so must what it is a bound of: "maximum length of a UPN" is not answered by the scoping filter's length.
  if (u.boundOf && !stated.has(u.boundOf)) confidence = Math.min(confidence, 0.45);
  // "How do I delete a security group?" is not answered by a procedure deleting something else: what it acts on must be
  // said, and by one fact with the action ("renew … the trust" beside "the TLS certificate of the web server" renews no certificate).
  if (u.acted && !sameSection.some((h) => u.acted!.every((k) => h.matched.includes(k)))) confidence = Math.min(confidence, 0.45);
  // An answer whose words are all there but whose headings say nothing of the question, and that
  // doesn't say all of it either, is most likely about something else ("conditional access" in a
  // paragraph on device writeback): not sure enough to answer.
  // (Facts of the anchor's kind: a note joined to a passage answer is no sign the passage's headings say anything.)
  const headed = Math.max(0, ...hits.filter((h) => selection.facts.includes(h.fact) && h.fact.kind === selection.anchor.kind).map((h) => h.headingSimilarity));
  // A question of one word ("the meaning of life") is covered by any sentence that holds it: only
  // a heading saying it makes that an answer — unless the word is a product, which facts are attributed to.
  const oneWord = u.concepts.length === 1 && !u.concepts[0]!.component;
  // A duration, frequency or date asked and held by the sentence that says most of the question is that sentence's point;
  // so is a number of the thing asked ("500 deletes" for "how many … delete").
  const needs = u.intent.needs;
  const holdsNeeded = ((needs === 'duration' || needs === 'frequency' || needs === 'date') && holdsAsked(selection.anchor, u)) || (needs === 'count' && selection.facts.some((f) => holdsAsked(f, u)));
  // "Does Connect Health work for AD DS in China?" is answered by the note that says where it isn't available: a
  // callout stating what is or isn't supported is the point of whatever section it stands in.
  const statesSupport = u.intent.yesNo && selection.anchor.kind === 'note' && SUPPORT_STATEMENT.test(selection.anchor.text);
  // A sentence saying four in five of a long question ("rid pool issue duplicate sid conflict") says it, not by chance.
  const saysLongQuestion = wordsAskedAbout(u) >= 5 && confidence >= 0.8;
  // "Per the 2020 doc, which screen lists the agents?" names the article: its step is what is asked, whatever its heading says.
  const inArticleNamed = !!u.olderArticle && !!selection.anchor.supersededBy;
  // "How do I force a delta sync?" answered by "Start-ADSyncSyncCycle -PolicyType Delta": the command line says the question's word.
  const commandSaysIt = selection.anchor.kind === 'cmdlet' && exampleSays(selection.anchor, u);
  // How a thing is done is a procedure's, under headings that say so: a sentence sharing the words by chance is no
  // answer however much it says. What, which, where or whether is answered by a sentence saying most of the question —
  // a sentence, not a long paragraph, whose many words say most questions a little.
  const sure = u.intent.questionWord === 'how' || selection.anchor.text.length > ONE_SENTENCE ? 0.9 : SAYS_MOST;
  // "What's the deletes limit per run by default?" is answered by the setting whose default the docs give ("allows 500 deletes per run").
  const givesDefault = u.intent.asksDefault && selection.anchor.kind === 'config' && !!selection.anchor.default;
  // "Where do I read about repairing the AD FS trust?" is answered by what points to a topic ("Topic: Repair the trust; …"),
  // which stands in a list of topics, under no heading of its own.
  const pointsToReading = u.intent.asksReading && (TOPIC_ROW.test(selection.anchor.text) || POINTS_ELSEWHERE.test(selection.anchor.text));
  // A sentence ranking far above any other answers, though no heading says it and it says less than most of the question
  // ("what else do we allow" of the note on locked-down environments): nothing else comes near. Not a long paragraph, whose
  // many words say most questions a little, nor for a how-to, which is a procedure's, under headings that say so.
  // A question asking no "what" or "which" — yes or no, or a topic ("auto upgrade on for custom installs too?") — asks
  // whether the docs say it: a sentence or two standing out twice over anything else does.
  const topic = u.intent.questionWord === undefined;
  const runnerUp = hits.find((h) => h.fact.source.line !== selection.anchor.source.line || h.fact.source.file !== selection.anchor.source.file);
  const dominant = u.intent.questionWord !== 'how' && selection.anchor.text.length <= (topic ? 2 : 1) * ONE_SENTENCE && !!anchorHit && anchorHit === hits[0] && (!runnerUp || anchorHit.score >= (topic ? TOPIC_DOMINANT : DOMINANT) * runnerUp.score);
  // "What account name will the wizard make?" is answered by the step that spells it ("provAgentgMSA$"): a name asked, and given.
  const givesName = u.intent.asksName && spellsNameOf(selection.anchor, u, index.common);
  // "What do I do if the splash screen comes back?": the question's rarest word, which only a few facts hold, stands in
  // the best hit, far above any other section's — the docs' few sentences on the thing asked — though no heading says it.
  // Not when a sentence of its own section nearly as high says what it doesn't ("auto refresh for custom installs" of
  // "refresh is on for express installs", beside "updates for custom installs …"): which case is asked, it can't tell.
  // Nor for a how-to: a step that merely names the thing, "unlock accounts", is no procedure for it. Nor for a bare topic
  // ("best vpn for remote workers"), which asks nothing a sentence sharing its rare word ("… such as a VPN") answers.
  const otherSection = hits.find((h) => !sameSection.includes(h));
  const saysRarest = u.intent.questionWord !== 'how' && (u.intent.yesNo || QUESTION_WORD.test(u.question)) && !!anchorHit && anchorHit === hits[0] && saysRarestConcept(u, anchorHit, index)
    && (!otherSection || anchorHit.score >= SECTION_DOMINANT * otherSection.score)
    && sameSection.every((h) => h.score * DOMINANT < anchorHit.score || h.matched.every((m) => anchorHit.matched.includes(m)));
  if (headed < 0.05 && ((confidence < sure && !dominant && !saysRarest) || oneWord) && !holdsNeeded && !givesName && !givesDefault && !pointsToReading && !statesSupport && !saysLongQuestion && !inArticleNamed && !commandSaysIt && !rowOf(selection.anchor, u) && (LOOSE_PROSE.has(selection.anchor.kind) || (asksHowTo(u.intent) && HOW_TO_LOOSE.has(selection.anchor.kind)))) confidence = Math.min(confidence, 0.45);
  // "Difference between express and custom install", answered by one section saying each side (the table's two
  // rows): that is the comparison asked, though neither says "difference".
  if (u.compared && u.compared.every((side) => saysSide(side, selection, hits))) confidence = Math.max(confidence, SIDE_BY_SIDE);
  // "How do I install Windows Server 2022?" is not answered by which versions something runs on: no
  // version fact says how to do anything — unless a version is what the how-to is about ("how do I find
  // which version I have", "how do I disable older TLS versions").
  if (asksHowTo(u.intent) && selection.anchor.kind === 'version' && !u.terms.includes('version')) confidence = Math.min(confidence, 0.45);
  const primary = u.intent.primary;
  if (primary && selection.anchor.kind !== primary && selection.anchor.kind !== 'faq' && selection.anchor.kind !== 'passage') confidence *= 0.85;
  // "Which ports does SQL Server use?" is not answered by facts that name no port — whether a port must be given
  // ("do I need to give a port if SQL browsing is off?") is, by the sentence saying when.
  if (primary === 'port' && !u.intent.yesNo && !selection.facts.some((f) => f.kind === 'port' || (/\bports?\b/i.test(f.text) && /\b\d{2,5}\b/.test(f.text)))) confidence = Math.min(confidence, 0.45);
  // "Is the provisioning agent free?" is not answered by "I agree to the license and conditions": the terms agreed to are no licence asked.
  if (primary === 'license' && selection.anchor.kind !== 'license' && onlyAgreementLicense(selection.anchor.text)) confidence = Math.min(confidence, 0.45);
  // (A FAQ entry asking the same answers it, value or not: "How long does migration take? … varies depending on …".)
  const askedAsIs = selection.anchor.kind === 'faq' && (anchorHit?.headingSimilarity ?? 0) >= FAQ_ASKED_AS_IS;
  // "How many endpoints does Connect Health need in Azure Government?" is answered by counting the list: "13 endpoints (Azure Government)".
  const counted = needs === 'count' && countsByList(selection);
  // A rate ("how many passwords per minute") is a number of the thing counted: any number ("every two minutes") is not one.
  const anyNumber = !u.intent.perUnit;
  // "When will I be told to update certificates?" asks a date or a case: "If your server … then you will be notified" states the case.
  const caseStated = needs === 'date' && /^when will\b/i.test(u.question) && CASE_OPENING.test(selection.anchor.text);
  if (needs && !askedAsIs && !counted && !caseStated && !selection.facts.some((f) => (anyNumber && holdsValue(f, needs)) || holdsAsked(f, u))) return 0;
  return Math.min(1, confidence);
}

/** Whether the answer is a list whose items are the things a "how many" question counts: a procedure's steps, endpoints, services, ports, a parameter's values. */
function countsByList(selection: Selection): boolean {
  const { anchor, facts } = selection;
  if (anchor.kind === 'parameter') return anchor.allowedValues.length >= 2;
  // (The websites a requirement lists count as well as the endpoints of a table.)
  return [...COUNTED_LISTS].some((kind) => facts.filter((f) => f.kind === kind).length + (anchor.kind === kind ? selection.more : 0) >= 2);
}
const COUNTED_LISTS = new Set<Fact['kind']>(['step', 'endpoint', 'service', 'port', 'url']);

/** Whether a fact of the answer's own section says all of one side of a comparison. */
function saysSide(side: string[], selection: Selection, hits: Hit[]): boolean {
  return hits.some((h) => selection.facts.includes(h.fact) && h.fact.source.section === selection.anchor.source.section && side.every((k) => h.matched.includes(k)));
}
const SIDE_BY_SIDE = 0.6;

/** How many of the question's words it asks about: "SharePoint" is one word, though its parts are terms too. */
function wordsAskedAbout(u: Understanding): number {
  const asked = new Set(u.terms);
  return tokenizeWords(u.canonical).filter((tokens) => tokens.some((t) => asked.has(processTerm(t) ?? ''))).length;
}

/** "What is MOERA?" is answered by the table row whose first cell names it, as a heading would; "what is a blade?" by the sentence defining it. */
function rowOf(fact: Fact, u: Understanding): boolean {
  const key = rowKey(fact);
  if (key) {
    const said = new Set(terms(key));
    return u.concepts.every((c) => c.alternatives.some((a) => a.every((t) => said.has(t))));
  }
  return u.intent.definition && definesAsked(fact, u);
}

/** Whether a command's example says one of the question's words beyond the command's own name (a parameter's value: "-PolicyType Delta"). */
function exampleSays(command: Fact & { kind: 'cmdlet' }, u: Understanding): boolean {
  const own = new Set(terms(command.name));
  return command.examples.some((example) => terms(example).some((t) => !own.has(t) && u.terms.includes(t)));
}

/** Whether every "license" a text says is the terms an installer asks to agree to ("the license and conditions"). */
function onlyAgreementLicense(text: string): boolean {
  const all = text.match(/\blicen[cs]e/gi)?.length ?? 0;
  const agreed = text.match(LICENSE_AGREEMENT)?.length ?? 0;
  return agreed > 0 && agreed === all;
}
const LICENSE_AGREEMENT = /\blicen[cs]e (?:and conditions|terms|agreement)|\b(?:terms|conditions) of (?:the )?licen[cs]e/gi;

/** A statement of what is or isn't supported or available. */
const SUPPORT_STATEMENT = /\b(?:supported|supports?|available)\b/i;

/** A row of a table of topics to read ("Topic: Repair the trust; What it covers and when to read it: …"). */
const TOPIC_ROW = /^Topic: /;

/** Facts that can mention anything in passing; a table row, a port or a parameter says one thing. */
const LOOSE_PROSE = new Set<Fact['kind']>(['passage', 'step', 'cmdlet', 'config', 'note']);
/** … and, for a how-to, what is needed and who may do it: "Azure VM: A2 configuration or higher" says no way to create a VM. */
const HOW_TO_LOOSE = new Set<Fact['kind']>(['requirement', 'role']);

const fileCache = new WeakMap<Searchable, Map<string, Fact[]>>();

/** Facts of one document in document order, for complete lists. */
function factsOfFile(searchable: Searchable): (file: string) => Fact[] {
  let byFile = fileCache.get(searchable);
  if (!byFile) {
    byFile = new Map();
    for (const f of searchable.index.facts) {
      const list = byFile.get(f.source.file) ?? [];
      list.push(f);
      byFile.set(f.source.file, list);
    }
    for (const list of byFile.values()) list.sort((a, b) => a.source.line - b.source.line);
    fileCache.set(searchable, byFile);
  }
  return (file) => byFile!.get(file) ?? [];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Whether a hit says the question's rarest concept, and few facts hold it. */
function saysRarestConcept(u: Understanding, hit: Hit, index: FactIndex): boolean {
  // A concept is as rare as its rarest way of saying it, and a way as its rarest word.
  const frequencyOf = (c: Concept) => Math.min(...c.alternatives.map((a) => Math.min(...a.map((t) => index.documentFrequency.get(t) ?? Infinity))));
  let rarest: Concept | undefined;
  let least = Infinity;
  for (const c of u.concepts) {
    const n = frequencyOf(c);
    if (n < least) [rarest, least] = [c, n];
  }
  return !!rarest && least <= Math.min(RARE, RARE_SHARE * index.facts.length) && hit.matched.includes(rarest.alternatives[0]![0]!);
}

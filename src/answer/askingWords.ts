/**
 * How people ask, as opposed to what they ask about: filler words, passed-on preambles, slipped
 * question words. Product words live in content/vocabulary.yml; these are about asking in English.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { processTerm, STOP_WORDS } from '../search/tokenize.js';
import { rememberWords } from '../search/rememberWords.js';
import { editDistance, isSwap } from './spelling.js';

/** Words of how people ask, not of what they ask about: neither searched nor counted as unknown. */
const ASKING = new Set([
  // Chat spellings and greetings
  'wat', 'wut', 'wot', 'whats', 'hw', 'pls', 'thx', 'thanks', 'hi', 'hey',
  // How pressing or in which spirit ("fyi", "(urgent)", "any idea …", "thanks in advance")
  'fyi', 'urgent', 'urgently', 'asap', 'idea', 'ideas', 'advance', 'cheers', 'please', 'wondering', 'curious',
  // Words of how, whose or what else, not of what
  'besides', 'still', 'anyway', 'actually', 'really', 'personal', 'enough', 'sufficient',
  // Who is asking ("a company with one forest" is the asker's own)
  'boss', 'colleague', 'colleagues', 'coworker', 'company', 'companies', 'customer', 'customers', 'wants', 'asked', 'asking', 'asks',
  'offer', 'offers', 'offered', 'handle', 'handles', 'exist', 'exists', 'listed',
  'need', 'needs', 'needed', 'use', 'used', 'using', 'work', 'works', 'list', 'show', 'give', 'find', 'tell', 'explain',
  'help', 'way', 'ways', 'possible', 'able', 'happen', 'happens', 'mean', 'means', 'go', 'going', 'make', 'sure', 'right',
  'correct', 'best', 'recommended', 'supposed', 'anything', 'something', 'everything', 'none', 'nothing', 'everyone', 'docs',
  'doc', 'documentation', 'say', 'says', 'said', 'info', 'information', 'detail', 'details', 'exact', 'specific', 'kind',
  'type', 'types', 'many', 'much', 'long', 'take', 'takes', 'look', 'looking', 'see', 'set', 'again', 'new', 'old',
  'whole', 'full', 'complete', 'every', 'allowed', 'available', 'there', 'ask', 'called', 'name', 'named',
  'themselves', 'itself', 'come', 'comes', 'coming', 'keep', 'keeps', 'stay', 'already', 'yet', 'put', 'leave', 'left',
  'try', 'trying', 'tried', 'get', 'gets', 'getting', 'got', 'seem', 'seems', 'think', 'sorry', 'hello', 'morning',
  'time', 'times', 'first', 'next', 'last', 'done', 'part', 'parts', 'instead', 'anymore', 'since',
  'without', 'within', 'across', 'around', 'along', 'another', 'different', 'certain', 'whether', 'rather',
  'unable', 'wanted', 'likes', 'fine', 'good', 'bad', 'big', 'small', 'walk', 'through',
  'halfway', 'midway', 'partway', 'mid', 'onto',
  'quickly', 'straight', 'straightaway', 'soon', 'maybe', 'perhaps', 'everybody', 'anybody', 'person', 'somewhere', 'anywhere', 'lot', 'lots',
  // "What does a gMSA give me over a normal account?": what it is compared with, said plainly
  'normal', 'usual', 'regular', 'compared',
  'completely', 'fully', 'entirely', 'totally', 'properly', 'correctly', 'successfully',
  // When the asker did or asks something ("I installed it ages ago", "who can … today"): the time is theirs, not the docs'
  'ago', 'ages', 'today', 'nowadays', 'afterwards', 'afterward', 'beforehand',
  // "Where is the FIPS setting kept?" asks where it is
  'kept',
  // Where a thing is put ("do the agents sit in the dmz"), said by the place
  'sit', 'sits', 'sitting',
  // "The description shown by AD FS": what a thing shows is how it is pointed at, as "show" is
  'shown',
  // "What must be true about …"
  'true',
  // "Will the agent care?", "does it matter?": whether a case affects it, not a topic
  'care', 'cares', 'matter', 'matters', 'mind',
  // "… IE ESC is on - related?": whether one thing has to do with another, said by the things
  'related',
  // Where the asker reads ("the install guide", "which article covers …"): where to look, not what about
  'guide', 'guides', 'article', 'articles',
]);

/**
 * How one thing stands to another ("which file holds the setting", "does the proxy carry …", "a method that avoids
 * federation", "the installer complains about the gMSA"): when the docs never use the word they say it in their own
 * verbs, and the things it relates are what is asked — not a sign of another topic. (When they do use it — Exchange
 * "holds" — it is asked like any of their words.)
 */
export const RELATING = new Set([
  'hold', 'holds', 'carry', 'carries', 'avoid', 'avoids', 'lack', 'lacks', 'land', 'lands', 'survive', 'survives',
  'complain', 'complains', 'mention', 'mentions',
]);

/**
 * Words whose stem is an asking word but that name a thing or an action of one: "settings" (set),
 * "existing" (exist), "which cmdlet lists …" (list).
 */
export const NOUN_OF_FILLER = /^(settings|listings|existing|lists)$/;

/** An adverb the docs never use ("separately", "personally") says how, not what: it is not what is asked about. */
export const ADVERB = /^[a-z]{3,}ly$/;

/**
 * Helpdesk staff pass questions on: "a user asks if Connect Health works in China", "customer wants to
 * know whether …", "security wants to know which account …", "the change board asks whether …". Who asks is not what is asked.
 */
export function withoutPreamble(question: string): string {
  // "@kb what ports …": whom a message is addressed to is not what it asks.
  return question.replace(GREETING, '').replace(POLITE, '').replace(MENTION, '').replace(TICKET, '').replace(PREAMBLE, '').replace(WHO_WANTS, '').replace(BREVITY, ' ').replace(COURTESY, '').replace(WHY_ASKED, '');
}
/** "hi all, …", "hey @kb …", "quick question - …": how a message opens, before what it asks. */
const GREETING = /^\s*(?:(?:hi|hey|hello|yo|morning|good (?:morning|afternoon|evening)|team|all|folks|everyone|guys)(?:\s+(?:all|team|folks|everyone|everybody|guys|there|y'?all))?|(?:quick|small|simple|dumb|silly)\s+(?:q|qn|question|one))(?:\s*[,:;!.\-–—]+\s*|\s+(?=@))/i;
/** "can you explain …", "I need to know …", "does anyone know …", "according to the docs, …": asking, before what is asked. */
const POLITE = /^\s*(?:(?:(?:can|could|would|will) (?:you|u|someone|anyone|somebody)(?: please)? (?:explain|tell (?:me|us)|let (?:me|us) know|clarify|confirm|remind (?:me|us))|(?:i|we) (?:need|want|would like|'d like) to know|(?:does|do) (?:anyone|anybody|someone|you) know|i was wondering|i wonder|(?:according to|(?:as )?per) (?:the )?(?:docs?|documentation))(?:\s*[,:;\-–—]+\s*|\s+))/i;
/** "… thx", "… Thanks!", "…, please", "… :)", "…, asking for a customer": how a message closes, after what it asks. */
const COURTESY = /(?:\s*[,;\-–—]?\s*(?:\b(?:thx|thanks|thank you|ty|cheers|please|pls|plz)(?: (?:a lot|so much|in advance))?|\basking for (?:a|my|our) (?:customer|client|colleague|friend|team)|:\)|:-\)|;\))[\s!.]*)+$/i;
/** "… - need it for a change request", "…, for an audit": why the asker wants it, after what they ask. */
const WHY_ASKED = /\s*\??\s*[,;\-–—(]+\s*(?:asking |(?:(?:i|we) )?(?:need(?:ed)? (?:it|this|that) ))?for (?:a|an|the|our|my) (?:change(?: request)?|cr|cab|audit|ticket|report|review|doc(?:ument)?|runbook|presentation|meeting)\b[^?\d]{0,40}\)?\s*(?=\??\s*$)/i;
/** "Ticket: …", "ticket #4521 - …": where the question comes from. */
const TICKET = /^\s*(?:re:\s*)?(?:ticket|case|incident|inc)\s*#?\s*\d*\s*[:\-–—]\s*/i;
/** "What is PTA in one line?": how short an answer is wanted is not what it is about. */
const BREVITY = /\b(?:in (?:one|a|1) (?:line|sentence)|in a nutshell|in short|in brief|briefly|in (?:simple|plain) (?:terms|words|english|language)|tl;?dr|eli5)\b/gi;
const MENTION = /^(?:\s*@[\w.-]+[,:]?)+\s*/;
const PREAMBLE = /^(?:(?:a|an|my|our|the|one of (?:my|our))\s+)?(?:users?|customers?|clients?|colleagues?|boss|manager|team(?:mate)?s?|admins?|tenants?|security|infosec|compliance|auditors?|audit|(?:change (?:advisory )?)?board|cab|management|leadership)\s+(?:asks?|asked|is asking|are asking|wants? to know|wanted to know|needs? to know|would like to know|wonders?)\s*(?:if|whether|about|:|,)?\s+/i;

/**
 * "Which two services …", "what 3 ports …": how many are asked for is not a topic, and "two" would
 * otherwise find "two hours".
 */
export function withoutQuantifier(question: string): string {
  return question.replace(QUANTIFIER, '$1');
}
// "customer wants to put the agent on server core": what is wanted, not who wants it ("customer" would
// find "customized settings"); "customer has no P1, can they …", "customer still runs v1": whose setup it is.
const WHO_WANTS = /^(?:(?:a|an|my|our|the|one)\s+)?(?:customers?|clients?)\s+(?:(?:wants?|needs?|would like|plans?|is planning|are planning|is trying|are trying|tried)\s+to\s+|(?=(?:has|have|had|still|is|are|runs?|uses?|got|only)\b))/i;

const QUANTIFIER = /\b(which|what|the)\s+(?:two|three|four|five|six|[2-6])\b(?=\s+[a-z])/gi;

/**
 * Asking in other words, read plainly: "how far back does the report go?" asks how long; "do I need
 * anything special when …" asks what is needed; "what does gMSA stand for" (or "mean") asks what a gMSA is; "wat" is "what", "shud" "should";
 * "turn the scheduler off" is "turn off the scheduler"; "… y/n" asks yes or no.
 */
export function withPlainAsking(question: string): string {
  return question
    .replace(/\b(?:wat|wut|wot|wht)\b/gi, 'what')
    // "whats the connector space" asks what it is, as "what's …" does.
    .replace(/\b(?:whats|wats|wuts)\b/gi, "what's")
    // "What's the deal with the AZUREADSSOACC account?" asks what it is.
    .replace(/\bwhat(?:'s| is) the (?:deal|story) (?:with|behind)\b/gi, 'what is')
    // "our firewall team wants …": the firewall is what it is about, the team who asks ("Teams" is a product of its own).
    .replace(/\b([a-z]+) team\b/gi, '$1')
    .replace(/\b(?:shud|shld|shoud)\b/gi, 'should').replace(/\bcud\b/gi, 'could').replace(/\b(?:wud|wld)\b/gi, 'would')
    // "health agent on server core y/n" asks yes or no, as "is … ?" does.
    .replace(/^(?!(?:is|are|can|does|do|will|should)\b)(.+?)\s*(?:\by\/n|\byes\/no|\byes or no)\s*\??\s*$/i, 'is $1')
    // "agent on server core, possible?", "services stopped after install, is that normal?" ask yes or no of the clause before
    // ("our firewall drops 5671, is that a problem for the health agent?" too, of what it names).
    .replace(/^(?!(?:is|are|can|does|do|will|should|what|which|how|where|when|who|why)\b)(.+?)\s*[,;.-]+\s*(?:(?:is|would|will) (?:that|this|it) (?:be )?)?(?:(?:a )?problem|an issue|normal|ok|okay|fine|possible|supported|allowed|expected|related|the cause|the reason)((?:\s+(?:for|with|on|in)\s+[^?,;.]{1,60})?)\s*\??\s*$/i, 'is $1$2')
    // "where does the updater exe live?" asks where it is.
    .replace(/^where\s+(?:does|do)\s+(.+?)\s+live\b/i, 'where is $1 located')
    // "the sign-in page is blocked - what's going on?" asks why.
    .replace(/^(?!(?:what|which|how|where|when|who|why)\b)(.+?)\s*[,;.-]+\s*(?:what'?s|what is|whats) (?:going on|happening|up with (?:that|this|it))\s*\??\s*$/i, 'why $1')
    // "who can install agents in our tenant": the asker's own setup is where, not what, they ask about.
    .replace(/\b(?:in|on|for|across|to|from) (?:our|my|their|the customer's) (?:tenant|environment|org|organi[sz]ation|company|shop|estate)s?\b/gi, '')
    // "How long does it keep alert history?" asks what it retains; "it keeps failing", "keep an eye on" say no such thing.
    // (Nor "keep it in sync", "keep itself up to date", "keep some OUs out of sync": what it is kept as is asked.)
    .replace(/\b(?:keeps?|kept)\b(?=\s+(?!(?:on|up|in|an?|going|\w+ing)\b)\w)(?!(?:\s+[\w'-]+){1,4}\s+(?:in|out|up|updated|current|running|safe|secure|synced|enabled|disabled|off)\b)/gi, 'retains')
    .replace(/\bhw\b/gi, 'how')
    // "how 2 force a delta sync", "whr r the trace logs", "wen i run it": chat's "to", "where", "when" and "are" ("2" is no number asked).
    .replace(/\bhow 2\b/gi, 'how to').replace(/\b(?:whr|whre)\b/gi, 'where').replace(/\b(?:wen|wenn)\b/gi, 'when').replace(/\b(where|what|how|which|why) r\b/gi, '$1 are')
    // "… can't find the SQL server" is the case the docs write as "can't be found": finding is what fails, not how one asks.
    .replace(/\b(can'?t|cannot|can not|couldn'?t|could not|unable to|fails? to|failed to|doesn'?t|does not)\s+find\b/gi, '$1 found')
    // "we're rolling it out next week": when the asker acts is theirs, not the docs'.
    .replace(/\b(?:next|this|last|coming) (?:week|weekend|month|quarter|year)\b/gi, '')
    // "…, can you check?" asks the bot to look, which is what every question does.
    .replace(/[,;.-]?\s*(?:can|could) (?:you|someone|anyone|somebody) (?:please )?(?:check|confirm|help|advise|look)(?: (?:please|pls|thanks|thx))?\s*[?.!]*\s*$/i, '')
    // "turn the scheduler off" is "turn off the scheduler"; "write devices back" is "write back devices".
    // "turn MD5 back on" is turning it on, as it was.
    .replace(/\b(turn|switch)\s+((?:(?!on\b|off\b|back\b)[\w-]+\s+){1,3}?)(?:back\s+)?(on|off)\b/gi, '$1 $3 $2')
    .replace(/\b(turn|switch)\s+back\s+(on|off)\b/gi, '$1 $2')
    .replace(/\b(writes?|writing|written)\s+((?:(?!back\b)[\w-]+\s+){1,3}?)back\b/gi, '$1 back $2')
    // "roll the agent out to 40 servers", "set the proxy up": the verb and its particle are one.
    .replace(/\b(roll(?:s|ed|ing)?)\s+((?:(?!out\b)[\w-]+\s+){1,3}?)out\b/gi, '$1 out $2')
    .replace(/\b(set(?:s|ting)?)\s+((?:(?!up\b)[\w-]+\s+){1,3}?)up\b/gi, '$1 up $2')
    // "the customer's password expired": whose setup it is, not what is asked.
    .replace(/\b(?:the |our |my |a |this )?(?:customer|client)(?:'s|s')(?=\s)/gi, '')
    // "at the end of the wizard" says when in it, not what about it.
    .replace(/\b(?:at|in|by) the (?:very )?(?:end|beginning|start) of\b/gi, 'in')
    .replace(/\bhow far back\b/gi, 'how long')
    // "which version no longer needs servicebus" asks what doesn't need it: "longer" is no length.
    .replace(/\bno longer\b/gi, 'not')
    .replace(/\bhow frequently\b/gi, 'how often')
    // "can I put the agent on a domain controller" asks whether it can be installed there.
    .replace(/\bput(?=\s+(?:[\w-]+\s+){1,4}?on\s)/gi, 'install')
    .replace(/\b(anything|something) special\b/gi, '$1')
    .replace(/\b(?:do|does)\s+(.+?)\s+(?:stand|short)\s+for\b/gi, 'is $1')
    // "What does scale mean for sync performance?" asks what scale is, there; so does "what does the user count metric measure".
    .replace(/^what\s+(?:do|does)\s+(.+?)\s+(?:mean|measure|represent|indicate)\b/i, 'what is $1')
    .replace(/^what\s+is\s+meant\s+by\b/i, 'what is')
    // "What can I see in the Connect Health portal?" asks what the portal shows.
    .replace(/^what\s+(?:can|could|do|will)\s+(?:i|we|you|users?|admins?)\s+(?:see|look at|view|find)\s+(?:in|on)\s+(?:the\s+)?(.+?)\s*\??\s*$/i, 'what does the $1 show')
    // "describe the Connect Health portal" asks what it is; "remind me what …" asks what.
    .replace(/^(?:please\s+)?(?:describe|explain)\s+(?!how\b|what\b|why\b|which\b|where\b|when\b|who\b|whether\b|if\b)/i, 'what is ')
    .replace(/^(?:please\s+)?remind\s+me\s+(?:of\s+|about\s+)?/i, '')
    // "I want to know where the agent lives", "can you tell me which ports …": the question is what follows.
    .replace(WANTS_TO_KNOW, '')
    // "What causes AttributeValueMustBeUnique?" asks why it happens, which the docs say with "due to" or "because".
    .replace(/^what\s+(?:causes|caused|is causing|could cause|can cause|would cause|might cause)\b/i, 'why')
    .replace(/\b(?:is|are)\s+(.+?)\s+short\s+for\b/gi, 'is $1');
}

const WANTS_TO_KNOW = /^(?:(?:i|we)(?:\s+(?:really|just|still))?\s+(?:want|wanna|need|would like|'d like|am trying|'m trying|are trying|'re trying)\s+to\s+(?:know|find out|understand|learn|check|confirm)|(?:can|could|would)\s+(?:you|someone|anyone)\s+(?:please\s+)?(?:tell|show|explain to)\s+me|(?:do|does)\s+(?:you|anyone|anybody)\s+know|i(?:'m| am| was)?\s+wonder(?:ing)?)\s+(?=(?:what|which|where|when|who|why|how)\b)/i;

export function isAskingTerm(term: string): boolean {
  return askingTerms.has(term);
}
const askingTerms = new Set([...ASKING].map((w) => processTerm(w)).filter((t): t is string => !!t));

export function isFiller(word: string): boolean {
  return STOP_WORDS.has(word) || ASKING.has(word);
}

export const QUESTION_WORDS = ['what', 'which', 'where', 'when', 'whats'];

let fillers: SearchableMap<true> | undefined;

export function nearFiller(word: string): boolean {
  // Three letters are too few to tell a slip from a word of its own, but for two swapped ("teh", "adn").
  if (word.length < 3) return false;
  return nearFillerOf(word);
}
// (What a word is near never changes, and a search of the fillers' tree costs more than the rest of reading a word.)
const nearFillerOf = rememberWords(searchFillers);

function searchFillers(word: string): boolean {
  if (!fillers) {
    fillers = new SearchableMap<true>();
    for (const filler of [...STOP_WORDS, ...ASKING]) if (filler.length >= 3) fillers.set(filler, true);
  }
  // A short word one letter away from a filler is often a word of its own ("zone" is neither "done"
  // nor "one"): under five letters, only a letter missing ("wich") or two swapped ("waht") is a slip.
  return [...fillers.fuzzyGet(word, 2).keys()].some((filler) => editDistance(word, filler) <= 1 && (isSwap(word, filler) || (word.length >= 4 && (word.length >= 5 || filler.length > word.length))));
}

import { stemmer } from 'stemmer';
import { rememberWords } from './rememberWords.js';

/**
 * How text becomes index terms — the same for facts and for questions.
 *
 * MiniSearch's default tokenizer splits identifiers apart. Ours keeps an identifier whole
 * (`register-microsoftentraconnecthealthagent`, `*.blob.core.windows.net`,
 * `aadconnectprovisioningagent.exe.config`) and adds its parts (`register`, `microsoft`, `entra`,
 * `connect`, `health`, `agent`, `blob`, `core`, `windows`, `net`), so an exact name finds its fact
 * first and a partial one still finds it.
 */

/** Words that carry no meaning in a question or a fact; they dominate query time as the index grows. */
export const STOP_WORDS = new Set([
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because',
  'been', 'before', 'being', 'behind', 'below', 'bit', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down',
  'during', 'each', 'either', 'else', 'etc', 'ever', 'few', 'for', 'from', 'further', 'get', 'got', 'had', 'has', 'have', 'having',
  'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'let', 'me',
  'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'only',
  'or', 'other', 'our', 'ours', 'out', 'over', 'own', 'please', 'pls', 'plz', 'same', 'shall', 'she', 'should', 'so', 'some',
  'such', 'than', 'thanks', 'thank', 'thx', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
  'through', 'thru', 'to', 'too', 'under', 'until', 'up', 'us', 'very', 'via', 'was', 'we', 'were', 'what', 'whats', 'when', 'where',
  'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'yourself', 'hi', 'hey', 'hello',
  'guys', 'folks', 'anyone', 'somebody', 'someone', 'tell', 'know', 'want', 'wanna', 'gonna', 'ok', 'okay', 'u', 'ur', 'im',
  'ive', 'id', 'dont', 'doesnt', 'isnt', 'arent', 'cant', 'cannot', 'wont', 'yes', 'yeah', 'quick', 'question', 'q', 'exactly', 'really',
  'btw', 'asap', 'kindly', 'vs', 'versus', 'again', 'still', 'actually', 'basically', 'altogether', 'one', 'ones', 'thing', 'things', 'stuff', 'like',
  // What is left of "aren't", "doesn't" … once the apostrophe splits the word.
  'aren', 'isn', 'don', 'doesn', 'didn', 'won', 'wasn', 'weren', 'hasn', 'haven', 'couldn', 'shouldn', 'wouldn', 'ain',
  // … and of "we're", "you've", "they'll".
  're', 've', 'll',
]);

const IDENTIFIER = /^[\w$*%-]+(?:[.\-_/\\][\w$*%-]+)+$|^[a-z]+[A-Z]\w*$|^[A-Z]{2,}[a-z]\w*$/;

/** The top-level domains a host name ends with, in the docs and in questions ("proxy.contoso.local"). */
export const TOP_LEVEL_DOMAIN = '(?:com|net|org|us|cn|de|uk|fr|nl|io|local|corp|lan|internal)';
const HOST = new RegExp(`\\w\\.${TOP_LEVEL_DOMAIN}$`, 'i');

/** Splits text into raw tokens: identifiers whole and in parts, words. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.split(WORD_BREAK)) {
    // An account name is asked without its "$": "provAgentgMSA$" is read as "provAgentgMSA".
    const token = raw.replace(/^[.*\-/\\]+(?=\w)/, (m) => (m.includes('*') ? m : '')).replace(/[.\-/\\$]+$/, '');
    if (!token) continue;
    const hasInnerPunctuation = /\w[.\-_/\\*]+\w/.test(token) || token.startsWith('*');
    const whole = hasInnerPunctuation || IDENTIFIER.test(token);
    if (whole) tokens.push(token);
    const parts = token.split(/[^A-Za-z0-9$]+/);
    // A host name's top-level domain says nothing of it: "net" of "login.windows.net" is not ".NET".
    if (HOST.test(token)) parts.pop();
    for (const part of parts) {
      if (!part) continue;
      // An acronym run into a word is found by the word too: "HTTPBasic" by "basic" (but "gMSA" is one name).
      if (whole && part === token) {
        if (/^[A-Z]{2,}[a-z]/.test(part)) tokens.push(...splitCamel(part).filter((w) => /^[A-Z][a-z]{4,}$/.test(w)));
        continue;
      }
      const words = splitCamel(part);
      tokens.push(...(words.length > 1 || part !== token ? [part, ...(words.length > 1 ? words : [])] : [part]));
    }
  }
  return tokens;
}

/** The raw tokens of each word of a text: "SharePoint" → SharePoint, Share, Point; "sync" → sync. */
export function tokenizeWords(text: string): string[][] {
  return text.split(WORD_BREAK).map(tokenize).filter((tokens) => tokens.length > 0);
}
const WORD_BREAK = /[\s,;:!?()[\]{}"'`<>|=]+/;

/**
 * How the index reads a fact: as `tokenize`, and a hyphenated word or a phrasal verb also joined ("stand-by" is found
 * by "standby", "sign-in" by "signin"). Questions are read by `tokenize` alone: a joined form the
 * docs never write would be a word they never use.
 */
export function indexTokens(text: string): string[] {
  const tokens = tokenize(text);
  for (const m of text.matchAll(HYPHENATED)) tokens.push(m[0].replace(/-/g, ''));
  for (const m of text.matchAll(PHRASAL_VERB)) {
    const joined = (/^wr/i.test(m[1]!) ? 'write' : m[1]!.toLowerCase()) + m[2]!.toLowerCase();
    if (COMPOUNDS.has(joined)) tokens.push(joined);
  }
  return tokens;
}
// Words, not identifiers: no capital inside a part ("Register-MicrosoftEntraConnectHealthAgent" is a name).
const HYPHENATED = /(?<![\w.-])[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+(?![\w-]|\.\w)/g;
/**
 * A phrasal verb is found by the noun it makes too: "Back up your configuration" by "backup", "written back"
 * by "writeback", "set up" by "setup" — the docs write the verb, people often ask with the noun, and a
 * particle that is a stop word ("up", "in") leaves the verb alone saying something else.
 */
const PHRASAL_VERB = /\b(back|set|sign|log|clean|fail|roll|look|start|writ|wrot)(?:e|es|s|ed|ing|ting|ged|ging|ten)?\s+(up|in|on|out|over|back)\b/gi;
const COMPOUNDS = new Set(['backup', 'setup', 'signin', 'signon', 'signout', 'login', 'logon', 'logout', 'cleanup', 'failover', 'failback', 'rollback', 'rollout', 'lookup', 'startup', 'writeback']);

/** `MicrosoftEntraConnectHealthAgent` → Microsoft, Entra, Connect, Health, Agent; `AADConnect` → AAD, Connect. */
function splitCamel(word: string): string[] {
  if (/^[A-Z]+s$/.test(word)) return [word]; // "URLs", "DCs": a plural, not two words
  return word.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
}

/**
 * Lower case, stop words dropped, words stemmed (Porter: "installing", "installation" → "instal";
 * "updated", "updates" → "updat"). Identifiers and numbers are kept as they are.
 */
export function processTerm(term: string): string | null {
  // An acronym's plural is the acronym: "OUs" is "OU", as "DCs" is "DC" (Porter knows no acronyms: "ous").
  const lower = (ACRONYM_PLURAL.test(term) ? term.slice(0, -1) : term).toLowerCase();
  if (lower.length === 0 || STOP_WORDS.has(lower)) return null;
  if (lower.length === 1 && !/\d/.test(lower)) return null;
  if (!/^[a-z]{4,}$/.test(lower)) return lower;
  return stemOf(lower);
}
/** A word's stem, remembered (the docs' own words and a few thousand more a day): a question's words are stemmed again and again as it is read. */
const stemOf = rememberWords((word) => OWN_STEMS.find((own) => word.startsWith(own)) ?? stemmer(IRREGULAR_VERBS[word] ?? word), 50_000);

/**
 * Words Porter takes to another word's stem, kept apart: "connectivity" is not "connect" (the product's name),
 * "customers" not "custom" (of "customized settings"), "selective" not "select" (of "select Next"), "performance"
 * not "perform" (of "perform the upgrade").
 */
const OWN_STEMS = ['connectiv', 'customer', 'selectiv', 'performanc'];

/**
 * Irregular past participles of verbs the docs use, as their plain form: Porter leaves "overwritten" apart
 * from "overwrite", and "will on-prem values overwrite cloud values?" asks what "… are overwritten" says.
 * (Not the simple past — but "broke", which is no other word the docs use — nor "written": with "write" the commoner for it, "who wrote the docs" read as a slip
 * for "write" and was answered with writeback. Nor forms of how people ask — "shown", "made", "found": their
 * plain forms are asking words.)
 */
const IRREGULAR_VERBS: Record<string, string> = Object.fromEntries(
  Object.entries({
    overwrite: ['overwritten'], rewrite: ['rewritten'], hide: ['hidden'], choose: ['chosen'], break: ['broken', 'broke'],
    drive: ['driven'], begin: ['begun'], forget: ['forgotten'], freeze: ['frozen'], send: ['sent'], build: ['built'], lose: ['lost'],
    hold: ['held'], buy: ['bought'], catch: ['caught'], bring: ['brought'], fall: ['fallen'], grow: ['grown'], spend: ['spent'],
    bind: ['bound'], feed: ['fed'], sell: ['sold'], steal: ['stolen'], teach: ['taught'], throw: ['thrown'], undo: ['undone'],
    withdraw: ['withdrawn'], draw: ['drawn'],
  }).flatMap(([plain, forms]) => forms.map((form) => [form, plain])),
);

const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** The processed terms of a text, as the index sees them. */
export function terms(text: string): string[] {
  return tokenize(text).map(processTerm).filter((t): t is string => t !== null);
}

import type { Fact, FactKind } from '../fact.js';
import { NUMBER_WORDS, ONCE_OR_TWICE } from './numbers.js';

/** What a question asks for, as fact kinds with weights, plus the shape of answer it needs. */
export interface Intent {
  /** Fact kinds that answer this kind of question, with how strongly each is wanted. */
  kinds: Partial<Record<FactKind, number>>;
  /** The kind the answer is organised around (its list, its lead), if the question names one. */
  primary?: FactKind;
  /** How plainly the question names it: 3 for a noun ("ports", "license"), less for a hint. */
  primaryWeight: number;
  /** "can I…", "does it…", "is … supported": answered by notes, requirements, FAQ, versions. */
  yesNo: boolean;
  /** A value the answer must contain, or the docs don't answer: a price, a size, a count, a date. */
  needs?: keyof typeof VALUE_PATTERNS;
  /** The time a count is asked per: "minute" of "how many passwords per minute" (a number of minutes is no answer). */
  perUnit?: string;
  /** The question wants a whole list (all endpoints, all steps). */
  wantsList: boolean;
  /** "What is X?", "What does X do?": answered by the prose of the section about X. */
  definition: boolean;
  /** The question's first word when it is one (why, how, what…): a heading asking the same answers it. */
  questionWord?: string;
  /** "What is the default …?": a fact that states the default answers it, a bare setting does not. */
  asksDefault: boolean;
  /** "What is the gMSA called?", "the name of the account": a fact that spells a name answers it. */
  asksName: boolean;
  /** The word whose name is asked, when the question says it: "gmsa" in "the gMSA name". */
  nameOf?: string;
  /** "Can you reset my password?": a request to do something, which no doc answers. */
  request: boolean;
  /** "Which doc covers AD FS with subdomains?", "where do I read about …": where to read is asked, as much as what. */
  asksReading: boolean;
}

interface Rule {
  kind: FactKind;
  weight: number;
  pattern: RegExp;
}

const DURATION = new RegExp(`\\b(\\d+|a|an|one|${NUMBER_WORDS}|thirty|sixty|several|few|every(?: other)?)[\\s-]+(seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\\b`, 'i');

/** "How many … per minute": the unit a count is asked per. */
const RATE_UNIT = /\bhow many\b.*?\b(?:per|an?|each|every)\s+(second|minute|hour|day|week|month|year)s?\b/i;

/** What a value the question needs looks like in a fact's text. */
export const VALUE_PATTERNS = {
  price: /[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:USD|EUR|dollars?)\b|\bper (?:user|month)\b|\bfree\b(?![\s-]+(?:(?:\d+-day\s+)?trial|up|space|disk))|\bincluded in your\b/i,
  size: /\b\d+(?:\.\d+)?[\s-]?(?:GB|MB|TB|GHz|cores?|CPUs?|RAM)\b/i,
  // "Run this script only once" says how many times.
  count: new RegExp(`\\b\\d+\\b|\\b(?:${NUMBER_WORDS})\\b|\\bunlimited\\b|\\bno limit\\b|\\b(?:${ONCE_OR_TWICE})\\b`, 'i'),
  // A year, not any four digits (port 5671)
  date: /\b(?:19|20)\d{2}\b/,
  // "up to 30 minutes", "every two hours", "12 months", "every hour"
  duration: DURATION,
  // How often: a duration, or "updated weekly" (no answer to how long something takes).
  frequency: new RegExp(`${DURATION.source}|\\b(?:hourly|daily|weekly|monthly|yearly|annually)\\b`, 'i'),
  // "about 90% of all new installations"
  share: /\b\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)? percent\b/i,
};

/**
 * Whether a fact holds the value a question needs: a version fact in its value ("August 31, 2022",
 * not the "V1" fact of the same sentence), a requirement in its explanation too, others in their text.
 */
export function holdsValue(fact: Fact, needs: keyof typeof VALUE_PATTERNS): boolean {
  return VALUE_PATTERNS[needs].test(fact.kind === 'version' ? fact.value : saidBy(fact));
}

/** What a fact says: its text, and for a requirement the explanation beside it ("… You can't use a Microsoft account"). */
export function saidBy(fact: Fact): string {
  return fact.kind === 'requirement' && fact.explanation ? `${fact.text} ${fact.explanation}` : fact.text;
}

/** "How do I …", "how to …": a way of doing something is asked (and "how do I change the interval" wants no value). */
const HOW_TO = /\b(how (do|can|should|would) (i|we|you)|how to)\b/;
/** "Scheduler interval change": changing a setting is asked, as "how do I …" asks it. */
const CHANGED = /\b(chang|modif|adjust|increas|decreas|lower|shorten|lengthen|configur)\w*/;

/** "What do I run / type / enter …": a command line is asked. */
const RUN_WHAT = /\bwhat (?:do|should|can|must) (?:i|we|you) (?:run|type|enter|execute)\b/;

/** Question shapes → fact kinds. These are about how people ask, not about the product. */
const RULES: Rule[] = [
  { kind: 'port', weight: 3, pattern: /\bports?\b|\btcp\b|\budp\b/ },
  { kind: 'endpoint', weight: 3, pattern: /\b(endpoints?|(?<!\bserver(?:'s)? )(?:hosts?|hostnames?)|(?<!\b(?:ad|directory|forest|my|our|your|same|this|that|per|each|every)\s)domains?(?! controllers?| admin\w*| join\w*| names?)|addresses|fqdns?|whitelist\w*|allowlist\w*|allow ?list|unblock|outbound|egress|reach|firewall)\b/ },
  { kind: 'endpoint', weight: 3, pattern: /\burls\b.*\b(allow\w*|whitelist\w*|firewall|block\w*|open|need\w*|required)\b|\b(allow\w*|whitelist\w*|firewall|block\w*|open|need\w*|required)\b.*\burls\b/ },
  { kind: 'port', weight: 1.5, pattern: /\bfirewall|whitelist|allowlist|open\b/ },
  { kind: 'url', weight: 2.5, pattern: /\b(downloads?|links?|websites?|sites?|urls?|address)\b/ },
  { kind: 'url', weight: 1, pattern: /\b(portal|dashboard)\b/ },
  // "Where do I get Entra Connect?" asks where to download it.
  { kind: 'url', weight: 2.5, pattern: /\bwhere (?:do|can|should) (?:i|we|you) (?:get|obtain|grab)\b/ },
  // "pta agent gov cloud urls": the addresses an agent uses, a list of endpoints; "the URL of the portal" is one link.
  { kind: 'endpoint', weight: 3, pattern: /\burls\b/ },
  { kind: 'cmdlet', weight: 2.5, pattern: /\b(cmdlets?|commands?|cmds?|powershell|ps1?|scripts?)\b/ },
  { kind: 'cmdlet', weight: 1.5, pattern: HOW_TO },
  // "What do I run to install … for US government?" asks for a command line.
  { kind: 'cmdlet', weight: 2.5, pattern: RUN_WHAT },
  { kind: 'parameter', weight: 2, pattern: RUN_WHAT },
  // "Which switch…" is a parameter; "how do I switch the server to…" is a verb. A registry value is a setting, and an attribute's value no parameter's.
  { kind: 'parameter', weight: 3, pattern: /\b(parameters?|params?|switches|flags?|arguments?|args?)\b|\bswitch\b(?!\s+(to|the|from|over|off|on|back|between|an?|my|our|its|it|this|that)\b)|\s-[a-z]\w+|(?<!registry |attribute |attribute's )\b(values?|accepts?|valid values|allowed values)\b/ },
  { kind: 'parameter', weight: 1.5, pattern: /\bdefaults?\b/ },
  { kind: 'config', weight: 2, pattern: /\bdefaults?\b|\bby default\b|\bturned (on|off)\b|\benabled\b|\bdisabled\b/ },
  { kind: 'config', weight: 1, pattern: /\bsettings?\b/ },
  // "What registry value …" asks for a setting.
  { kind: 'config', weight: 2.5, pattern: /\bregistry\b/ },
  { kind: 'requirement', weight: 3, pattern: /\b(requirements|prerequisites|prereqs)\b/ },
  { kind: 'requirement', weight: 2.5, pattern: /\b(requirements?|prerequisites?|prereqs?|pre-?reqs?|required|requires?|need|needs|needed|must|necessary|before (i |you |we )?install\w*)\b/ },
  { kind: 'step', weight: 2.5, pattern: /\b(steps?|procedures?|walk ?(me )?through|guides?|instructions?)\b/ },
  { kind: 'step', weight: 1.5, pattern: HOW_TO },
  { kind: 'step', weight: 1, pattern: /\b(install|set ?up|configure|register|verify|enable|upgrade|update|check)\b/ },
  // "md5 disabled fips agent fix": a fix is something to do.
  { kind: 'step', weight: 1.5, pattern: /\b(fix|fixes|resolve|solve|workaround)\b/ },
  // "What goes in the agent config file?": what to write there, which its procedure says.
  { kind: 'step', weight: 1.5, pattern: /\bwhat (?:goes|(?:do|should|must) (?:i|we|you) (?:put|add|write|type))(?: in| into)\b/ },
  { kind: 'version', weight: 2.5, pattern: /\b(versions?|windows server|operating systems?|os|v\d|builds?|releases?|retired?|retirement|end of (life|support)|(?<!up to )dates?|which year|supported)\b|^when (?:was|did|will|were)\b|\bsince when\b/ },
  { kind: 'role', weight: 2.5, pattern: /\b(roles?|admins?(?! (?:center|centre|portal|agents?))|administrators?|(?<!(?:graph|api|application|app|delegated) )permissions?|rights|privileges?|(?<!computer )accounts?|who|credentials?|sign in with|log ?in with|rbac)\b/ },
  // "Free up space" frees no money.
  { kind: 'license', weight: 3, pattern: /\b(licen[cs]\w*|cost|costs|price|pricing|free(?![\s-]+(?:up|space|disk))|paid|pay|p1|p2|premium|subscriptions?|sku)\b/ },
  { kind: 'service', weight: 3, pattern: /\bservices\b|\bwindows services?\b|services\.msc/ },
  { kind: 'service', weight: 1.5, pattern: /\bservice\b/ },
  // "Which service do I stop …" asks for one; "the Connect Health service" only names the product.
  { kind: 'service', weight: 3, pattern: /^(?:which|what) (?:windows )?service\b/ },
  { kind: 'service', weight: 1.5, pattern: /\brunning\b/ },
  // "How do I check the agent is running?": whether it runs is what its Windows services say.
  { kind: 'service', weight: 2.5, pattern: /\b(is|are|be|still|not) running\b/ },
  { kind: 'file', weight: 2.5, pattern: /\b(installers?|msi|exe|files?|setup|dll|config file|folder|path|located|location|where (is|are|can i find))\b/ },
  // "Where is the agent executable for checking its version?" asks for a place, whatever else it names.
  { kind: 'file', weight: 3, pattern: /^where(?:'s| is| are| does| do| will| the| can i find)\b.*\b(installers?|msi|exe|executables?|files?|dll|folder|path|installed)\b/ },
  // "Where is the Connect Health dashboard?" asks for the page's address, not a file's place.
  { kind: 'url', weight: 3, pattern: /^where(?:'s| is| are)\b.*\b(dashboard|portal|page|website|site|blade|admin cent(?:er|re))\b/ },
  { kind: 'note', weight: 1.5, pattern: /\b(supported|support|sovereign|china|core|limitations?|caveats?|warning|important|not available)\b/ },
];

/** A word a question is asked with, anywhere in it: without one, a question is a string of keywords. */
const ASKED_AS_QUESTION = /\b(?:what|which|how|where|when|who|why|whats|can|could|does|do|is|are|should|will)\b/;
/** A kind's noun ending the question: "… restart cmd", "… cmdlet?" (not "… still needed?", which asks whether). */
const ENDS_ON = /^(?:cmdlets?|commands?|cmds?|scripts?|ports?|endpoints?|urls?|services?|files?|parameters?|switch(?:es)?|versions?|roles?|licen[cs]es?|steps?|prerequisites?)\s*[?.!]*\s*$/;

/** "… for the on-prem attribute ", "… of the sync ": a phrase the last words of a question stand in. */
const OF_PHRASE = /\b(?:for|of|in|on|with|from|by)\s+(?:[\w.-]+\s+){1,4}$/;

/** The words right after "what"/"which", up to the verb: "what registry value", "which ports". */
const HEAD = /^(?:what|which)\s+(?:(?!(?:do|does|did|is|are|was|were|can|could|should|must|will|would|has|have|i|we|you|needs?|requires?|uses?|makes?|gets?|runs?)\b)[\w.-]+\s*){1,3}/;

/** "Can you reset my password?", "can you open a ticket with Microsoft for me?" ask the bot to act; "can you tell me the ports" asks what the docs say. */
const REQUEST = /^(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!(?:tell|explain|show|list|give|find|help|describe|point|say|check|look|clarify|summari[sz]e|remind|confirm|share|send me the|let me know)\b)[a-z]+\s+(?:(?:my|me|our|us)\b|.*\bfor (?:me|us)\s*[?.!]*$)/;
/** "Can you give me admin rights?" asks to be given something; "can you give me the ports?" asks what the docs say. */
const GRANT = /^(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:give|grant|assign)\s+(?:me|us)\s+(?!(?:the|a list|an overview|steps|instructions|details|info\w*)\b)/;

/** "What is the registration cmdlet", "what's the default port": the words naming what is asked for. */
const KIND_HEAD = /^what(?:'s| is| are)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+/;

// "What does the agent do when I select Confirm?" asks what happens in a case, not what the agent is.
const DEFINITION = /^(what('s| is| are)|what (?:(?:kinds?|sorts?|types?) of )?(?:things? |stuff |info )?does .+ (do|show|offer|provide|include|contain|check|monitor|cover|detect|give|let (?:you|us|me)|allow (?:you|us|me))(?! (?:when|if|after|once|during|before)\b)|why (use|would|do)|explain|describe|tell me about|what (?:do|does|will|would|can) (?:i|we|you|users?|they|our \w+) (?:get|gain) (?:from|out of|by))\b|\bused for\b/;
/** "What is X's name / default / size?", "what is the first thing to do?": what is asked of X is not what X is. */
const NOT_WHAT_IT_IS = /\b(called|named|name of|version|default|maximum|minimum|max|min|limit|number of|how many|size|(?:first|next|last|final) (?:thing|step)s?|best way)\b/;
const YES_NO = /^(can|could|does|do|is|are|will|should|may|must|am|has|have)\b/;
/** "If all agents are down, do users fall back to …?": a yes/no question after the case it is about. */
const CONDITIONAL_YES_NO = /^(?:if|once|after|before|while|until)\b(?!.*\b(?:what|which|how|where|who|why|when)\b).*?,?\s(?:do|does|can|could|will|would|should|is|are)\s+(?:i|we|you|users?|they|it|its|their|the|my|our|that|this|these|those|another|other|any)\b/;
/** "Our proxy does SSL inspection - will that cause problems?": the case said first, then a yes/no question about it. */
const CLOSING_YES_NO = /^(?!.*\b(?:what|which|how|where|who|why|when)\b).*\w(?:\s+[-–—]|[,;:])\s+(?:do|does|can|could|will|would|should|is|are)\s+(?:that|this|it|they|those|these)\b/;
/** "What happens if …", "what does the script do when …", "when should I not use …": what follows a case, or in which case. */
const OUTCOME = /^what (?:happens|will happen|would happen|(?:does|do|will|would) (?:the |a |an |my |our )?[\w.-]+(?: [\w.-]+){0,3} do) (?:if|when|whenever|once|after)\b|^when (?:should|do|must|can|would|shouldn'?t|do ?n'?t) (?:i|we|you)(?: not| never)? (?:use|run)\b/;
const LIST = /\b(all|list|every|which|what are|complete|full|(?:kinds|types|sorts) of)\b|\b(endpoints|ports|urls|services|steps|requirements|prerequisites|hosts|domains)\b/;

export function detectIntent(question: string): Intent {
  const q = question.toLowerCase();
  const kinds: Intent['kinds'] = {};
  for (const rule of RULES) {
    if (rule.pattern.test(q)) kinds[rule.kind] = Math.max(kinds[rule.kind] ?? 0, rule.weight);
  }
  // "What registry value makes Entra Connect use Azure Government endpoints?" asks for a value: the
  // kind named right after "what"/"which" is what is asked; kinds named later only say of what.
  const named = kindsNamedIn(q, HEAD.exec(q)?.[0].length ?? 0);
  // "health agent services restart cmd", said with no question word: the kind it ends on is the thing asked for.
  // (Not one a phrase ends on, "minimum ADSyncTools version for the attribute cmdlets": that says what the version is of.)
  const ending = !named.length && !ASKED_AS_QUESTION.test(q) ? kindsNamedIn(q, q.length).filter((n) => ENDS_ON.test(q.slice(n.at)) && !OF_PHRASE.test(q.slice(0, n.at))) : [];
  for (const n of ending) kinds[n.kind] = Math.max(...Object.values(kinds)) + 0.5;
  if (named.length) {
    for (const kind of Object.keys(kinds) as FactKind[]) if (!named.some((n) => n.kind === kind)) kinds[kind] = Math.min(kinds[kind]!, 1.5);
    // "What PowerShell version": the last noun of the phrase is the thing asked for.
    const last = named.reduce((a, b) => (b.at > a.at ? b : a)).kind;
    if (named.length > 1) kinds[last]! += 0.5;
  }
  const yesNo = YES_NO.test(q) || CONDITIONAL_YES_NO.test(q) || CLOSING_YES_NO.test(q);
  // "What is the account called?", "the name of the gMSA": a name is asked, not who may do something.
  // ("What name does the wizard give …", "what gmsa name does it create": the name asked outright.)
  const asksName = /\b(name of|names? (of|for)|called|named|account name|created as)\b|\bname\s*\??$|^(?:what|which)\s+(?:[\w$-]+\s+)?names?\s+(?:does|do|did|will|would|is|are)\b/.test(q);
  if (asksName && !/\broles?\b/.test(q)) delete kinds.role;
  // "the gmsa the wizard creates called": the thing named, not the verb of the clause about it.
  const nameOf = asksName ? (/\bname of (?:the |a |an )?([\w$-]+)/.exec(q) ?? TO_BE_NAMED.exec(q) ?? NAMED_IN_CLAUSE.exec(q) ?? /([\w$-]+)\s+(?:is |are )?(?:name|called|named)\b/.exec(q))?.[1] : undefined;
  if (yesNo) {
    // "Is 1.x still supported?" is answered by the statement of the case, not by a version number.
    if (!/\b(which|what) version/.test(q)) kinds.version = Math.min(kinds.version ?? 0, 1.5) || undefined;
    kinds.note = Math.max(kinds.note ?? 0, 2);
    kinds.requirement = Math.max(kinds.requirement ?? 0, 1.5);
    kinds.faq = Math.max(kinds.faq ?? 0, 2);
  }
  // "When was V1 retired?" asks for a date, and so does "how long is V1 supported?" (not "… after a new one comes out",
  // a duration); "when is SQL Server required?" asks for a condition, and so does "what does it do when I hit … at the end".
  const needs = /^when (was|did|will|were)\b|\bhow long\b(?!.*\b(after|once|from)\b).*\b(supported|available)\b|\bwhen (?:does|do|is|are|will|was|did|has|have)\b.*\b(retire\w*|released?|end|expire\w*|deprecated?)\b|\bwhat date\b|\bwhich year\b|\bsince when\b|\b(retirement|release|end of support|expiry|expiration) date\b/.test(q)
    ? 'date'
    : /\bhow much\b.*\b(cost|price|pay|charge)|\b(price|pricing|cost) (of|per|for)\b|\$\d/.test(q)
    ? 'price'
    : asksSize(q)
      ? 'size'
      : /\bhow often\b/.test(q) || (/\b(interval|frequency)\b/.test(q) && !HOW_TO.test(q) && !CHANGED.test(q))
        ? 'frequency'
      : /\bhow long\b/.test(q)
        ? 'duration'
        : /\bhow many\b|\bhow (big|large)\b|\bnumber of\b/.test(q)
          ? 'count'
          : /%|\b(?:percent|percentage|proportion)\b/.test(q)
            ? 'share'
            : undefined;
  // "What does the SQL connectivity script do if it can't find the server?" asks what happens, "when should I use
  // the manual registration command?" in which case: prose says either, and the kind named is the subject.
  if (OUTCOME.test(q)) for (const kind of Object.keys(kinds) as FactKind[]) kinds[kind] = Math.min(kinds[kind]!, 1.5);
  const ranked = (Object.entries(kinds) as [FactKind, number][]).filter(([k]) => k !== 'faq').sort((a, b) => b[1] - a[1]);
  // A yes/no question is answered by whatever states the case, unless it names a kind outright.
  const primary = ranked[0] && ranked[0][1] >= (yesNo ? 3 : 2) ? ranked[0][0] : undefined;
  // "What is the ADSync service account used for?" defines, though it names a kind of thing in passing.
  // "What is the registration cmdlet for …?" asks for a cmdlet, as "which cmdlet" would; "what is the ADSync
  // service account used for?" asks what the account is.
  const namesKind = kindsNamedIn(q, KIND_HEAD.exec(q)?.[0].length ?? 0).some((n) => n.kind === primary) && !/\bused for\b|\bfor\s*\??$/.test(q);
  const definition = DEFINITION.test(q) && !namesKind && !asksName && !NOT_WHAT_IT_IS.test(q) && (!primary || (ranked[0]![1] < 3 && !yesNo));
  const asked = definition && primary && ranked[0]![1] < 3 ? undefined : primary;
  // "users get invalid username or password with pta, why?": chat asks why last as well as first.
  const questionWord = /^(why|how|what|when|where|which)\b/.exec(q)?.[1] ?? (/\bwhy\W*$/.test(q) ? 'why' : undefined);
  const perUnit = needs === 'count' ? RATE_UNIT.exec(q)?.[1] : undefined;
  return { kinds, primary: asked, primaryWeight: asked ? ranked[0]![1] : 0, yesNo, questionWord, needs, ...(perUnit ? { perUnit } : {}), wantsList: LIST.test(q), definition, asksDefault: /\bdefaults?\b/.test(q) && !asksName, asksName, ...(nameOf && !STOP_NAME.test(nameOf) ? { nameOf } : {}), request: REQUEST.test(q) || GRANT.test(q), asksReading: READING_ASKED.some((pattern) => pattern.test(q)) };
}

/** Where to read about something asked: "where can I learn …", "which article covers …", "where is the doc on …". */
const READING_ASKED = [
  /\bwhere (?:do|can|should) (?:i|we|you) (?:read|learn)\b/,
  /\b(?:which|what) (?:doc|docs|document|article|page|topic)s? (?:covers?|describes?|explains?|talks? about|is about|has|lists?)\b/,
  /\bwhere (?:is|are) .+ (?:documented|described|explained|listed)\b/,
  /\bwhere (?:is|are|do (?:i|we) find|can (?:i|we) find) (?:the |an? |every |all )?(?:[\w-]+ ){0,4}?(?:docs?|documents?|documentation|articles?|pages?)\b(?! says?\b)/,
];

/** "How do I install X?": a way of doing something, which no version fact says. */
export function asksHowTo(intent: Intent): boolean {
  return intent.questionWord === 'how' && (intent.kinds.step ?? 0) >= 1.5;
}

/** The kinds a question names plainly (a rule of weight 2.5 or more) within its first `end` characters, and where. */
function kindsNamedIn(q: string, end: number): { kind: FactKind; at: number }[] {
  if (end === 0) return [];
  return RULES.filter((r) => r.weight >= 2.5).map((r) => ({ kind: r.kind, at: r.pattern.exec(q)?.index ?? Infinity })).filter((n) => n.at < end);
}

/** "What will the auto-created gmsa be called?": the noun before "be called". */
const TO_BE_NAMED = /\b([\w$-]+) (?:will |would |should |is going to |gonna )?be (?:called|named)\b/;
const NAMED_IN_CLAUSE = /\bthe ([\w$-]+) (?:that |which )?(?:the |a |an )?[\w-]+ [\w-]+ (?:is |are )?(?:called|named)\b/;
/** Words before "name"/"called" that are no thing named: "what is it called", "the account is named". */
const STOP_NAME = /^(it|this|that|the|a|an|is|are|be|what|which|account|service|file|user|display)$/;

/** What holds bytes: how big it is is a size. */
const STORED = /\b(database|db|localdb|disk|drive|storage|files?|logs?|memory|ram|download|installer|package|mailbox|attribute|object)s?\b/;

/** "How much RAM…", "minimum disk space", "how large can … get": a size. "Is blob storage needed?" is not one. */
function asksSize(q: string): boolean {
  if (/\bfile\b/.test(q)) return false;
  if (/\b(ram|cpus?|cpu cores|sizing|hardware)\b/.test(q)) return true;
  // "how many GB" asks a size; "when LocalDB hits 10 GB" states one.
  if (/\b(gb|mb)\b/.test(q) && !/\d[\s-]?(gb|mb)\b/.test(q)) return true;
  // "How large can the LocalDB database get?": a size; "how big can a group be?" a count of its members.
  if (/\bhow (big|large)\b/.test(q)) return STORED.test(q);
  return /\b(memory|disk space|storage|size)\b/.test(q) && /\b(how (much|many|big|large)|minimum|recommended|enough)\b/.test(q);
}

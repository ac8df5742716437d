import type { Fact } from '../fact.js';
import type { VersionConflict } from '../extract/articleVersions.js';
import { CMDLET } from '../extract/kinds/cmdletName.js';
import { IMPERATIVE_VERBS, onlyNamed, versionHeadingOf } from './fit.js';
import { asksHowTo, holdsValue } from './intent.js';
import { countsAskedThing, NUMBER_WORDS, ONCE_OR_TWICE } from './numbers.js';
import type { Hit } from './retrieve.js';
import { rowKey } from './rowKey.js';
import { BOUND_NAMED, type Understanding } from './understand.js';
import { askedAsFaq } from './wording.js';
import { headingOf, workaroundOf } from './workaround.js';

/** The facts an answer is made of, and the one it is organised around. */
export interface Selection {
  anchor: Fact;
  facts: Fact[];
  /** How many more facts of the list there are in the source beyond `facts`. */
  more: number;
  /** The answer is a whole section, led by its heading. */
  section?: string;
  /** The fact the question found, when the answer is another it leads to (a known issue's workaround). */
  foundBy?: Fact;
}

/** What a section says, one fact a line in its order, the fullest kind read from a line first (a step over the command it holds). */
function proseOf(facts: Fact[]): Fact[] {
  const prose = facts.filter((f) => SECTION_PROSE.includes(f.kind))
    .sort((a, b) => a.source.line - b.source.line || SECTION_PROSE.indexOf(a.kind) - SECTION_PROSE.indexOf(b.kind));
  return dedupeBy(prose, (f) => String(f.source.line));
}

/** What a passage ending in a colon introduces. */
const LIST_FOLLOWERS = new Set<Fact['kind']>(['requirement', 'step', 'passage', 'service', 'endpoint', 'port', 'role']);
/** How the docs start saying what to do about the problem just described. */
const REMEDY = /^(?:to (?:resolve|fix|solve|correct|work around) (?:this|the|these)\b|as a workaround\b)/i;
/** What a section says, one fact per line, the fullest kind first. */
const SECTION_PROSE: Fact['kind'][] = ['step', 'passage', 'note', 'config', 'cmdlet', 'parameter', 'service'];
const SECTION_FACTS = 8;
/** Prose pointing at the command that follows it: "Use this PowerShell command …", "run the following cmdlet". */
const POINTS_TO_COMMAND = /\b(?:this|the following|these) (?:PowerShell )?(?:commands?|cmdlets?)\b/i;
/** A question word anywhere ("on a fips server what gets disabled"): a question, not a keyword query. */
export const QUESTION_WORD = /\b(?:wh(?:at|ich|ere|en|o|y)|how)/i;
/** "… which option?": a choice asked, whatever else the question leaves out. */
const WHICH = /\bwhich\b/i;
/** Facts that are one item of their section: under a heading that says the question, the section answers. */
const SECTION_ITEMS = new Set<Fact['kind']>(['service', 'license']);
/** An older article's fact answers over the newer one's when it says this much of the question, and this much more. */
const OLDER_SAYS = 0.6;
const OLDER_MARGIN = 0.25;
/** How close to the best hit the best one of an older article a question names must come to answer it. */
const OLDER_ASKED = 0.8;
/** A PowerShell command line: "Register-MicrosoftEntraConnectHealthAgent -UserPrincipalName upn-of-the-user". */
const COMMAND_LINE = new RegExp(`${CMDLET.source}\\s+-[A-Z]\\w*`);
/** How close to the best hit a FAQ entry asking the question as it stands must come to answer it. */
const AS_IS_REACH = 0.5;
/** At most this many facts are shown; the rest are counted and cited. */
const MAX_FACTS = 20;

/**
 * Picks what answers: the best hit of the kind the question is about, then — for list questions —
 * the complete list it belongs to (all endpoints of the asked environment in that document, the
 * procedure's steps in order, the requirement table), for others the few best facts.
 */
export function select(u: Understanding, hits: Hit[], factsOfFile: (file: string) => Fact[]): Selection | undefined {
  // "How do I install X?" is not answered by which versions X runs on: a version fact says how to do nothing.
  // "Express vs custom" is best answered where one section says both: by the rows of a table of the two, side by
  // side, else by two facts of a section.
  const sideBySide = (compared: [string[], string[]], rows: boolean) => hits.find((h) => {
    const other = h.score >= hits[0]!.score * 0.5 && otherSideOf(compared, hits, h, true);
    return !!other && (!rows || (!!rowKey(h.fact) && !!rowKey(other.fact)));
  });
  const leading = (u.compared && (sideBySide(u.compared, true) ?? sideBySide(u.compared, false)))
    || (asksHowTo(u.intent) && hits.find((h) => h.fact.kind !== 'version' && h.score >= hits[0]!.score * 0.5)) || hits[0];
  if (!leading) return undefined;
  // An older article counts for little beside its newer version — unless it alone says the question: the newer one
  // may word it otherwise ("splash screen" for "Agent Package screen"), and the answer then notes its older source.
  // "In the 2020 article, where do I download the agent from?" asks that article: its best hit, if close, answers.
  const asked = u.olderArticle ? hits.find((h) => h.fact.supersededBy && h.score >= leading.score * OLDER_ASKED && h.coverage >= leading.coverage) : undefined;
  // (What the newer one says is what its hits about as good as the best say: a procedure's steps each say less of
  // "which version is running" than the sentence leading into them.)
  const newerSays = Math.max(leading.coverage, ...hits.filter((h) => !h.fact.supersededBy && h.score >= leading.score * OLDER_ASKED).map((h) => h.coverage));
  const top = asked ?? hits.find((h) => h.fact.supersededBy && h.coverage >= Math.max(OLDER_SAYS, newerSays + OLDER_MARGIN)) ?? leading;
  const primary = u.intent.primary;
  // The asked kind wins when one of its facts scores close enough to the best hit: closer when the question only hints at it.
  const reach = u.intent.primaryWeight >= 3 ? 0.3 : 0.6;
  const slack = u.intent.primaryWeight >= 3 && u.intent.wantsList ? 0.35 : 0.15;
  // A FAQ entry asking the question as it stands answers it, value or not: "How long does migration take? … varies depending on …"
  // over the requirement of "a two-week validation period after migration".
  const askedAsIs = hits.find((h) => h.fact.kind === 'faq' && h.score >= top.score * AS_IS_REACH && askedAsFaq(h.fact, u.question) > 0);
  // A value asked ("how long …", "when was …") is answered by a fact that holds one, if any comes close.
  // Any number is no sign of a count ("error code 81011"): a number of the thing asked is ("150,000 objects").
  const holding = u.intent.needs && hits.find((h) => holdsAsked(h.fact, u) && h.score >= top.score * 0.3 && h.coverage >= top.coverage - 0.15);
  // (Not one that says nothing but its name: "-Replace of Set-ADUser" is no answer to "which adminDescription value …".)
  // (Not over a best hit that holds the thing asked itself: a note giving the command line to run for sovereign clouds.)
  const holdsPrimary = primary === 'cmdlet' && top.fact.kind !== 'cmdlet' && COMMAND_LINE.test(top.fact.text);
  const anchorHit = askedAsIs || holding || (primary && !holdsPrimary && hits.find((h) => h.fact.kind === primary && !onlyNamed(h.fact) && h.score >= top.score * reach && h.coverage >= top.coverage - slack && (!asked || !!h.fact.supersededBy))) || top;
  // A role read from a requirement row is a part of it: the row, with all its explanation says, answers ("… You can't use a Microsoft account").
  const row = anchorHit.fact.kind === 'role' && hits.find((h) => h.fact.kind === 'requirement' && h.fact.source.file === anchorHit.fact.source.file && h.fact.source.line === anchorHit.fact.source.line && h.coverage >= anchorHit.coverage);
  let anchor = row ? row.fact : anchorHit.fact;
  const allOf = (keep: (f: Fact) => boolean) => factsOfFile(anchor.source.file).filter(keep);
  // "The troubleshooting task requires the following input parameters:" says them in the list below it: the
  // paragraph holding intro and list answers.
  if (anchor.kind !== 'passage' && anchor.text.trimEnd().endsWith(':')) anchor = paragraphOf(anchor, allOf) ?? anchor;
  // "How do I …" answered by prose that stands over a procedure or a command: those are the answer. A bare
  // keyword query ("fips md5 provisioning agent") asks for the topic, and its procedure is the most of it.
  // A state it names ("md5 disabled on fips server") only hints at a setting: the topic is still asked. One asking
  // "which" of something ("… app provisioning, which option?") asks for the choice, not the topic.
  const hinted = u.intent.primaryWeight < 2.5 && !u.intent.asksDefault && !u.intent.needs && !QUESTION_WORD.test(u.question);
  // (A bound named — "on demand provision group member limit" — asks the value the docs give, not the topic's procedure.)
  const keywords = !u.intent.questionWord && !WHICH.test(u.question) && !u.intent.yesNo && (!u.intent.primary || hinted) && !u.intent.definition && !BOUND_NAMED.test(u.canonical);
  // "Where is the MD5 setting configured?" is answered where the procedure says to change it.
  const asksHow = (u.intent.kinds.step ?? 0) >= 1.5 || keywords || (u.intent.questionWord === 'where' && (!u.intent.primary || u.intent.primary === 'file'));
  if (asksHow && (anchor.kind === 'passage' || anchor.kind === 'note' || anchor.kind === 'config')) {
    const section = anchor.source.section;
    const procedure = allOf((f) => f.kind === 'step' && f.source.section === section);
    const command = hits.find((h) => (h.fact.kind === 'cmdlet' || h.fact.kind === 'parameter') && h.fact.source.file === anchor.source.file && h.fact.source.section === section && h.coverage >= 0.6);
    // Prose after the procedure's last step says what comes after it ("When you finish, you can remove access …"): not how to do it.
    const afterProcedure = procedure.length > 0 && anchor.source.line > Math.max(...procedure.map((f) => f.source.line));
    // A problem described, and the paragraph after it saying "To resolve this issue, …": that paragraph is how to fix it
    // (not where the problem comes from: "where does the wizard get the source anchor policy from").
    const problemLine = anchor.source.line;
    const remedy = (u.intent.kinds.step ?? 0) >= 1.5 && allOf((f) => f.kind === 'passage' && f.source.section === section && f.source.line > problemLine && REMEDY.test(f.text))[0];
    if (procedure[0] && !afterProcedure) anchor = procedure[0];
    else if (command) anchor = command.fact;
    else if (remedy) anchor = remedy;
  }
  // "Where's the FIPS setting in the config file?": a setting is changed where the procedure editing its file says;
  // "how do I verify the agent in the admin center?" is the procedure whose step names the role to sign in as.
  if (asksHow && ((anchor.kind === 'file' && anchor.fileType === 'config') || anchor.kind === 'role')) {
    const said = anchor;
    const step = allOf((f) => f.kind === 'step' && f.source.line === said.source.line)[0];
    if (step) anchor = step;
  }
  // "Authenticator notifications stopped after the UPN change - fix?" finds the known issue: what to do about it is
  // the "Workaround" the page gives after it, led by its heading and the problem it is for.
  const workaround = remedyAsked(u) ? proseOf(workaroundOf(anchor, allOf)) : [];
  if (workaround[0]) {
    const section = `${headingOf(workaround[0].source.section)} (${headingOf(anchor.source.section)})`;
    return { anchor: workaround[0], facts: workaround.slice(0, MAX_FACTS), more: Math.max(0, workaround.length - MAX_FACTS), section, foundBy: anchor };
  }

  let facts: Fact[];
  // "How do I install the agent in the US government cloud?" answered by prose under the heading
  // that says so: that section is how, all of it, in its own order; "which registry keys enable TLS 1.2?"
  // under "Registry keys that enable TLS 1.2" is that section's list.
  const sectionAnswers = (asksHow || u.intent.wantsList) && anchorHit.fact === anchor && anchorHit.headingSimilarity >= 0.5;
  // "Key benefits and best practices:" with nothing after it (a scraped page lost its list) says nothing: its section does.
  // A sentence does say something ("For more information and an example, view the following video:").
  const introducesNothing = anchor.kind === 'passage' && anchor.text.trimEnd().endsWith(':') && isLabel(anchor.text) && !allOf((f) => follows(f, anchor)).length;
  // A service or a licence under that heading is one item of it: "how do I get the health agent for sync" is the section.
  const item = sectionAnswers && SECTION_ITEMS.has(anchor.kind);
  if ((sectionAnswers || introducesNothing) && (anchor.kind === 'passage' || anchor.kind === 'config' || anchor.kind === 'note' || item)) {
    // Its subsections too: "Configure the agents to use HTTP proxy" says how in "Import existing proxy settings".
    const within = (f: Fact) => f.source.section === anchor.source.section || f.source.section.startsWith(`${anchor.source.section} > `);
    const said = proseOf(allOf((f) => within(f) && !(introducesNothing && f === anchor)));
    // A list item the passage introducing it already says ("you can: Import …; Specify …") is said once.
    facts = said.filter((f, i) => !said.slice(0, i).some((earlier) => earlier.text.includes(f.text.replace(/\.$/, '')))).slice(0, SECTION_FACTS);
    if (facts[0]) return { anchor: introducesNothing || item ? facts[0] : anchor, facts, more: 0, section: anchor.source.section.split(' > ').pop() };
  }
  // "What are the 5 sections of …?" answered by a row of a table is answered by the table, under its heading.
  if (anchor.kind === 'passage' && u.intent.wantsList && rowKey(anchor)) {
    const section = anchor.source.section;
    const rows = tableOf(anchor, allOf((f) => f.kind === 'passage' && f.source.section === section));
    if (rows.length > 1) return { anchor: rows[0]!, facts: rows.slice(0, MAX_FACTS), more: Math.max(0, rows.length - MAX_FACTS), section: section.split(' > ').pop() };
  }
  // No cloud asked: the endpoints of the table's first environment (the public cloud, as the docs list it).
  if (anchor.kind === 'endpoint' && !u.environment) {
    const section = anchor.source.section;
    anchor = allOf((f) => f.kind === 'endpoint' && f.source.section === section)[0] ?? anchor;
  }
  switch (anchor.kind) {
    case 'endpoint':
      facts = allOf((f) => f.kind === 'endpoint' && f.environment === anchor.environment);
      break;
    case 'step':
      // A procedure is given whole, unless the question asks for one thing a step says: a name, a yes or no, a value
      // (but for "how many steps", which the whole procedure counts).
      facts = !(u.intent.asksName || u.intent.yesNo || (u.intent.needs && !(u.intent.needs === 'count' && u.terms.includes('step'))))
        ? withListsIntroduced(allOf((f) => f.kind === 'step' && f.procedure === anchor.procedure).sort((a, b) => (a as { position: number }).position - (b as { position: number }).position), allOf)
        : [anchor];
      break;
    case 'port':
      // The ports of one table or requirement and of the sections above it (the health agent's firewall ports stand
      // in "Requirements", over its endpoint table); a reference page lists many tables side by side, one per scenario.
      facts = dedupeBy([anchor, ...allOf((f) => f.kind === 'port' && nested(anchor.source.section, f.source.section))], (f) => String((f as { port: number }).port));
      break;
    case 'service':
      facts = dedupeBy([anchor, ...allOf((f) => f.kind === 'service' && f.source.section === anchor.source.section)], (f) => f.text);
      break;
    case 'requirement':
      facts = listsRequirements(u)
        ? allOf((f) => f.kind === 'requirement' && f.source.section === anchor.source.section)
        : best(hits, anchor, 3);
      break;
    case 'cmdlet':
      // "… can be viewed with Get-ADSyncAutoUpgrade. It has the following states:" — the table that follows says them.
      facts = [anchor, ...tableIntroducedBy(anchor, allOf), ...allOf((f) => f.kind === 'parameter' && f.cmdlet === anchor.name)];
      break;
    case 'passage': {
      const listed = POINTS_FORWARD.test(anchor.text) ? listedAfter(anchor, allOf) : [];
      // "You need the following to use …:" introduces what follows it in its section; "Set the following registry
      // keys on the server." what follows it, under the subsection right after it if its own section goes on with none.
      facts = anchor.text.trimEnd().endsWith(':')
        ? [anchor, ...allOf((f) => follows(f, anchor)).slice(0, 12)]
        : listed.length
        ? [anchor, ...listed.slice(0, 12)]
        : [anchor, ...continuationOf(anchor, allOf), ...((u.intent.kinds.step ?? 0) >= 1.5 || REMEDY_ASKED.test(u.question) ? remedyAfter(anchor, allOf) : []), ...siblingsSaying(hits, anchor, u.intent.wantsList ? SIBLINGS : NEAR_TIES)];
      // "To prevent these issues, we recommend …" says why only with the paragraph naming the issues; a table's row holds
      // only in the case the sentence introducing the table gives ("If the forest is hosted in a Windows Server 2016 environment, …").
      // (Each once: the paragraph before may be a near tie too.)
      facts = [...new Set([...antecedentOf(anchor, allOf), ...caseOfTable(anchor, allOf), ...facts])];
      break;
    }
    default:
      facts = best(hits, anchor, anchor.kind === 'faq' ? 1 : 3);
  }
  // "Use this PowerShell command only if the registration fails": the command it speaks of is the answer's point.
  if ((anchor.kind === 'note' || anchor.kind === 'passage') && POINTS_TO_COMMAND.test(anchor.text)) {
    const section = anchor.source.section;
    const command = allOf((f) => f.kind === 'cmdlet' && f.source.section === section && f.source.line > anchor.source.line)[0];
    if (command && !facts.includes(command)) facts.splice(1, 0, command);
  }
  if (!facts.includes(anchor)) facts.unshift(anchor);
  // "When did the PTA agent get X?": a release note is dated by its version's release status ("04/09/2020: Released for download").
  const release = u.intent.needs === 'date' ? versionHeadingOf(anchor) : undefined;
  const dated = release && allOf((f) => f !== anchor && versionHeadingOf(f) === release && holdsValue(f, 'date'))[0];
  if (dated && !facts.includes(dated)) facts.splice(1, 0, dated);
  facts = withOtherSide(u, hits, anchor, facts);
  return valueFirst(u, hits, { anchor, facts: facts.slice(0, MAX_FACTS), more: Math.max(0, facts.length - MAX_FACTS) });
}

/**
 * The fact ranking nearly as high as the answer's own and saying the question as fully, when the answer doesn't
 * give it: two facts that close, the ranking can't tell which the asker meant ("restart after changing the TLS
 * registry keys": the keys' procedure leads, the sentence saying to restart comes a near second). Given beside
 * the answer, after it is found sure enough: it adds a source, never confidence.
 */
export function nearTie(hits: Hit[], selection: Selection): Fact | undefined {
  const { anchor, facts } = selection;
  // (As its section's best hit ranks: the answer may be a procedure's first step, come to from the prose over it.)
  const anchorHit = hits.find((h) => h.fact.source.file === anchor.source.file && h.fact.source.section === anchor.source.section);
  if (!anchorHit) return undefined;
  // (Not what the answer says already — read from the same sentence as another kind of fact, or in the same words
  // elsewhere, or as a part of one of its facts — nor a line introducing a list, which says nothing alone.)
  const given = (f: Fact) => facts.some((g) => g.text.includes(f.text) || (g.source.file === f.source.file && g.source.line === f.source.line));
  return hits.find((h) => h.score >= anchorHit.score * NEARLY_TIED && h.coverage >= anchorHit.coverage && !h.fact.text.trimEnd().endsWith(':') && !given(h.fact))?.fact;
}
/** How near the answer's score a fact elsewhere must rank to be called a tie. */
const NEARLY_TIED = 0.8;

/**
 * "How many deletes by default?": the value asked is said by one sentence of the paragraph ("By default it allows
 * 500 deletes per run"), and that leads: the shortest fact of the paragraph holding it, if shorter than the anchor.
 */
function valueFirst(u: Understanding, hits: Hit[], selection: Selection): Selection {
  const value = u.intent.needs;
  const { anchor } = selection;
  if (!value) return selection;
  // (A count is of the thing asked: "how many endpoints" is no "port 5671" in the same table row.)
  const holds = (f: Fact) => (value === 'count' ? holdsAsked(f, u) : holdsValue(f, value));
  const said = hits
    .filter((h) => h.fact.source.file === anchor.source.file && h.fact.source.line === anchor.source.line && holds(h.fact))
    .sort((a, b) => a.fact.text.length - b.fact.text.length)[0]?.fact;
  if (!said || said === anchor || (holds(anchor) && said.text.length >= anchor.text.length)) return selection;
  return { ...selection, anchor: said, facts: [said, ...selection.facts.filter((f) => f !== said)] };
}

/** The services to look for; one service, named by the sentence that stops or starts it, by that sentence. */
function serviceLead(anchor: Fact, facts: Fact[]): string {
  const names = [...new Set(facts.map((f) => (f as { name: string }).name))];
  return names.length === 1 ? anchor.text : `Windows services to look for: ${names.join(', ')}.`;
}

/** Whether a fact holds the value the question needs; for a count, a number of the thing asked ("150,000 objects"). */
export function holdsAsked(f: Fact, u: Understanding): boolean {
  const needs = u.intent.needs;
  if (needs === 'count') return countsAskedThing(f.text, u.counted) || (TIMES_ASKED.test(u.canonical) && TIMES_SAID.test(f.text));
  return !!needs && holdsValue(f, needs);
}
/** "How many times should I run the script?" asks how often it is done, which "Run this script only once" says. */
const TIMES_ASKED = /\bhow many times\b/i;
const TIMES_SAID = new RegExp(`\\b(?:${ONCE_OR_TWICE})\\b|\\b(?:\\d+|${NUMBER_WORDS}) times\\b`, 'i');

/** "Express vs custom": an answer saying one side is followed by the best fact of its document saying the other. */
function withOtherSide(u: Understanding, hits: Hit[], anchor: Fact, facts: Fact[]): Fact[] {
  const anchorHit = hits.find((h) => h.fact === anchor);
  const other = u.compared && anchorHit && (otherSideOf(u.compared, hits, anchorHit, true) ?? otherSideOf(u.compared, hits, anchorHit));
  return other ? [anchor, other.fact, ...facts.filter((f) => f !== anchor && f !== other.fact)] : facts;
}

/** The hit of the same document saying the side of a comparison a hit doesn't ("Customized settings" for "Express settings"). */
function otherSideOf([a, b]: [string[], string[]], hits: Hit[], hit: Hit, inSection = false): Hit | undefined {
  const says = (h: Hit, side: string[]) => side.every((k) => h.matched.includes(k));
  const missing = says(hit, a) === says(hit, b) ? undefined : says(hit, a) ? b : a;
  const near = (h: Hit) => h.fact.source.file === hit.fact.source.file && (!inSection || h.fact.source.section === hit.fact.source.section);
  return missing && hits.find((h) => h !== hit && near(h) && says(h, missing));
}

/** "What are the requirements …", "what do I need …": the whole table; "which agent do I install on …" one row of it. */
function listsRequirements(u: Understanding): boolean {
  return u.intent.wantsList && !u.intent.yesNo && (u.intent.kinds.requirement ?? 0) >= 2.5;
}

/**
 * A procedure's steps, each one ending in a colon followed by the list it introduces ("Select the scoping filter. The
 * filter can be one of the following:" — "All security groups: …", "Selected security groups: …"): the choices are the step.
 */
function withListsIntroduced(steps: Fact[], allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  return steps.flatMap((step, i) => {
    if (!step.text.trimEnd().endsWith(':')) return [step];
    const next = steps[i + 1]?.source.line ?? Infinity;
    const items = allOf((f) => f.kind === 'passage' && follows(f, step) && f.source.line < next);
    return [step, ...items.slice(0, LIST_ITEMS)];
  });
}
/** How many items of a list a step introduces are shown with it. */
const LIST_ITEMS = 8;

/** A sentence ending the paragraph by pointing at what comes next: "Set the following registry keys on the server." */
const POINTS_FORWARD = /\bthe following [\w -]{3,40}[^.:]*\.\s*$/i;

/** What a paragraph pointing forward introduces: the list after it in its section, else in the first subsection after it, with the callouts between. */
function listedAfter(intro: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  const own = allOf((f) => follows(f, intro));
  if (own.length) return own;
  const under = allOf((f) => f.source.line > intro.source.line && f.source.section.startsWith(`${intro.source.section} > `)).sort((a, b) => a.source.line - b.source.line);
  const first = under[0]?.source.section;
  const listed = under.filter((f) => f.source.section === first && LIST_FOLLOWERS.has(f.kind));
  // (A callout between the paragraph and its list goes with them: "After you've updated the registry, you must restart …".)
  return listed.length ? [...listed, ...allOf((f) => f.kind === 'note' && f.source.section === intro.source.section && f.source.line > intro.source.line)] : [];
}

/** Whether a fact stands in what a passage ending in a colon introduces: after it, in its section. */
function follows(f: Fact, intro: Fact): boolean {
  return f.source.section === intro.source.section && f.source.line > intro.source.line && LIST_FOLLOWERS.has(f.kind);
}

/**
 * The paragraphs of the anchor's section that say the question as fully and rank near it, in their order (the first
 * `most`: a section leads with what it is about). "Which sign-in methods …?" answered by one paragraph of a list the
 * page lost the markup of ("Password hash synchronization- A sign-in method …", "Pass-through authentication- A
 * sign-in method …"): they are the rest of the list. Whatever is asked, paragraphs of one section nearly tied say it
 * together: which of them the asker meant, the ranking can't tell.
 */
function siblingsSaying(hits: Hit[], anchor: Fact, most: number): Fact[] {
  const anchorHit = hits.find((h) => h.fact === anchor);
  if (!anchorHit) return [];
  return hits
    .filter((h) => h.fact !== anchor && h.fact.kind === 'passage' && h.fact.source.file === anchor.source.file && h.fact.source.section === anchor.source.section && h.coverage >= anchorHit.coverage && h.score >= anchorHit.score * SIBLING_REACH)
    .map((h) => h.fact)
    .sort((a, b) => a.source.line - b.source.line)
    .slice(0, most);
}
/** How many of them are given: for a list asked, its items ("which sign-in methods …"); for any other question, near ties. */
const SIBLINGS = 8;
const NEAR_TIES = 2;
/** How near the anchor's score a paragraph of its section must rank to be given with it. */
const SIBLING_REACH = 0.7;

/**
 * The paragraph right after a passage that goes on about it ("… used to deliver several features." then
 * "These features include: cloud sync; on-premises app provisioning"): a sentence of it points back to the passage.
 */
function continuationOf(passage: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  const next = allOf((f) => f.kind === 'passage' && f.source.section === passage.source.section && f.source.line > passage.source.line)
    .sort((a, b) => a.source.line - b.source.line)
    .slice(0, 2)
    .find((f) => POINTS_BACK.test(f.text));
  return next ? [next] : [];
}
const POINTS_BACK = /(?:^|[.:]\s)(?:these|this list|they|such)\b[^.]{0,60}\b(?:include|are|is)\b/i;

/**
 * What to do about a problem a passage reports, when the paragraphs after it say so without "To resolve this": "If you
 * encounter the problem … this might be related to a mismatch …" — "Open the attribute editor …", "If they don't match, replace …".
 */
function remedyAfter(passage: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  if (!PROBLEM_SAID.test(passage.text)) return [];
  const after = allOf((f) => f.kind === 'passage' && f.source.section === passage.source.section && f.source.line > passage.source.line)
    .sort((a, b) => a.source.line - b.source.line)
    .slice(0, REMEDY_PARAGRAPHS);
  const end = after.findIndex((f) => !SAYS_WHAT_TO_DO.test(f.text));
  return end < 0 ? after : after.slice(0, end);
}
/**
 * Whether what to do about a problem is asked: "… - fix?", "what do we do", "how do we clean it up", or the
 * symptom alone ("fido2 key shows the old upn when picking an account", "… - how do users get them back") — not
 * what or why it happens, nor whether it does.
 */
function remedyAsked(u: Understanding): boolean {
  return REMEDY_ASKED.test(u.question) || u.intent.questionWord === 'how' || (!u.intent.questionWord && !u.intent.yesNo);
}
/** "What do I change?", "… any workaround?": what to do about a problem, however the question asks it. */
const REMEDY_ASKED = /\bwhat (?:do|should|can|must) (?:i|we) (?:do|change|fix|try)\b|\b(?:fix|resolve|solve|workaround)\b/i;
const PROBLEM_SAID = /\b(?:error|problem|issue|fails?|failed|failure)\b/i;
/** "Open …", "Check …", "If they don't match, replace …": a paragraph telling what to do. */
const SAYS_WHAT_TO_DO = new RegExp(String.raw`^(?:(?:if|when) [^,]{3,80}, )?${IMPERATIVE_VERBS}\b`, 'i');
const REMEDY_PARAGRAPHS = 3;

/**
 * The paragraph right before a passage that opens by pointing back at it ("However, hybrid device joining may
 * fail …" then "To prevent these issues, …"): what "these issues" are is said there.
 */
function antecedentOf(passage: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  if (!OPENS_POINTING_BACK.test(passage.text) && !THIS_DOES.test(passage.text)) return [];
  const before = allOf((f) => f.kind === 'passage' && f.source.section === passage.source.section && f.source.line < passage.source.line)
    .sort((a, b) => b.source.line - a.source.line)[0];
  return before ? [before] : [];
}
const OPENS_POINTING_BACK = /^(?:to (?:prevent|avoid|fix|resolve|address|mitigate|work around)|because of|for|due to|despite)\s+(?:these|this|those|that|such)\b/i;
/** "This limits the evaluation of alerts …": "this" doing something is what the paragraph before says, not a thing named ("This dashboard …"). */
const THIS_DOES = /^(?:this|that)\s+(?:limits|means|causes|prevents|results|leads|ensures|allows|lets|blocks|stops|breaks|affects|requires|makes)\b/i;

/** The rows of the table right below the paragraph of a fact, when it ends in a colon; none for another paragraph. */
function tableIntroducedBy(fact: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  const inSection = allOf((f) => f.kind === 'passage' && f.source.section === fact.source.section);
  // The sentence may be the fact's or the next one of its paragraph ("… with Get-ADSyncAutoUpgrade. It has the following states:").
  const intro = [fact, ...inSection.filter((f) => f.source.line === fact.source.line)].find((f) => f.text.trimEnd().endsWith(':'));
  if (!intro) return [];
  const first = inSection
    .filter((f) => rowKey(f) && f.source.line > intro.source.line && f.source.line <= intro.source.line + TABLE_GAP)
    .sort((a, b) => a.source.line - b.source.line)[0];
  return first ? tableOf(first, inSection) : [];
}
/** The sentence introducing a row's table when it gives the case the table holds in: "If the associated forest is …, it includes the following permissions". */
function caseOfTable(row: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact[] {
  if (!rowKey(row)) return [];
  const inSection = allOf((f) => f.kind === 'passage' && f.source.section === row.source.section);
  const first = tableOf(row, inSection)[0]?.source.line ?? row.source.line;
  const intro = inSection.filter((f) => !rowKey(f) && f.source.line < first && f.source.line >= first - TABLE_GAP).sort((a, b) => b.source.line - a.source.line)[0];
  return intro && CASE_OPENING.test(intro.text) ? [intro] : [];
}
export const CASE_OPENING = /^(?:if|when|unless)\b/i;

/** Lines between a sentence and the first row of the table it introduces (a blank, the header and its rule). */
const TABLE_GAP = 4;

/** The rows of the table a row stands in, in order: the rows on the lines around it, headed as it is. */
function tableOf(row: Fact, inSection: Fact[]): Fact[] {
  const header = row.text.slice(0, row.text.indexOf(':') + 1);
  const rowAt = new Map(inSection.filter((f) => rowKey(f) && f.text.startsWith(header)).map((f) => [f.source.line, f]));
  let [first, last] = [row.source.line, row.source.line];
  while (rowAt.has(first - 1)) first--;
  while (rowAt.has(last + 1)) last++;
  const rows: Fact[] = [];
  for (let line = first; line <= last; line++) rows.push(rowAt.get(line)!);
  return rows;
}

/** Whether a section is the other or stands above it. */
function nested(section: string, above: string): boolean {
  return section === above || section.startsWith(`${above} > `);
}

/** The anchor and the next best hits of its kind, different texts only. */
function best(hits: Hit[], anchor: Fact, n: number): Fact[] {
  const out = [anchor];
  // One that says all the anchor says of the question is as close, whatever its kind scores.
  const said = hits.find((h) => h.fact === anchor)?.coverage ?? 1;
  for (const h of hits) {
    if (out.length >= n) break;
    const close = h.score >= hits[0]!.score * 0.5 || h.coverage >= said;
    if (sameShape(h.fact, anchor) && !out.some((f) => f.text === h.fact.text) && close) out.push(h.fact);
  }
  return out;
}

/** A note and a passage are both prose: "Netsh WinHttp isn't supported" goes with "You can import WinHTTP proxy settings". */
function sameShape(f: Fact, anchor: Fact): boolean {
  return f.kind === anchor.kind || (PROSE.has(f.kind) && PROSE.has(anchor.kind));
}
const PROSE = new Set<Fact['kind']>(['note', 'passage']);

function dedupeBy(facts: Fact[], key: (f: Fact) => string): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)));
}

/** One line that answers, made of the facts' own values. */
export function leadOf(selection: Selection, u: Understanding): string {
  const { anchor, facts } = selection;
  if (selection.section) return /[?:]$/.test(selection.section) ? selection.section : `${selection.section}:`;
  const n = facts.length + selection.more;
  switch (anchor.kind) {
    case 'endpoint':
      return `${n} endpoint${n === 1 ? '' : 's'}${anchor.environment ? ` (${anchor.environment})` : ''} for ${anchor.component ?? anchor.source.title}:`;
    case 'port': {
      const ports = facts.filter((f): f is Extract<Fact, { kind: 'port' }> => f.kind === 'port').map((p) => `${p.protocol ? `${p.protocol} ` : ''}${p.port}`);
      return `Ports${anchor.component ? ` for ${anchor.component}` : ''}: ${ports.join(', ')}.`;
    }
    case 'step':
      return n === 1 && facts[0] === anchor ? `Step ${anchor.position} of "${anchor.procedure}":` : `${anchor.procedure} (${n} step${n === 1 ? '' : 's'}):`;
    case 'service':
      return serviceLead(anchor, facts);
    case 'requirement':
      return listsRequirements(u) && facts.length > 1 ? `Requirements (${anchor.source.section}):` : anchor.text;
    case 'cmdlet':
      return `${anchor.name}${anchor.purpose ? ` — ${anchor.purpose}` : ''}`;
    case 'parameter': {
      const parts = [`${anchor.partOf ? `${anchor.name} in -${anchor.partOf}` : anchor.name.startsWith('/') || anchor.cmdlet.includes('.') ? anchor.name : `-${anchor.name}`} (${anchor.cmdlet})`];
      if (anchor.default) parts.push(`defaults to ${anchor.default}`);
      if (anchor.allowedValues.length) parts.push(`takes ${anchor.allowedValues.join(', ')}`);
      return `${parts.join(' ')}.`;
    }
    case 'faq':
      return anchor.answer.length > 400 ? `${anchor.answer.slice(0, 397)}…` : anchor.answer;
    default: {
      // "Which PTA agent release enforced TLS 1.2?" is answered by the release note under its version's heading: the version leads.
      const release = u.intent.primary === 'version' ? versionHeadingOf(anchor) : undefined;
      return release && !anchor.text.includes(release) ? `${release}: ${anchor.text}` : anchor.text;
    }
  }
}

/** Where an older version of the article the answer comes from says something else, of the kinds shown. */
export function olderVersionNotes(selection: Selection, conflicts: VersionConflict[], olderHits: Fact[]): string[] {
  // Only where they differ in what this answer says: a value of the newer version stands in its facts.
  const says = (value: string) => selection.facts.some((f) => f.text.includes(value));
  const notes = conflicts.filter((c) => selection.facts.some((f) => f.source.file === c.newer.file) && c.newer.values.some(says)).map((c) => c.text);
  // When the answer itself comes from an older version (the newer one lacks it), say so.
  for (const f of olderHits) if (f.supersededBy && selection.facts.includes(f)) notes.push(`from an older version of the article (${f.source.file}); the newer one is ${f.supersededBy}`);
  return [...new Set(notes)].slice(0, 3);
}

/** The passage a fact was read from, when it says more: the same line, opening with the fact's words. */
function paragraphOf(fact: Fact, allOf: (keep: (f: Fact) => boolean) => Fact[]): Fact | undefined {
  const intro = fact.text.trimEnd();
  return allOf((f) => f.kind === 'passage' && f.source.line === fact.source.line && f.text.length > intro.length && f.text.startsWith(intro))[0];
}

/** A heading-like line ("Key benefits and best practices:"), not a sentence: a few words, no clause before the colon. */
function isLabel(text: string): boolean {
  return !/,/.test(text) && text.trim().split(/\s+/).length <= 6;
}

import type { Fact } from '../fact.js';
import { firstCellOf } from './rowKey.js';
import { canonicalize, componentsIn, type Vocabulary } from '../ingest/vocabulary.js';

/**
 * Whether a fact speaks of the components a question asks about (`family`: those it names and
 * their related ones). A sentence that opens with one speaks of it; else its headings decide
 * ("What is Microsoft Entra Connect Health?" inside an article about Microsoft Entra Connect is
 * about Connect Health); else its own words naming one; else the component it is attributed to;
 * else the products its article's title names.
 */
export function speaksOf(fact: Fact, family: string[], vocabulary: Vocabulary): boolean {
  const named = namedComponents(fact, vocabulary);
  // A sentence whose subject is the component speaks of it, under whatever heading it stands:
  // "Microsoft Entra Connect Health for Sync requires …" in a section on installing Connect.
  // And one opening with another component speaks of that one: "Microsoft Entra Connect Health for Sync requires …"
  // is no requirement of Connect's, though it stands under "What is Microsoft Entra Connect?".
  // (A service's name is no sentence: "Microsoft Azure AD Connect Agent Updater" is the provisioning agent's.)
  const prose = fact.kind !== 'service';
  // A table row opens with its first cell, which says what the row is about — as much as the headings over the
  // table do: "Service type: Microsoft Entra Connect (Sync); Agent: … Health Sync Insights Service" is Connect Health's too.
  const row = prose && named.row;
  if (named.subject && row && family.includes(named.subject)) return true;
  if (named.subject && prose && !row) return family.includes(named.subject);
  // A row is an entry of its own: one naming the component in its cells speaks of it, under whatever heading its table
  // stands ("Add a custom company logo …: … shown on the AD FS sign-in page" in a list of Connect's federation topics).
  if (row && named.inRow.some((c) => family.includes(c))) return true;
  // The headings say what a section is about; a passing mention in its text ("if Microsoft Entra Connect
  // isn't using the default configuration") does not move a Connect Health parameter to Connect.
  if (named.inHeadings.length) return named.inHeadings.some((c) => family.includes(c));
  // A step belongs to its procedure: "On the left, select Azure AD Connect" is a menu on the way to installing another agent.
  if (prose && fact.kind !== 'step' && named.inQuote.some((c) => family.includes(c))) return true;
  if (fact.component) return family.includes(fact.component);
  // Unattributed, in an article whose title names products: it is about one of those.
  return named.inTitle.length === 0 || named.inTitle.some((c) => family.includes(c));
}

interface NamedComponents {
  /** The component the fact's sentence opens with, if any: what it is about. */
  subject?: string;
  /** Whether the fact is a table row, whose subject is its first cell. */
  row: boolean;
  inHeadings: string[];
  inQuote: string[];
  /** The components a row's cells name (none for any other fact). */
  inRow: string[];
  inTitle: string[];
}

const namedCache = new WeakMap<Fact, NamedComponents>();

function namedComponents(fact: Fact, vocabulary: Vocabulary): NamedComponents {
  let named = namedCache.get(fact);
  if (!named) {
    const { section, quote, title } = fact.source;
    // A row's subject is its first cell ("Service type: AD FS"), a sentence's what it opens with.
    const firstCell = firstCellOf(fact);
    named = { subject: subjectOf(firstCell ?? quote, vocabulary), row: firstCell !== undefined, inHeadings: componentsIn(section, vocabulary), inQuote: componentsIn(quote, vocabulary), inRow: firstCell === undefined ? [] : componentsIn(fact.text, vocabulary), inTitle: componentsIn(title, vocabulary) };
    namedCache.set(fact, named);
  }
  return named;
}

/** The most specific component a sentence opens with ("The Microsoft Entra Connect Health agent …"). */
function subjectOf(quote: string, vocabulary: Vocabulary): string | undefined {
  const lead = canonicalize(quote, vocabulary).replace(/^(the|a|an)\s+/i, '').toLowerCase();
  // "Microsoft Entra Connect (sync): This option shows …" labels an item of a list; its heading says what the list is about.
  const label = (c: string) => /^(?:\s*\([^)]*\))?\s*:/.test(lead.slice(c.length));
  return vocabulary.components
    .filter((c) => lead.startsWith(c.toLowerCase()) && !/[\w-]/.test(lead.charAt(c.length)) && !label(c))
    .reduce<string | undefined>((best, c) => (!best || c.length > best.length ? c : best), undefined);
}

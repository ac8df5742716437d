/**
 * How nearly a question is a FAQ entry's own, worded alike word for word: what separates one FAQ entry
 * about migrating to cloud sync from the ten others is "how will I know when".
 */
import { stemmer } from 'stemmer';
import type { FaqFact } from '../fact.js';
import { terms } from '../search/tokenize.js';

/** How nearly a question is a FAQ entry's own, read on the entry's page: its wording's likeness, or 0 below {@link SAME_WORDING}. */
export function askedAsFaq(faq: FaqFact, question: string): number {
  const alike = sameWording(faq.question, question, faq.source.title);
  return alike >= SAME_WORDING ? alike : 0;
}

/**
 * Dice's coefficient over the two questions' word stems, small words included, 0..1 — nil unless the
 * entry (or its page's title) says every word the question asks about and opens as it does: "How can I disable Seamless SSO?"
 * is not "how do I enable seamless sso", nor "Do I need auditing on the proxy servers?" "Which agent do I
 * install on the proxy server?".
 */
export function sameWording(faqQuestion: string, asked: string, faqTitle = ''): number {
  const faq = wordingOf(faqQuestion);
  const question = wordingOf(asked);
  if (faq.first !== question.first) return 0;
  // An entry is asked on its page: "How long does migration take?" of the FAQ on migrating to cloud sync says "cloud sync".
  for (const t of question.terms) if (!faq.terms.has(t) && !wordingOf(faqTitle).terms.has(t)) return 0;
  let shared = 0;
  for (const w of faq.words) if (question.words.has(w)) shared++;
  return faq.words.size + question.words.size ? (2 * shared) / (faq.words.size + question.words.size) : 0;
}

/** The word a question opens with, as {@link sameWording} compares it: entries opening otherwise are never alike. */
export function openingOf(question: string): string | undefined {
  return wordingOf(question).first;
}

/** Below this, two questions share no more words than any two questions on one topic do. */
export const SAME_WORDING = 0.65;

/** "We can't migrate in the window, what now?" asks what the FAQ asks as "What if my organization can't migrate within the window?". */
const WHAT_NOW = /^(?!(?:what|which|how|where|when|who|why|can|is|are|do|does)\b)(.+?)\s*[,;.-]+\s*(?:what now|now what|what do (?:i|we) do(?: now)?|what should (?:i|we) do)\s*\??\s*$/i;

interface Wording {
  words: Set<string>;
  /** The words it asks about, as the index has them. */
  terms: Set<string>;
  first?: string;
}
const wordings = new Map<string, Wording>();
function wordingOf(question: string): Wording {
  let wording = wordings.get(question);
  if (!wording) {
    const words = question.replace(WHAT_NOW, 'what if $1').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((w) => (w.length > 3 ? stemmer(w) : w));
    wording = { words: new Set(words), terms: new Set(terms(question)), first: words[0] };
    // Questions asked come and go: a bounded few are kept beside the FAQ's.
    if (wordings.size > 5000) wordings.clear();
    wordings.set(question, wording);
  }
  return wording;
}

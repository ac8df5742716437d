import type { FactDraft } from '../../fact.js';
import { sentences, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Cheap tests first: most sentences name no version, and the full patterns are slow to fail. */
const MAYBE_VERSION = new RegExp(`version|Windows Server| V\\d|\\d\\.\\d+\\.\\d|${MONTHS}`, 'i');
const PATTERNS: { hint: RegExp; re: RegExp; subject: (m: RegExpMatchArray, sentence: string) => string; value: (m: RegExpMatchArray) => string; constraint?: (m: RegExpMatchArray) => string | undefined }[] = [
  {
    // "PowerShell version 5.0 or later", "(version 1.0.9125.0 or higher)", "latest version (3.1.95.0 or later)"
    hint: /version \(?\d/,
    re: /(?:\b([A-Z][\w.]*(?: [A-Z][\w.]*){0,4}) )?\bversion \(?(\d+(?:\.\d+){1,3})(?: (or later|or higher|or newer|and later))?/g,
    subject: (m, s) => m[1] ?? productIn(s),
    value: (m) => m[2]!,
    constraint: (m) => m[3],
  },
  {
    // "Windows Server 2012 R2", "Windows Server 2016 or later"
    hint: /Windows Server \d/,
    re: /\bWindows Server (\d{4}(?: ?R2)?)(?: (or later|or higher|and later))?/g,
    subject: () => 'Windows Server',
    value: (m) => m[1]!,
    constraint: (m) => m[2],
  },
  {
    // "Microsoft Entra Connect V2", "Azure AD Connect V1"
    hint: / V\d/,
    re: /\b((?:Microsoft Entra|Azure AD|Azure Active Directory)(?: [A-Z][a-z]+){1,2}) (V\d(?:\.\d+)?)\b/g,
    subject: (m) => m[1]!,
    value: (m) => m[2]!,
  },
  {
    // "supported in Microsoft Entra Connect 1.6.2.4 or later": a build number right after the product's name
    hint: /(?:Entra|AD|Directory)(?: [A-Z][a-z]+){1,2} \d+\.\d+\.\d/,
    re: /\b((?:Microsoft Entra|Azure AD|Azure Active Directory)(?: [A-Z][a-z]+){1,2}) (\d+\.\d+\.\d+(?:\.\d+)?)(?: (or later|or higher|or newer|and later|or above|or after))?/g,
    subject: (m) => m[1]!,
    value: (m) => m[2]!,
    constraint: (m) => m[3],
  },
  {
    // "This requirement only applies to versions 2.3.20.0 through to 2.4.129.0": a range of builds
    hint: /versions \d/,
    re: /\bversions (\d+(?:\.\d+){1,3}) (?:through(?: to)?|to|until) (\d+(?:\.\d+){1,3})/g,
    subject: (_m, s) => productIn(s),
    value: (m) => `${m[1]} through ${m[2]}`,
  },
  {
    // "retired as of August 31, 2022", "in December 2022"
    hint: new RegExp(MONTHS),
    re: new RegExp(`\\b(?:${MONTHS}) (?:\\d{1,2}, )?\\d{4}\\b`, 'g'),
    subject: (_m, s) => productIn(s),
    value: (m) => m[0],
  },
];

/** Product and OS versions with their constraint ("or later"), and dates that products change on. */
export function extractVersions(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const unit of view.units) {
    if (unit.kind === 'code') continue;
    if (!MAYBE_VERSION.test(unit.text)) continue;
    for (const sentence of unit.kind === 'paragraph' ? sentences(unit.text) : [unit.text]) {
      const seen = new Set<string>();
      for (const pattern of PATTERNS) {
        if (!pattern.hint.test(sentence)) continue;
        for (const m of sentence.matchAll(pattern.re)) {
          const value = pattern.value(m);
          if (seen.has(value)) continue;
          seen.add(value);
          const subject = pattern.subject(m, sentence);
          const constraint = pattern.constraint?.(m);
          facts.push({
            kind: 'version', subject, value, ...(constraint ? { constraint } : {}),
            text: sentence, source: sourceAt(view, unit, sentence),
          });
        }
      }
    }
  }
  return facts;
}

function productIn(sentence: string): string {
  return /\b(?:Microsoft Entra|Azure AD|Azure Active Directory)(?: [A-Z][\w-]*)*/.exec(sentence)?.[0] ?? '';
}

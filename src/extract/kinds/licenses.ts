import type { FactDraft } from '../../fact.js';
import { sentences, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

const PLAN = /\b(?:Microsoft Entra ID|Microsoft Entra|Azure AD|Azure Active Directory)(?: Premium)? (?:P1 or P2|P1|P2|Premium(?: P[12])?)(?: or P2)?\b/;
const LICENSE_TALK = /\b(licen[cs]es?|licensing|subscription|premium|P1|P2|free)\b/i;

/** Licences and subscriptions a feature needs ("requires Microsoft Entra ID P1 licenses", "free and included"). */
export function extractLicenses(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const unit of view.units) {
    if (unit.kind === 'code') continue;
    for (const sentence of unit.kind === 'paragraph' ? sentences(unit.text) : [unit.text]) {
      if (!LICENSE_TALK.test(sentence)) continue;
      const plan = PLAN.exec(sentence)?.[0];
      const free = /\bfree\b/i.test(sentence) && /licen|subscription|feature/i.test(sentence) ? 'free (included in the subscription)' : undefined;
      const license = plan ?? free;
      if (!license) continue;
      facts.push({ kind: 'license', license, text: sentence, source: sourceAt(view, unit, sentence) });
    }
  }
  return facts;
}

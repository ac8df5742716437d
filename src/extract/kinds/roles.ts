import type { FactDraft } from '../../fact.js';
import type { Vocabulary } from '../../ingest/vocabulary.js';
import { escapeRegExp } from '../../ingest/vocabulary.js';
import { sentences, type DocView } from '../docView.js';
import { sourceAt } from '../draft.js';

/** Entra role names are written in title case: "Hybrid Identity Administrator", "Global Administrator". */
const TITLED_ROLE = /\b((?:[A-Z][a-z]+ ){1,3}Administrator)s?\b/g;
/** … and other roles by the word "role" after their title-case name: "the Directory Synchronization Accounts role", "the Owner role". */
const NAMED_ROLE = /\b((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+) roles?\b/g;
/** Capitalised words before "role" that name none: a sentence's start ("These roles"), a link's ("See List …"). */
const NOT_NAMED_ROLES = /^(?:These|This|Those|That|See|List|Each|Any|Which|What|New|Same|Other|Special|Custom|Following|Azure|Entra|Microsoft)\b/;
/** The product a role name is written with ("Microsoft Entra Global Administrator"): not part of the role's name. */
const PRODUCT_PREFIX = /^(?:(?:Microsoft Entra|Azure AD|Azure Active Directory|Active Directory|Entra) )/;
const SCRIPT_LINE = /^`{3}|^\$\w+\s*=|\s\$\w+\s*=\s/;
const NOT_ROLES = /^(?:The|A|An|Your|Use|Using|Sign|Microsoft|Azure|Entra|Active|Directory|Microsoft Entra|Azure AD)\b/;

/**
 * Roles and accounts the docs ask for. Title-case "… Administrator" names are found by shape;
 * lower-case forms ("global administrator", "enterprise admins") through the vocabulary's aliases.
 */
export function extractRoles(view: DocView, vocabulary: Vocabulary): FactDraft[] {
  const roleGroups = vocabulary.aliases
    .filter((g) => /(?:administrator|admin|owner)s?$/i.test(g.names[0]!))
    .map((g) => ({ role: g.names[0]!, pattern: new RegExp(`\\b(?:${g.names.map(escapeRegExp).join('|')})s?\\b`, 'gi') }));
  const facts: FactDraft[] = [];
  for (const unit of view.units) {
    if (unit.kind === 'code') continue;
    for (const sentence of unit.kind === 'paragraph' ? sentences(unit.text) : [unit.text]) {
      // A script line written into the prose ("``` $adminPassword = ConvertTo-SecureString …") asks for no one.
      if (SCRIPT_LINE.test(sentence)) continue;
      const mentions: Mention[] = [];
      for (const group of roleGroups) {
        for (const m of sentence.matchAll(group.pattern)) mentions.push({ role: group.role, at: m.index, end: m.index + m[0].length });
      }
      for (const m of sentence.matchAll(TITLED_ROLE)) {
        const role = m[1]!.replace(PRODUCT_PREFIX, '');
        if (!NOT_ROLES.test(role)) mentions.push({ role, at: m.index, end: m.index + m[0].length });
      }
      for (const m of sentence.matchAll(NAMED_ROLE)) {
        const role = m[1]!.replace(/^(?:(?:The|A|An|This|That|Its|Their|Your) )+/, '').replace(PRODUCT_PREFIX, '');
        if (role && !NOT_NAMED_ROLES.test(role) && !/Administrator$/.test(role)) mentions.push({ role, at: m.index + m[0].indexOf(role), end: m.index + m[0].length });
      }
      for (const role of rolesMentioned(mentions)) {
        facts.push({ kind: 'role', role, text: sentence, source: sourceAt(view, unit, sentence) });
      }
    }
  }
  return facts;
}

interface Mention {
  role: string;
  at: number;
  end: number;
}

/**
 * The roles a sentence names, each once. A mention inside another, earlier one is part of its name:
 * "Global Administrator accounts" names the Global Administrator, not an "administrator account".
 */
function rolesMentioned(mentions: Mention[]): string[] {
  const kept: Mention[] = [];
  for (const m of mentions.sort((a, b) => a.at - b.at || b.end - a.end)) {
    if (!kept.some((k) => m.at < k.end)) kept.push(m);
  }
  const roles = new Map(kept.map((k) => [k.role.toLowerCase(), k.role]));
  return [...roles.values()];
}

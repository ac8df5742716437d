import type { FactDraft } from '../../fact.js';
import { sentences, type DocView, type TextUnit } from '../docView.js';
import { sourceAt } from '../draft.js';

// "ports 80 and 443", "ports 53 (DNS), 88 (Kerberos) and 389 (LDAP)": each number may carry what it is for.
const PORT_PHRASE = /\b(?:(TCP|UDP|HTTPS?)\s+)?ports?:?\s+(\d{2,5}(?:\s*\([^()]{1,30}\))?(?:\s*(?:,|and|or|\/)\s*\d{2,5}(?:\s*\([^()]{1,30}\))?)*)/gi;
const LABELLED_PORT = /(\d{2,5})(?:\s*\(([^()]{1,30})\))?/g;
const NUMBER_THEN_PROTOCOL = /\b(\d{2,5})\s*\((TCP|UDP|TCP\/UDP)\)/gi;
const PORT_HEADER = /^ports?$|port number/i;

/**
 * Ports stated in prose ("TCP port 443", "port 5671", "ports 80 and 443"), in tables with a Port
 * column, and in endpoint items ("Port: 5671"). Each port gets the sentence or row that states it.
 */
export function extractPorts(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  const seen = new Set<string>();
  const add = (unit: TextUnit, port: number, protocol: string | undefined, quote: string, purpose: string) => {
    if (port < 1 || port > 65535) return;
    // The same port said twice in one place is one fact; said in another table it is another ("80 (TCP)" for CRLs in several).
    const key = `${port}|${quote}|${unit.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    facts.push({
      kind: 'port', port, ...(protocol ? { protocol: protocol.toUpperCase() } : {}), purpose,
      text: `${protocol ? `${protocol.toUpperCase()} ` : ''}port ${port}: ${purpose}`,
      source: sourceAt(view, unit, quote),
    });
  };

  for (const unit of view.units) {
    if (unit.kind === 'code') continue;
    if (unit.kind === 'cell' && unit.row && PORT_HEADER.test(unit.row.header.trim())) {
      for (const match of unit.text.matchAll(/\b(\d{2,5})\b(?:\s*\(([A-Z/]+)\))?/g)) {
        add(unit, Number(match[1]), match[2], unit.text, rowPurpose(unit));
      }
      continue;
    }
    const pieces = unit.kind === 'cell' || unit.kind === 'item' ? [unit.text] : sentences(unit.text);
    for (const piece of pieces) {
      const purpose = unit.kind === 'cell' && unit.intro && piece.length < 40 ? `${unit.intro} ${piece}` : piece;
      for (const match of piece.matchAll(PORT_PHRASE)) {
        for (const [, n, label] of match[2]!.matchAll(LABELLED_PORT)) {
          const protocol = label && /^(TCP|UDP|TCP\/UDP)$/i.test(label) ? label : undefined;
          add(unit, Number(n), match[1] ?? protocol, piece, label && !protocol ? `${label}: ${purpose}` : purpose);
        }
      }
      for (const match of piece.matchAll(NUMBER_THEN_PROTOCOL)) add(unit, Number(match[1]), match[2], piece, purpose);
    }
  }
  return facts;
}

/** "DNS: DNS lookups on the destination forest." — the row's other cells. */
function rowPurpose(unit: TextUnit): string {
  const row = unit.row!;
  const rest = row.cells.slice(1).filter((c) => c !== unit.text && c !== '');
  return rest.length ? `${row.key}: ${rest.join(' ')}` : row.key;
}

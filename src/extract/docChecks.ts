import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ParseWarning, SourceDoc } from '../ingest/sourceDoc.js';
import { escapeRegExp, type Vocabulary } from '../ingest/vocabulary.js';

/** Links to `#anchor` in the same document whose anchor no heading has (slug or explicit `<a name>`). */
export function brokenAnchorLinks(doc: SourceDoc): ParseWarning[] {
  const anchors = new Set<string>();
  const links: Link[] = [];
  visit(doc.tree as Root, (node) => {
    if (node.type === 'heading') {
      if (node.data?.slug) anchors.add(node.data.slug);
      for (const a of node.data?.anchors ?? []) anchors.add(a);
    } else if (node.type === 'link' && node.url.startsWith('#')) links.push(node);
  });
  const warnings: ParseWarning[] = [];
  links.forEach((link) => {
    const anchor = decodeURIComponent(link.url.slice(1)).toLowerCase();
    if (anchor && !anchors.has(anchor)) {
      warnings.push({ file: doc.file, line: link.position?.start.line ?? 1, severity: 'warning', message: `link to #${anchor}: no heading or anchor with that name in this document` });
    }
  });
  return warnings;
}

/**
 * Old product names ("Azure AD Connect") in prose of a current document. Code is left out: paths
 * and service names keep old names on purpose. The longest name wins ("Azure AD Connect", not "Azure AD").
 */
export function oldProductNames(doc: SourceDoc, vocabulary: Vocabulary): ParseWarning[] {
  const currentOf = new Map<string, string>();
  const spelling = new Map<string, string>();
  for (const group of vocabulary.aliases) {
    for (const old of group.old) {
      currentOf.set(old.toLowerCase(), group.names[0]!);
      spelling.set(old.toLowerCase(), old);
    }
  }
  if (currentOf.size === 0) return [];
  const names = [...currentOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`, 'gi');
  const codeLines = new Set<number>();
  visit(doc.tree as Root, (node) => {
    if (node.type === 'code' && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) codeLines.add(l);
    }
  });
  const linesOf = new Map<string, number[]>();
  let line = 1;
  let from = 0;
  for (const m of doc.text.matchAll(pattern)) {
    line += newlinesBetween(doc.text, from, m.index);
    from = m.index;
    if (codeLines.has(line)) continue;
    const name = m[0].toLowerCase();
    const lines = linesOf.get(name) ?? [];
    if (lines.at(-1) !== line) lines.push(line);
    linesOf.set(name, lines);
  }
  return [...linesOf.entries()].map(([name, hits]) => ({
    file: doc.file, line: hits[0]!, severity: 'warning' as const,
    message: `old product name "${spelling.get(name)}" (now "${currentOf.get(name)}") on ${hits.length} line(s): ${hits.slice(0, 8).join(', ')}${hits.length > 8 ? ', …' : ''}`,
  }));
}

function newlinesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

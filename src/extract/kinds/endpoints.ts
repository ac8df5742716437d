import type { FactDraft } from '../../fact.js';
import { sentences, type DocView, type TextUnit } from '../docView.js';
import { parenthetical, sourceAt } from '../draft.js';
import { isExampleHost, type Vocabulary } from '../../ingest/vocabulary.js';

/** A host pattern or URL: `*.blob.core.windows.net`, `**.servicebus.windows.net`, `https://login.microsoftonline.com`. */
export const HOST = /^(?:https?:\/\/)?(?:\*{1,2}\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{2,5})?(?:\/[^\s]*)?$/i;
const ENDPOINT_CONTEXT = /endpoints?|urls?\b|outbound|firewall|allowlist|connectivity|proxy|domains?/i;
const ENVIRONMENT_HEADER = /environment|cloud|instance/i;
const LINK_PURPOSE = /download|trial|portal|dashboard|admin center|pricing|sign up/i;
const LINK_HOST = /fwlink|aka\.ms|\/download\//i;

/**
 * Endpoints: hosts and URLs in tables or lists about endpoints and connectivity, with the cloud
 * environment of their table row ("General public", "Azure Government"), a port and remarks.
 * Other addresses become `url` facts: sites to trust, download links, portals.
 */
export function extractEndpoints(view: DocView, vocabulary: Vocabulary): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const unit of view.units) {
    if (unit.kind === 'code') continue;
    const listsHosts = onlyHosts(unit);
    const hosts = hostsIn(unit, listsHosts);
    const isEndpointList = ENDPOINT_CONTEXT.test(`${unit.row?.header ?? ''} ${unit.intro ?? ''} ${unit.section.path.at(-1) ?? ''}`) && (unit.kind === 'item' || unit.kind === 'cell');
    for (const host of hosts) {
      // "(for example, https://sts.contoso.com)": a made-up address is no endpoint to allow nor a site to visit.
      if (isExampleHost(host, vocabulary)) continue;
      const quote = unit.text;
      const source = sourceAt(view, unit, quote);
      const remarks = parenthetical(unit.text);
      // A cell or item that is only addresses ("login.windows.us *.microsoftonline.us …") lists endpoints, each one.
    if (isEndpointList && (hosts.length === 1 || listsHosts)) {
        const environment = unit.row && ENVIRONMENT_HEADER.test(unit.row.keyHeader) ? unit.row.key : undefined;
        const port = /\bport:?\s*(\d{2,5})\b/i.exec(unit.text)?.[1];
        facts.push({
          kind: 'endpoint', host, ...(environment ? { environment } : {}), ...(port ? { port: Number(port) } : {}),
          ...(remarks ? { remarks } : {}),
          text: `${host}${environment ? ` (${environment})` : ''}${port ? `, port ${port}` : ''}${remarks ? ` — ${remarks}` : ''}`,
          source,
        });
      } else {
        const label = unit.row?.key ?? unit.intro ?? unit.text;
        facts.push({ kind: 'url', url: host, label, text: `${host} — ${label}`, source });
      }
    }
    // Bare addresses in prose ("The https://aka.ms/aadconnecthealth URL takes you to …").
    for (const m of unit.text.matchAll(/\bhttps?:\/\/[^\s)<>"']+[^\s)<>"'.,;:]/g)) {
      const url = m[0];
      if (isExampleHost(url, vocabulary)) continue;
      if (hosts.includes(url) || unit.links.some((l) => l.url === url || l.text === url)) continue;
      const sentence = sentences(unit.text).find((s) => s.includes(url)) ?? unit.text;
      if (!LINK_PURPOSE.test(sentence) && !LINK_HOST.test(url)) continue;
      facts.push({ kind: 'url', url, label: sentence, text: `${url} — ${sentence}`, source: sourceAt(view, unit, sentence) });
    }
    for (const link of unit.links) {
      if (!/^https?:/i.test(link.url) || hosts.includes(link.url) || isExampleHost(link.url, vocabulary)) continue;
      if (!LINK_PURPOSE.test(link.text) && !LINK_HOST.test(link.url)) continue;
      // A link whose text is its address says nothing of what it is for; its sentence does.
      const label = link.text === link.url || /^https?:/.test(link.text) ? (sentences(unit.text).find((s) => s.includes(link.text)) ?? unit.text) : link.text;
      facts.push({ kind: 'url', url: link.url, label, text: `${label}: ${link.url}`, source: sourceAt(view, unit, unit.text) });
    }
  }
  return facts;
}

/** Hosts written as code (`*.blob.core.windows.net`), or as the whole text of a scraped list item. */
function hostsIn(unit: TextUnit, listsHosts: boolean): string[] {
  const fromCode = unit.codes.map((c) => c.trim()).filter((c) => HOST.test(c) && /[a-z]/i.test(c) && !/^\d+(\.\d+)+$/.test(c));
  if (fromCode.length) return [...new Set(fromCode)];
  if (listsHosts) return [...new Set(unit.text.split(/\s+/))];
  const bare = unit.text.split(/\s+/)[0] ?? '';
  return unit.kind !== 'paragraph' && HOST.test(bare) && /^(https?:\/\/|\*)/.test(bare) ? [bare] : [];
}

/** A table cell written as nothing but host names and URLs, one after another. */
function onlyHosts(unit: TextUnit): boolean {
  if (unit.kind !== 'cell' || !unit.text.includes('.')) return false;
  const words = unit.text.split(/\s+/);
  return words.length > 1 && words.every((w) => HOST.test(w) && /[a-z]{2,}$/i.test(w.replace(/:\d+$/, '').replace(/\/.*$/, '')));
}

import type { Fact, FactDraft } from '../fact.js';
import type { SourceDoc } from '../ingest/sourceDoc.js';
import { componentIn, componentsIn, type Vocabulary } from '../ingest/vocabulary.js';
import { viewDoc } from './docView.js';
import type { Extractor } from './draft.js';
import { extractCmdlets } from './kinds/cmdlets.js';
import { extractConfig } from './kinds/config.js';
import { extractEndpoints } from './kinds/endpoints.js';
import { extractFaq } from './kinds/faq.js';
import { extractFiles } from './kinds/files.js';
import { extractLicenses } from './kinds/licenses.js';
import { extractNotes } from './kinds/notes.js';
import { extractPassages } from './kinds/passages.js';
import { extractPorts } from './kinds/ports.js';
import { extractRequirements } from './kinds/requirements.js';
import { extractRoles } from './kinds/roles.js';
import { extractServices } from './kinds/services.js';
import { extractSteps } from './kinds/steps.js';
import { summaryOf } from './kinds/summary.js';
import { extractVersions } from './kinds/versions.js';

/** One document → its facts, each with a stable id and the component it applies to. */
export function extractFacts(doc: SourceDoc, vocabulary: Vocabulary): Fact[] {
  const view = viewDoc(doc);
  const extractors: Extractor[] = [
    extractRequirements, (v) => extractEndpoints(v, vocabulary), extractPorts, extractCmdlets, extractServices, extractFiles,
    extractVersions, (v) => extractRoles(v, vocabulary), extractLicenses, extractSteps, extractNotes, extractConfig,
    extractFaq, extractPassages,
  ];
  const drafts = extractors.flatMap((extract) => extract(view));
  if (drafts.length === 0) drafts.push(...summaryOf(view));
  // A document is about the one product its title names; a section names one only when the title
  // doesn't. A title naming two ("Microsoft Entra Connect and Microsoft Entra Connect Health
  // installation roadmap") leaves each section to say which it is about.
  const named = new Set(componentsIn(doc.title, vocabulary));
  const ofTitle = named.size === 1 ? [...named][0] : undefined;
  const componentOfSection = new Map<string, string | undefined>();
  const componentOf = (section: string) => {
    if (ofTitle) return ofTitle;
    if (!componentOfSection.has(section)) {
      componentOfSection.set(section, section.split(' > ').reverse().map((t) => componentIn(t, vocabulary)).find(Boolean));
    }
    return componentOfSection.get(section);
  };
  const ids = new Map<string, number>();
  return drafts
    .sort((a, b) => a.source.line - b.source.line)
    .map((draft) => {
      const base = `${doc.id}#${draft.kind}:${slug(keyOf(draft))}`;
      const n = (ids.get(base) ?? 0) + 1;
      ids.set(base, n);
      const component = componentOf(draft.source.section);
      return { ...draft, id: n === 1 ? base : `${base}-${n}`, ...(component ? { component } : {}) } as Fact;
    });
}

/** What makes a fact itself, for its id: the name or value, not the line it is on. */
function keyOf(draft: FactDraft): string {
  switch (draft.kind) {
    case 'endpoint': return `${draft.environment ?? ''}-${draft.host}`;
    case 'url': return draft.url;
    case 'port': return `${draft.port}-${draft.purpose.slice(0, 40)}`;
    case 'cmdlet': return draft.name;
    case 'parameter': return `${draft.cmdlet}-${draft.partOf ?? ''}-${draft.name}`;
    case 'service': return draft.name;
    case 'file': return draft.name;
    case 'version': return `${draft.subject}-${draft.value}`;
    case 'role': return `${draft.role}-${draft.text.slice(0, 30)}`;
    case 'license': return `${draft.license}-${draft.text.slice(0, 30)}`;
    case 'step': return `${draft.procedure}-${draft.position}`;
    case 'faq': return draft.question.slice(0, 60);
    default: return draft.text.slice(0, 48);
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9*]+/g, '-').replace(/\*/g, 'x').replace(/^-|-$/g, '').slice(0, 64);
}

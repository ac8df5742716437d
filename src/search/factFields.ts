import type { Fact, FactKind } from '../fact.js';
import { canonicalize, type Vocabulary } from '../ingest/vocabulary.js';

/**
 * Words that say what kind of thing a fact is, so "which ports…" finds port facts and
 * "what URLs…" finds endpoints even where the fact's own text never says "port" or "URL".
 * This is about fact kinds, not about the product: product words live in content/vocabulary.yml.
 */
const KIND_WORDS: Record<FactKind, string> = {
  requirement: 'requirement requirements prerequisite prerequisites required need',
  endpoint: 'endpoint endpoints url urls host hosts domain domains address outbound firewall allow',
  url: 'url link address website site download',
  port: 'port ports firewall tcp network',
  cmdlet: 'cmdlet command powershell run',
  parameter: 'parameter switch option value default',
  service: 'service services windows running',
  file: 'file installer setup executable location located',
  version: 'version versions supported',
  role: 'role account permission permissions administrator admin',
  license: 'license licenses licensing subscription',
  step: 'step steps procedure how',
  note: 'note',
  config: 'setting default configuration',
  faq: 'faq',
  passage: '',
};

/** The searchable fields of a fact. Field boosts are set where the index is built. */
export interface FactFields {
  /** Names and values: host, cmdlet, parameter, file, role, port number… */
  name: string;
  kind: string;
  text: string;
  section: string;
  title: string;
}

/**
 * The fields of a fact. With a vocabulary, prose fields also carry their current product names
 * ("AD Domain Services" is found by "AD DS"), since questions are read the same way.
 */
export function fieldsOf(fact: Fact, vocabulary?: Vocabulary): FactFields {
  const withAliases = (text: string) => {
    if (!vocabulary) return text;
    const canonical = canonicalize(text, vocabulary);
    return canonical === text ? text : `${text} ${canonical}`;
  };
  return {
    name: nameOf(fact),
    kind: KIND_WORDS[fact.kind],
    text: withAliases([fact.text, detailOf(fact)].filter(Boolean).join(' ')),
    section: withAliases(fact.source.section),
    title: withAliases(`${fact.source.title} ${fact.component ?? ''}`),
  };
}

function nameOf(fact: Fact): string {
  switch (fact.kind) {
    case 'endpoint': return `${fact.host} ${fact.environment ?? ''}`;
    case 'url': return fact.url;
    case 'port': return `${fact.port} ${fact.protocol ?? ''}`;
    case 'cmdlet': return fact.name;
    case 'parameter': return `${fact.cmdlet} ${fact.name} ${fact.partOf ?? ''} ${fact.allowedValues.join(' ')}`;
    case 'service': return fact.name;
    case 'file': return fact.name;
    case 'version': return `${fact.subject} ${fact.value}`;
    case 'role': return fact.role;
    case 'license': return fact.license;
    case 'step': return fact.procedure;
    case 'config': return fact.setting;
    case 'faq': return fact.question;
    case 'requirement': return fact.condition;
    default: return '';
  }
}

function detailOf(fact: Fact): string {
  switch (fact.kind) {
    case 'requirement': return fact.explanation ?? '';
    case 'cmdlet': return `${fact.purpose ?? ''} ${fact.examples.join(' ')} ${fact.module ?? ''}`;
    case 'parameter': return fact.meaning ?? '';
    case 'endpoint': return fact.remarks ?? '';
    case 'faq': return fact.answer;
    default: return '';
  }
}

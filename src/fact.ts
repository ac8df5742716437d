/**
 * The `Fact`: the one contract between the pipeline's stages.
 *
 * Extraction turns documents into facts; search indexes them; the answer engine and the
 * checklist engine read them; surfaces render what those engines decide. Every fact carries
 * its provenance, so every sentence the bot says can be checked against the docs.
 */

/** Where a fact came from. Enough for anyone to open the file and find the words. */
export interface Source {
  /** The content file, as a path relative to the working directory (e.g. `content/docs/x.md`). */
  file: string;
  /** The document title (front matter `title`, else the first heading). */
  title: string;
  /** The heading path down to the fact, joined with ` > ` (e.g. `Requirements > Outbound connectivity`). */
  section: string;
  /** The anchor of the innermost heading (explicit `<a name>` anchors win over the slug). */
  anchor: string;
  /** 1-based line in `file` where the quoted text starts. */
  line: number;
  /** The source text as plain text: Markdown syntax removed, whitespace collapsed. */
  quote: string;
  /** The document date (ISO `YYYY-MM-DD`) when the document states one. */
  date?: string;
}

interface FactBase {
  /** Stable across runs and line shifts: `<doc id>#<kind>:<key>`. */
  id: string;
  /** A short, human sentence saying the fact. */
  text: string;
  source: Source;
  /** The product or component the fact applies to (e.g. `Microsoft Entra Connect Health`), when known. */
  component?: string;
  /** Set when a newer version of the same article is loaded too: answer from that one. */
  supersededBy?: string;
}

/** A condition that must hold, from a requirements table row or a prerequisites list. */
export interface RequirementFact extends FactBase {
  kind: 'requirement';
  condition: string;
  explanation?: string;
}

/** A network endpoint to allow: a host pattern or URL, with the cloud it belongs to. */
export interface EndpointFact extends FactBase {
  kind: 'endpoint';
  host: string;
  /** e.g. `General public`, `Azure Government`; absent when the docs don't split by cloud. */
  environment?: string;
  port?: number;
  /** Parenthetical remarks such as "used only for discovery purposes during registration". */
  remarks?: string;
}

/** A web address the docs give for something other than agent traffic (downloads, sites to trust, portals). */
export interface UrlFact extends FactBase {
  kind: 'url';
  url: string;
  /** What the address is for: the link text or the list it stands in. */
  label: string;
}

export interface PortFact extends FactBase {
  kind: 'port';
  port: number;
  protocol?: string;
  /** The sentence or row that states the port. */
  purpose: string;
}

export interface CmdletFact extends FactBase {
  kind: 'cmdlet';
  name: string;
  module?: string;
  /** Example invocations from code blocks and inline code, deduplicated, in document order. */
  examples: string[];
  /** The sentence that introduces the cmdlet. */
  purpose?: string;
}

export interface ParameterFact extends FactBase {
  kind: 'parameter';
  /** The cmdlet or executable the parameter belongs to. */
  cmdlet: string;
  name: string;
  allowedValues: string[];
  default?: string;
  meaning?: string;
  /** For a placeholder inside another parameter's value (`port` in `-HttpsProxyAddress address:port`): that parameter. */
  partOf?: string;
}

/** A Windows service whose presence or state the docs tell you to verify. */
export interface ServiceFact extends FactBase {
  kind: 'service';
  name: string;
}

export interface FileFact extends FactBase {
  kind: 'file';
  name: string;
  fileType: 'installer' | 'executable' | 'config' | 'library' | 'script' | 'folder' | 'other';
  /** The folder the docs put it in, when they say. */
  path?: string;
}

export interface VersionFact extends FactBase {
  kind: 'version';
  /** What the version is of (e.g. `PowerShell`, `Windows Server`, `Microsoft Entra Connect`). */
  subject: string;
  value: string;
  /** e.g. `or later`. */
  constraint?: string;
}

export interface RoleFact extends FactBase {
  kind: 'role';
  role: string;
}

export interface LicenseFact extends FactBase {
  kind: 'license';
  license: string;
}

export interface StepFact extends FactBase {
  kind: 'step';
  procedure: string;
  /** 1-based position in the procedure. */
  position: number;
  /** Number of steps in the procedure. */
  total: number;
  /** The script the step runs when it is too long to quote in its text ("Run the following script."). */
  script?: string;
}

export interface NoteFact extends FactBase {
  kind: 'note';
  severity: 'note' | 'tip' | 'important' | 'warning' | 'caution';
}

/** A setting and its value or default (e.g. "prevent accidental deletes allows 500 deletes per run by default"). */
export interface ConfigFact extends FactBase {
  kind: 'config';
  setting: string;
  value?: string;
  default?: string;
}

/** A question and answer pair from a Microsoft Learn FAQ file. */
export interface FaqFact extends FactBase {
  kind: 'faq';
  question: string;
  answer: string;
}

/** The prose of one section: what answers a question no structured fact answers. */
export interface PassageFact extends FactBase {
  kind: 'passage';
  /** A row of a table of further reading ("Topic | Link"): the article it points to, which answers only where to read is asked. */
  pointsTo?: string;
}

export type Fact =
  | RequirementFact
  | EndpointFact
  | UrlFact
  | PortFact
  | CmdletFact
  | ParameterFact
  | ServiceFact
  | FileFact
  | VersionFact
  | RoleFact
  | LicenseFact
  | StepFact
  | NoteFact
  | ConfigFact
  | FaqFact
  | PassageFact;

export type FactKind = Fact['kind'];

export const FACT_KINDS: readonly FactKind[] = [
  'requirement', 'endpoint', 'url', 'port', 'cmdlet', 'parameter', 'service', 'file',
  'version', 'role', 'license', 'step', 'note', 'config', 'faq', 'passage',
];

/** Distributes `Omit` over the union, so a fact can be built without its id first. */
export type FactDraft = Fact extends infer F ? (F extends Fact ? Omit<F, 'id'> : never) : never;

import type { CmdletFact, FactDraft, ParameterFact } from '../../fact.js';
import { codeLines, sentences, type DocView, type TextUnit } from '../docView.js';
import { sourceAt } from '../draft.js';
import { CMDLET, VERBS } from './cmdletName.js';

const INSTALLER_ARGS = /([\w.-]+\.(?:exe|msi))((?:\s+(?:\/[\w-]+|[A-Z][A-Z_]*=\S+))+)/g;
const DEFAULT_MARK = [
  /`?(\$?[\w.-]+)`?\s*\(default\)/i,
  /\b(\$?[\w.-]+) is the default\b/i,
  /\bdefaults? (?:is|to|value is) `?(\$?[\w.:-]+)`?/i,
];
const VALUES_INTRO = /\b(\w+) parameter (?:currently )?(?:takes|accepts|supports|can be)(?: one of)?(?: the)? following values/i;
const ERROR_ECHO = /^\s*\+\s/;
const PARAMETERS_INTRO = /\b(?:following|these) parameters\b/i;
/** "Instance (Optional): The SQL Server Instance name …", "Server: The SQL Server name." */
const LISTED_PARAMETER = /^([A-Za-z]\w*)(?:\s*\((?:optional|required|mandatory)\))?\s*:\s*(\S.*)$/is;
const ACCEPTS_AS_PARAMETER = /\baccepts? `?(\w+)`? as a parameter (?:to )?(.+)$/i;

const COMMAND_FIRST = new RegExp(`^${CMDLET.source}`);
/** `$cred = Get-Credential`: a cmdlet run for its output, kept in a variable. */
const ASSIGNED = new RegExp(`^\\s*\\$\\w+\\s*=\\s*(?:${CMDLET.source})`, 'i');

/** PowerShell's own helpers: in a script that runs other commands, they pace or format it. */
const HELPER = /^(?:Start-Sleep|Write-Host|Write-Output|Write-Verbose|Read-Host|Out-Null|Out-String|Format-Table|Format-List|Select-Object|Where-Object|ForEach-Object|Sort-Object)$/i;

const POINTER = /^(for more (information|details)|for details|to learn more|learn more|see|refer to)\b/i;

interface Occurrence {
  name: string;
  unit: TextUnit;
  /** The command line it appears in, when it appears in code. */
  example?: string;
  quote: string;
  purpose?: string;
  module?: string;
  /** A command shown on its own (a code block, or inline code that is the whole paragraph). */
  standalone: boolean;
  /** The first paragraph under a heading that is the cmdlet's name ("### Get-AADCloudSyncToolsJobStatus"). */
  underName?: boolean;
}

/** Cmdlets (with examples, module and purpose) and their parameters (allowed values, defaults, meaning). */
export function extractCmdlets(view: DocView): FactDraft[] {
  const occurrences = findOccurrences(view);
  return [...cmdletFacts(view, occurrences), ...parameterFacts(view, occurrences)];
}

/** Scripts are often written in lower case (`import-module`): code finds cmdlets in any case. */
const CMDLET_ANY_CASE = new RegExp(CMDLET.source, 'gi');
const ANY_CMDLET = new RegExp(CMDLET.source, 'i');
const VERB_OF = new Map(VERBS.map((v) => [v.toLowerCase(), v]));
const CMDLET_PROPER = new RegExp(`^${CMDLET.source}$`);

/** A cmdlet as the doc spells it elsewhere, or in PowerShell's casing: `import-module` → `Import-Module`. */
function spelled(name: string, proper: Map<string, string>): string {
  const known = proper.get(name.toLowerCase());
  if (known) return known;
  const [verb, noun] = name.split('-') as [string, string];
  return `${VERB_OF.get(verb.toLowerCase()) ?? verb}-${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
}

function findOccurrences(view: DocView): Occurrence[] {
  const found: Occurrence[] = [];
  // How the doc spells its cmdlets, read only when a script writes one in another case.
  let proper: Map<string, string> | undefined;
  const spellingOf = () => {
    if (!proper) {
      proper = new Map();
      for (const unit of view.units) for (const name of unit.text.match(CMDLET) ?? []) proper.set(name.toLowerCase(), name);
    }
    return proper;
  };
  const described = new Set<object>();
  for (const unit of view.units) {
    if (unit.kind === 'code') {
      let module: string | undefined;
      const lines = codeLines(unit);
      // A script that imports a module to run a cmdlet shows the cmdlet; the import is its set-up (kept as its module),
      // and so is a cmdlet whose output it keeps for that one (`$cred = Get-Credential` before `Register-… -Credential $cred`).
      const importsForOthers = lines.some((l) => (l.text.match(CMDLET_ANY_CASE) ?? []).some((c) => !/^import-module$/i.test(c)));
      const shown = lines.filter((l) => !ASSIGNED.test(l.text) && ANY_CMDLET.test(l.text.replace(/\|.*$/, '')));
      const showsWork = shown.some((l) => (l.text.match(CMDLET_ANY_CASE) ?? []).some((c) => !HELPER.test(c) && !/^import-module$/i.test(c)));
      for (const lineUnit of lines) {
        const line = lineUnit.text;
        if (ASSIGNED.test(line) && shown.length) continue;
        // "+ Connect-ADSyncToolsSqlDatabase -Server SQL01 -Insta ...", "+ CategoryInfo … [Write-Error]": PowerShell echoing
        // the failed line in its error output, cut short — not a command the doc runs.
        if (ERROR_ECHO.test(line)) continue;
        const imported = /^import-module\s+["']?([^"'\n]+?)["']?\s*$/i.exec(line)?.[1];
        if (imported) module = imported.split(/\\+|\//).pop()!.replace(/\.(dll|psd1|psm1)$/i, '');
        // `Function  Clear-ADSyncToolsOnPremisesAttribute  1.5.2  ADSyncTools`: what Get-Command lists, not a command run.
        if (COMMAND_LISTED.test(line)) continue;
        // What a line pipes into (`| Out-Null`, `| Where-Object …`) is plumbing, not the command it shows — but for a
        // command of its own (`Get-… | Clear-ADSyncToolsOnPremisesAttribute -All`); so is what it runs for a
        // parameter's value (`-Credential $(Get-Credential)`).
        const [first, ...piped] = line.replace(/\$\([^()]*\)/g, '').split('|');
        const runs = [...namedBy(first!), ...piped.flatMap((segment) => namedBy(segment).slice(0, 1)).filter((c) => !HELPER.test(c))];
        for (const written of runs) {
          const name = CMDLET_PROPER.test(written) ? written : spelled(written, spellingOf());
          const isImport = /^Import-Module$/i.test(name);
          if (isImport && importsForOthers) continue;
          // `Start-Sleep 30` between an installer and its registration is the script's pacing, not what it shows.
          if (HELPER.test(name) && showsWork) continue;
          found.push({ name, unit: lineUnit, example: line, quote: line, purpose: unit.intro, module: isImport ? undefined : module, standalone: true });
        }
      }
      continue;
    }
    for (const code of unit.codes) {
      for (const name of (code.match(CMDLET) ?? []).slice(0, ASKS_ABOUT.test(code) ? 1 : undefined)) {
        const sentence = sentences(unit.text).find((s) => s.includes(code)) ?? unit.text;
        const bare = sentence.trim() === code.trim();
        found.push({ name, unit, example: code.trim(), quote: sentence, purpose: bare ? unit.intro : sentence, standalone: bare });
      }
    }
    // A reference page heads each cmdlet with its name and says what it does right below.
    const heading = unit.section.path.at(-1);
    if (unit.kind === 'paragraph' && heading && CMDLET_PROPER.test(heading) && !described.has(unit.section)) {
      described.add(unit.section);
      found.push({ name: heading, unit, quote: unit.text, purpose: unit.text, standalone: false, underName: true });
    }
    // Scraped pages lose code formatting: a command can stand in plain prose.
    for (const sentence of sentences(unit.text)) {
      // "For more information, see Set-ExecutionPolicy": a pointer to the cmdlet's page says nothing of it.
      if (POINTER.test(sentence)) continue;
      for (const name of sentence.match(CMDLET) ?? []) {
        if (unit.codes.some((c) => c.includes(name))) continue;
        found.push({ name, unit, quote: sentence, purpose: sentence, standalone: false });
      }
    }
  }
  return found;
}

/** The commands a line runs: for `Get-Help Get-ADSyncToolsOnPremisesAttribute -Full`, Get-Help alone — the other is what it asks about. */
function namedBy(command: string): string[] {
  const names = command.match(CMDLET_ANY_CASE) ?? [];
  return ASKS_ABOUT.test(command) ? names.slice(0, 1) : names;
}
const ASKS_ABOUT = /^\s*(?:Get-Help|Get-Command)\b/i;
/** A row of Get-Command's output: its type, the command's name, its version. */
const COMMAND_LISTED = /^\s*(?:Function|Cmdlet|Alias|Filter)\s+[A-Za-z]+-\w+\s+\d/;

function cmdletFacts(view: DocView, occurrences: Occurrence[]): FactDraft[] {
  // "Install-Module ADSyncTools" anywhere in the doc: `Connect-ADSyncToolsSqlDatabase`, named after it, is of that module.
  // (The longest name first: `Get-ADSyncToolsTls12RegValue` is ADSyncTools', not ADSync's.)
  const modules = [...new Set(view.units.flatMap((u) => [...u.text.matchAll(MODULE_INSTALLED)].map((m) => m[1]!)))].sort((a, b) => b.length - a.length);
  const byName = new Map<string, Occurrence[]>();
  for (const o of occurrences) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  return [...byName.entries()].map(([name, list]): Omit<CmdletFact, 'id'> => {
    // A code block with a sentence before it is where the docs introduce a command, else a sentence that runs it.
    // ("Run the following cmdlet:" only when nothing says what it is for.)
    const says = (o: Occurrence) => introduces(o) && !saysOnlyRun(o.purpose);
    const first = list.find((o) => o.standalone && says(o)) ?? list.find((o) => o.underName && says(o)) ?? list.find(says) ?? list.find(introduces) ?? list[0]!;
    const examples = [...new Set(list.map((o) => o.example).filter((e): e is string => !!e))];
    const purpose = introduces(first) ? procedurePurpose(view, first) ?? first.purpose : synopsisOf(view, name);
    const module = list.map((o) => o.module).find(Boolean) ?? modules.find((m) => nounOf(name).toLowerCase().startsWith(m.toLowerCase()));
    return {
      kind: 'cmdlet', name, examples, ...(purpose ? { purpose } : {}), ...(module ? { module } : {}),
      text: purpose ? `${name}: ${purpose}` : name,
      source: sourceAt(view, first.unit, first.quote),
    };
  });
}

/**
 * A PowerShell reference page heads each cmdlet with its name and says what it does under SYNOPSIS
 * ("## Confirm-ForestExists ### SYNOPSIS Determines if a specified forest exists.").
 */
function synopsisOf(view: DocView, name: string): string | undefined {
  const under = (heading: string) => view.units.find((u) => u.kind === 'paragraph' && u.section.path.at(-1)?.toUpperCase() === heading && u.section.path.at(-2) === name)?.text;
  const synopsis = under('SYNOPSIS');
  // "Main function." says little: the description's first paragraph says what it runs.
  return synopsis && synopsis.length < 30 ? [synopsis, under('DESCRIPTION')].filter(Boolean).join(' ') : synopsis;
}

/**
 * Whether what precedes a command says what it is for: "For example:" says nothing, nor does what one
 * example shows ("Example using just a Server name:"); and a command shown right after another command
 * is introduced by the prose around them, not by that command.
 */
function introduces(o: Occurrence): o is Occurrence & { purpose: string } {
  return !!o.purpose && o.purpose.length >= 12 && !COMMAND_FIRST.test(o.purpose.trim()) && !EXAMPLE_LABEL.test(o.purpose.trim());
}
const EXAMPLE_LABEL = /^(?:for )?examples?\b/i;

/**
 * A step that only says to run the command ("3. Run the Invoke PowerShell command:") leaves what it is for to the
 * sentence that introduces the procedure ("To confirm …, first test that the agent is working correctly:").
 */
function procedurePurpose(view: DocView, o: Occurrence & { purpose: string }): string | undefined {
  if (!saysOnlyRun(o.purpose)) return undefined;
  const step = view.units.find((u) => u.kind === 'item' && u.section === o.unit.section && u.text === o.purpose && u.line <= o.unit.line);
  return step?.intro && !saysOnlyRun(step.intro) ? step.intro : undefined;
}

/** "Run the following cmdlet:", "Type, or copy and paste, the following:": an intro that says to run it, not what it is for. */
function saysOnlyRun(purpose: string): boolean {
  return purpose.trim().endsWith(':') && purpose.toLowerCase().replace(ONLY_RUN_WORDS, '').replace(/[\s,:.]+/g, '') === '';
}
const ONLY_RUN_WORDS = /\b(?:run|type|or|copy|and|paste|enter|execute|use|then|now|next|the|following|this|these|below|invoke|powershell|cmdlets?|commands?|scripts?|lines?)\b/g;

const MODULE_INSTALLED = /\b(?:Install|Import)-Module\s+(?:-Name\s+)?([A-Za-z][A-Za-z0-9]{3,})\b(?![.\\/])/gi;
const nounOf = (cmdlet: string) => cmdlet.slice(cmdlet.indexOf('-') + 1);

type ParameterDraft = Omit<ParameterFact, 'id'>;

function parameterFacts(view: DocView, occurrences: Occurrence[]): FactDraft[] {
  const params = new Map<string, ParameterDraft & { definitional: boolean }>();
  const put = (draft: ParameterDraft, definitional: boolean) => {
    const key = `${draft.cmdlet}|${draft.name.toLowerCase()}|${draft.partOf ?? ''}`;
    const existing = params.get(key);
    if (!existing) return void params.set(key, { ...draft, definitional });
    existing.allowedValues = [...new Set([...existing.allowedValues, ...draft.allowedValues])];
    existing.default ??= draft.default;
    existing.meaning ??= draft.meaning;
    if (definitional && !existing.definitional) Object.assign(existing, { source: draft.source, definitional: true });
  };

  // Parameters used in example invocations, and the placeholders in their values.
  const placeholders: { cmdlet: string; parameter: string; word: string; line: number }[] = [];
  // An example showing one switch is there for it: what the example is for is what the switch does ("You can
  // import Internet Explorer HTTP proxy settings …" above `Set-…ProxySettings -ImportFromInternetSettings`).
  // (Not a parameter with a value: "-Replace @{adminDescription=…}" is for what its value says.)
  const shownFor = new Map<string, string>();
  for (const o of occurrences) {
    if (!o.example) continue;
    // (Up to a pipe: what follows it is another command's.)
    const rest = o.example.slice(o.example.toLowerCase().indexOf(o.name.toLowerCase()) + o.name.length).replace(/\|.*$/, '');
    const shown = [...rest.matchAll(/(?:^|\s)-([A-Za-z]\w*)(?:\s+(?!-)("[^"]*"|'[^']*'|\$\([^)]*\)|\S+))?/g)];
    if (shown.length === 1 && !shown[0]![2] && o.purpose) shownFor.set(`${o.name}|${shown[0]![1]!.toLowerCase()}|`, o.purpose);
    for (const m of shown) {
      const [, name, value] = m;
      put({ kind: 'parameter', cmdlet: o.name, name: name!, allowedValues: [], text: `-${name} (${o.name})`, source: sourceAt(view, o.unit, o.quote) }, false);
      if (value && /^[a-z]+(?:[:/][a-z]+)+$/.test(value)) {
        for (const word of value.split(/[:/]/)) placeholders.push({ cmdlet: o.name, parameter: name!, word, line: o.unit.line });
      }
    }
  }
  for (const unit of view.units.flatMap((u) => (u.kind === 'code' ? codeLines(u) : [u]))) {
    if (!/\.(?:exe|msi)\s/i.test(unit.text)) continue;
    for (const m of unit.text.matchAll(INSTALLER_ARGS)) {
      for (const arg of m[2]!.trim().split(/\s+/)) {
        const [name, value] = arg.includes('=') ? arg.split('=') as [string, string] : [arg, undefined];
        put({
          kind: 'parameter', cmdlet: m[1]!, name, allowedValues: value ? [value] : [],
          text: `${arg} (${m[1]})`, source: sourceAt(view, unit, unit.kind === 'code' ? unit.text : sentences(unit.text).find((s) => s.includes(m[0])) ?? unit.text),
        }, false);
      }
    }
  }

  const cmdletBefore = (line: number, parameter?: string) => {
    const before = occurrences.filter((o) => o.unit.line <= line);
    // The cmdlet the parameter follows in the example, not one in a subexpression after it
    // ("Register-… -StagingMode (Get-ADSyncScheduler).StagingModeEnabled").
    const using = parameter ? before.filter((o) => o.example && new RegExp(`${escape(o.name)}\\b[^|;]*?-${parameter}\\b`, 'i').test(o.example)) : [];
    return (using.at(-1) ?? before.at(-1))?.name;
  };

  for (const unit of view.units) {
    if (unit.kind === 'code') continue;
    const defaultValue = unit.kind === 'item' && unit.codes.length ? DEFAULT_MARK.map((re) => re.exec(unit.text)?.[1]).find(Boolean) : undefined;
    // "- `StagingMode`: `$false` (default) if …": a definition list of parameters.
    const term = unit.codes[0];
    if (unit.kind === 'item' && term && new RegExp(`^${escape(term)}\\s*:`).test(unit.text)) {
      const cmdlet = cmdletBefore(unit.line, term);
      if (cmdlet) {
        const meaning = unit.text.slice(unit.text.indexOf(':') + 1).trim();
        put({
          kind: 'parameter', cmdlet, name: term.replace(/^-/, ''), allowedValues: [], ...(defaultValue ? { default: defaultValue } : {}), meaning,
          text: `-${term.replace(/^-/, '')} (${cmdlet}): ${meaning}`, source: sourceAt(view, unit, unit.text),
        }, true);
        continue;
      }
    }
    // "… `Connect-ADSyncToolsSqlDatabase` with the following parameters: - Instance (Optional): The SQL Server Instance name …".
    const listed = unit.kind === 'item' && unit.intro && PARAMETERS_INTRO.test(unit.intro) ? LISTED_PARAMETER.exec(unit.text) : null;
    if (listed) {
      const cmdlet = unit.intro!.match(CMDLET)?.at(-1) ?? cmdletBefore(unit.line, listed[1]);
      if (cmdlet) {
        const meaning = listed[2]!.trim();
        put({
          kind: 'parameter', cmdlet, name: listed[1]!, allowedValues: [], ...(defaultValue ? { default: defaultValue } : {}), meaning,
          text: `-${listed[1]} (${cmdlet}): ${meaning}`, source: sourceAt(view, unit, unit.text),
        }, true);
        continue;
      }
    }
    // "- You can omit `port`. If you do, 443 is the default port.": a placeholder in an example's value.
    const placeholder = unit.kind === 'item' && placeholders.filter((p) => p.line <= unit.line && unit.codes.includes(p.word)).at(-1);
    if (placeholder) {
      put({
        kind: 'parameter', cmdlet: placeholder.cmdlet, name: placeholder.word, partOf: placeholder.parameter, allowedValues: [],
        ...(defaultValue ? { default: defaultValue } : {}), meaning: unit.text,
        text: `${placeholder.word} in -${placeholder.parameter} (${placeholder.cmdlet}): ${unit.text}`, source: sourceAt(view, unit, unit.text),
      }, true);
      continue;
    }
    // "The `Role` parameter currently takes the following values: - ADFS - Sync - ADDS".
    const valuesOf = unit.kind === 'item' && unit.intro ? VALUES_INTRO.exec(unit.intro)?.[1] : undefined;
    if (valuesOf) {
      const cmdlet = cmdletBefore(unit.line, valuesOf);
      const value = unit.codes[0] ?? unit.text;
      if (cmdlet) {
        put({
          kind: 'parameter', cmdlet, name: valuesOf, allowedValues: [value], meaning: unit.intro!,
          text: `-${valuesOf} (${cmdlet}) takes: ${value}`, source: sourceAt(view, unit, unit.text),
        }, false);
      }
      continue;
    }
    for (const sentence of sentences(unit.text)) {
      const accepts = ACCEPTS_AS_PARAMETER.exec(sentence);
      const cmdlet = accepts && cmdletBefore(unit.line, accepts[1]);
      if (accepts && cmdlet) {
        put({
          kind: 'parameter', cmdlet, name: accepts[1]!, allowedValues: [], meaning: sentence,
          text: `-${accepts[1]} (${cmdlet}): ${sentence}`, source: sourceAt(view, unit, sentence),
        }, true);
      }
    }
  }

  // "… which can be done by using the `-SupportMultipleDomain` parameter. This parameter makes …": what prose
  // says of a parameter is its meaning, for each cmdlet it is shown with that doesn't say one.
  const said = proseOfParameters(view);
  for (const [key, draft] of params) draft.meaning ??= said.get(draft.name.toLowerCase()) ?? shownFor.get(key);

  return [...params.values()].map(({ definitional: _definitional, ...draft }) => ({
    ...draft,
    text: parameterText(draft),
  }));
}

/** Parameter name (lower case) → the prose sentence naming it as `-Name`, with the next one when it goes on about it. */
function proseOfParameters(view: DocView): Map<string, string> {
  const said = new Map<string, string>();
  for (const unit of view.units) {
    if (unit.kind !== 'paragraph') continue;
    const named = unit.codes.map((c) => /^-([A-Za-z]\w+)$/.exec(c.trim())?.[1]).filter((n): n is string => !!n);
    if (!named.length) continue;
    const all = sentences(unit.text);
    for (const name of named) {
      const at = all.findIndex((sentence) => sentence.includes(`-${name}`));
      if (at < 0 || said.has(name.toLowerCase())) continue;
      const next = all[at + 1];
      said.set(name.toLowerCase(), next && /^(this|the) parameter\b|^it\b/i.test(next) ? `${all[at]} ${next}` : all[at]!);
    }
  }
  return said;
}

function parameterText(p: ParameterDraft): string {
  const name = p.partOf ? `${p.name} (in -${p.partOf})` : p.name.startsWith('/') || p.cmdlet.includes('.') ? p.name : `-${p.name}`;
  const parts = [`${name} of ${p.cmdlet}`];
  if (p.allowedValues.length) parts.push(`values: ${p.allowedValues.join(', ')}`);
  if (p.default) parts.push(`default: ${p.default}`);
  return parts.join('; ') + (p.meaning ? `. ${p.meaning}` : '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import type { FactDraft, FileFact } from '../../fact.js';
import { codeLines, sentences, type DocView, type TextUnit } from '../docView.js';
import { sourceAt } from '../draft.js';

const FILE_NAME = /(?<![\w\\%.-])([\w][\w.-]*\.(?:exe\.config|exe|msi|dll|ps1|psm1|psd1|msc|config|cer|pfx|mdf|ldf))\b/gi;
const MAYBE_FILE = /\.(?:exe|msi|dll|ps1|psm1|psd1|msc|config|cer|pfx|mdf|ldf)\b|[A-Za-z]:\\|%\w+%\\|Program Files\\/i;
// "C:\\Program Files\\…", "%programfiles%\\…", or "Program files\\…" written without its drive; not a registry key ("HKLM:\\…").
const PATH = /(?:(?<![A-Za-z])[A-Za-z]:|%\w+%|\bProgram Files(?: \(x86\))?(?=\\))(?:\\{1,2}[^\\'"\n<>|]+)+/gi;

/** Installers, executables, config files, libraries, scripts and folders the docs name. */
export function extractFiles(view: DocView): FactDraft[] {
  const facts: FactDraft[] = [];
  const seen = new Set<string>();
  const add = (unit: TextUnit, name: string, fileType: FileFact['fileType'], quote: string, path?: string) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    facts.push({
      kind: 'file', name, fileType, ...(path ? { path } : {}),
      text: `${name} (${fileType}${path ? ` in ${path}` : ''}): ${quote}`, source: sourceAt(view, unit, quote),
    });
  };
  let previous: TextUnit | undefined;
  let folderOpened: string | undefined;
  for (const unit of view.units.flatMap((u) => (u.kind === 'code' ? codeLines(u) : [u]))) {
    // "1. Navigate to 'C:\Program Files\…' 2. Right-click on 'AADConnectProvisioningAgent.exe'": the step before
    // opened the folder the file is in.
    const inFolder = isNextStep(previous, unit) ? folderOpened : undefined;
    previous = unit;
    folderOpened = undefined;
    if (!MAYBE_FILE.test(unit.text)) continue;
    for (const piece of unit.kind === 'code' ? [unit.text] : sentences(unit.text)) {
      for (const m of piece.matchAll(PATH)) {
        // A path ends at its file's extension, at a switch after it ("%temp%\export.xml /f:x The name …") or at
        // the prose after its last folder, which Windows names in capitals ("…\Trace and delete the contents").
        const last = m[0].lastIndexOf('\\') + 1;
        const leafAndAfter = m[0].slice(last).replace(/(\.\w{2,6})\s.*$|\s+\/\w.*$|[,;)].*$|\s+(?=[a-z(]).*$/, '$1');
        const path = (m[0].slice(0, last) + leafAndAfter).replace(/[.\s\\]+$/, '').replace(/\\\\/g, '\\');
        const leaf = path.split('\\').pop() ?? '';
        if (/\.\w{2,6}$/.test(leaf)) add(unit, leaf, fileTypeOf(leaf), piece, path.slice(0, -leaf.length - 1));
        else {
          add(unit, path, 'folder', piece);
          folderOpened = path;
        }
      }
      for (const m of piece.matchAll(FILE_NAME)) add(unit, m[1]!, fileTypeOf(m[1]!), piece, inFolder);
    }
  }
  return facts;
}

/** Two items of one numbered list, one right after the other. */
function isNextStep(previous: TextUnit | undefined, unit: TextUnit): boolean {
  return !!previous && previous.kind === 'item' && unit.kind === 'item' && !!previous.ordered && !!unit.ordered && previous.section === unit.section && previous.intro === unit.intro;
}

function fileTypeOf(name: string): FileFact['fileType'] {
  const lower = name.toLowerCase();
  if (lower.endsWith('.msi') || (lower.endsWith('.exe') && /setup|install/.test(lower))) return 'installer';
  if (lower.endsWith('.exe')) return 'executable';
  if (lower.endsWith('.config')) return 'config';
  if (lower.endsWith('.dll')) return 'library';
  if (/\.(ps1|psm1|psd1)$/.test(lower)) return 'script';
  return 'other';
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which files under the content folders are documents, and which is the vocabulary. Kept apart
 * from the parser so that a warm start, which only fingerprints the files, never loads it.
 */

export const VOCABULARY_FILE = 'vocabulary.yml';

const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.yml', '.yaml']);
/** Files about the folder, not product documentation. */
const NOT_DOCS = new Set(['readme.md', 'license', 'license.md', 'changelog.md']);

function isYaml(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** Every document file under the given folders (recursively), in a stable order. YAML that isn't a FAQ is data, not a doc. */
export function listDocFiles(roots: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    // By code point, not localeCompare: the first locale comparison loads ICU's collator (6 ms of every `kb ask`).
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && DOC_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        if (NOT_DOCS.has(entry.name.toLowerCase())) continue; // a folder's README is about the folder
        if (isYaml(full) && !isFaqYaml(readFileSync(full, 'utf8'))) continue; // data, not a doc
        files.push(full);
      }
    }
  };
  for (const root of roots) {
    if (statSync(root).isDirectory()) walk(root);
    else files.push(root);
  }
  return [...new Set(files)];
}


/** A YAML file is a document only when it is a Learn FAQ; other YAML in content/ is data. */
export function isFaqYaml(text: string): boolean {
  return /^### YamlMime:FAQ/.test(text) || (/^(?:sections|questions):/m.test(text) && /^\s*-?\s*question:/m.test(text));
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own `content/`, used when no `--content` is given and the working folder has none. */
export function defaultContentRoots(): string[] {
  if (existsSync('content')) return ['content'];
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [path.resolve(here, '..', '..', 'content')];
}

/** `--content` may be given several times; each folder is read recursively. */
export function contentRoots(values: string[] | undefined): string[] {
  const roots = values && values.length > 0 ? values : defaultContentRoots();
  for (const root of roots) {
    if (!existsSync(root)) throw new UsageError(`content folder not found: ${root}`);
  }
  return roots;
}

/** A mistake in how the command was called: shown as one line, exit code 2. */
export class UsageError extends Error {}

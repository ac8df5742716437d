/** A line that is only an include: `[!INCLUDE [label](path)]`, the path captured. */
const INCLUDE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(([^)]*)\)\s*\]\s*$/i;

/** The file a line includes, when the line is an include. */
export function includedBy(line: string): string | undefined {
  return INCLUDE.exec(line)?.[1];
}

export interface SkippedInclude {
  line: number;
  path: string;
}

/**
 * `[!INCLUDE [label](path)]` pulls in a file from outside our content: we can't cite what we don't
 * have, so the line is blanked (lines keep their numbers) and the maintainer is told which include was
 * skipped. Blanked before parsing, the lines written right under it (" 3. Under Configuration…", the
 * steps after the included ones, code blocks and all) read as the blocks they are, not as its paragraph.
 */
export function withoutIncludes(text: string): { text: string; skipped: SkippedInclude[] } {
  const skipped: SkippedInclude[] = [];
  const lines = text.split('\n').map((line, i) => {
    const path = includedBy(line);
    if (path === undefined) return line;
    skipped.push({ line: i + 1, path });
    return '';
  });
  return { text: skipped.length ? lines.join('\n') : text, skipped };
}

/** A numbered list item: its indent, number and the column its content starts at. */
const ITEM = /^(\s*)(\d{1,3})([.)])(\s+)\S/;
const FENCE = /^\s*(?:```|~~~)/;

/**
 * A step that goes on in a paragraph indented too little ("3. Download the agent …", a blank line,
 * " Select Download agent …", then "4. Install …") ends its list in CommonMark, and the steps after it
 * become lines of that paragraph: a list may interrupt a paragraph only when it starts at 1. When the
 * next numbered line goes on with the numbering, the paragraph is the step's own, and it is indented as
 * such — lines keep their numbers, so every citation stays where it was.
 */
export function withStepContinuations(text: string): string {
  const lines = text.split('\n');
  let item: { number: number; content: number } | undefined;
  let fenced = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const marker = ITEM.exec(line);
    if (marker) {
      item = { number: Number(marker[2]), content: marker[1]!.length + marker[2]!.length + 1 + marker[4]!.length };
      continue;
    }
    if (!item || !line.trim()) continue;
    const indent = /^ */.exec(line)![0].length;
    if (lines[i - 1]?.trim() !== '' || indent === 0 || indent >= item.content) {
      // Text at the margin after a blank line ends the list; anything else stays as CommonMark reads it.
      if (indent === 0 && lines[i - 1]?.trim() === '') item = undefined;
      continue;
    }
    // The paragraph runs to the next blank line; it is the step's if a line in it goes on with the numbering.
    let end = i;
    while (end < lines.length && lines[end]!.trim() && !ITEM.exec(lines[end]!)) end++;
    const next = end < lines.length ? ITEM.exec(lines[end]!) : null;
    if (!next || Number(next[2]) !== item.number + 1) continue;
    for (let j = i; j < end; j++) lines[j] = ' '.repeat(item.content) + lines[j]!.trimStart();
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * Independent of the parser: reduces source text and quotes to their letters and digits, after
 * dropping link targets, images and HTML tags, so "found verbatim" means the same words in the
 * same order, whatever Markdown or YAML wrapped them.
 */
export function comparable(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<\/?(?:a|br|li|ul|ol|p|div|span|img|sup|sub|b|i|em|strong|table|tr|td|th|code|pre|kbd)\b[^>]*>/gi, ' ')
    .replace(/&#?\w+;/g, ' ')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
}

/** True when `quote` stands in `fileText` starting at or soon after the 1-based `line`. */
export function quotedAt(fileText: string, line: number, quote: string): boolean {
  const lines = fileText.split('\n');
  const window = lines.slice(Math.max(0, line - 1), line - 1 + 60).join('\n');
  return comparable(window).includes(comparable(quote));
}

/** Slack mrkdwn needs &, < and > escaped; everything else is shown as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code; backticks inside would end it early, so they become quotes. */
export function code(text: string): string {
  return `\`${escapeMrkdwn(text.replace(/`/g, "'"))}\``;
}

/** A preformatted block; three backticks inside would end it early. */
export function codeBlock(text: string): string {
  return `\`\`\`${escapeMrkdwn(text.replace(/```/g, "'''"))}\`\`\``;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

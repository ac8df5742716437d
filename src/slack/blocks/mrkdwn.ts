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

/** A text cut to a length, saying so with an ellipsis: as the plain-text answer cuts it. */
export { shortened as truncate } from '../../answer/renderText.js';

import type { Answer } from '../../answer/answerTypes.js';
import { citationLines, listedFacts } from '../../answer/renderText.js';
import type { Fact } from '../../fact.js';
import { LIMITS } from './limits.js';
import { code, codeBlock, escapeMrkdwn, truncate } from './mrkdwn.js';

/** A Block Kit block, as sent to the Web API. */
export type Block = Record<string, unknown> & { type: string };

/** One message to post: blocks and the notification text Slack shows where blocks can't be. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const ACTIONS = {
  share: 'share_answer',
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
  suggestion: 'ask_suggestion',
} as const;

export interface AnswerRenderOptions {
  /** Add "Share in channel" (for the ephemeral /ask answer). */
  shareable?: boolean;
}

/**
 * An answer as Slack messages: the first holds the lead, the facts as a list (names and hosts as
 * code), citations in context blocks, feedback buttons and follow-ups; when the answer is larger
 * than a message may be (50 blocks, 3,000 characters a section), the rest follows as more messages
 * for the thread. Decides nothing: it renders what the engine answered.
 */
export function renderAnswerMessages(answer: Answer, options: AnswerRenderOptions = {}): SlackMessage[] {
  if (!answer.answered) return [renderAbstention(answer)];

  const body: Block[] = [section(`*${escapeMrkdwn(answer.lead)}*`)];
  const lines = listedFacts(answer).map((f) => `• ${factLineMrkdwn(f)}`);
  body.push(...chunk(lines, LIMITS.sectionText - 100).map((text) => section(text)));
  if (answer.nearTie) body.push(section(truncate(`*Also:* ${factLineMrkdwn(answer.nearTie)}`, LIMITS.sectionText)));
  const citations = citationLines(answer.facts).map((c) => `:page_facing_up: ${escapeMrkdwn(c.replace(/^Source: /, ''))}`);
  for (let i = 0; i < citations.length; i += LIMITS.contextElements) {
    body.push({ type: 'context', elements: citations.slice(i, i + LIMITS.contextElements).map((t) => ({ type: 'mrkdwn', text: truncate(t, 2000) })) });
  }
  if (answer.olderVersions.length) {
    body.push({ type: 'context', elements: answer.olderVersions.slice(0, LIMITS.contextElements).map((n) => ({ type: 'mrkdwn', text: truncate(`:warning: Older version: ${escapeMrkdwn(n)}`, 2000) })) });
  }

  const controls: Block[] = [feedbackActions(answer, options.shareable ?? false)];
  if (answer.suggestions.length) controls.push(suggestionActions(answer.suggestions, 'Related questions'));

  // First message: as much of the body as fits with the controls; the rest goes to the thread.
  const room = LIMITS.blocksPerMessage - controls.length;
  const first = body.slice(0, room);
  const rest = body.slice(room);
  const messages: SlackMessage[] = [{ text: fallbackText(answer), blocks: [...first, ...controls] }];
  for (let i = 0; i < rest.length; i += LIMITS.blocksPerMessage) {
    messages.push({ text: `${truncate(answer.lead, 200)} (continued)`, blocks: rest.slice(i, i + LIMITS.blocksPerMessage) });
  }
  return messages;
}

function renderAbstention(answer: Answer): SlackMessage {
  const blocks: Block[] = [section(escapeMrkdwn(answer.lead))];
  if (answer.suggestions.length) {
    blocks.push(section('The closest topics I know:'));
    blocks.push(suggestionActions(answer.suggestions, 'Closest topics'));
  }
  return { text: answer.lead, blocks };
}

/** One fact as a list line, names and hosts in code. */
export function factLineMrkdwn(fact: Fact | undefined): string {
  if (!fact) return '';
  switch (fact.kind) {
    case 'endpoint': return `${code(fact.host)}${fact.port ? ` (port ${fact.port})` : ''}${fact.remarks ? ` — ${escapeMrkdwn(fact.remarks)}` : ''}`;
    case 'port': return `${fact.protocol ? `${fact.protocol} ` : ''}${code(String(fact.port))} — ${escapeMrkdwn(fact.purpose)}`;
    case 'cmdlet': return fact.examples.length ? fact.examples.slice(0, 3).map(code).join('  ') : code(fact.name);
    case 'parameter': return `${code(fact.partOf ? fact.name : fact.name.startsWith('/') || fact.cmdlet.includes('.') ? fact.name : `-${fact.name}`)} (${code(fact.cmdlet)})${fact.default ? ` default ${code(fact.default)}` : ''}${fact.allowedValues.length ? ` values ${fact.allowedValues.map(code).join(', ')}` : ''}${fact.meaning ? ` — ${escapeMrkdwn(fact.meaning)}` : ''}`;
    case 'file': return `${code(fact.name)} — ${escapeMrkdwn(fact.text.slice(fact.text.indexOf(':') + 1).trim())}`;
    case 'service': return escapeMrkdwn(fact.name);
    case 'step': return `${fact.position}. ${escapeMrkdwn(fact.text)}${fact.script ? `\n${codeBlock(fact.script)}` : ''}`;
    case 'url': return `${escapeMrkdwn(fact.label)}: ${fact.url}`;
    case 'requirement': return escapeMrkdwn(fact.explanation ? `${fact.condition} ${fact.explanation}` : fact.condition);
    case 'faq': return `*${escapeMrkdwn(fact.question)}* ${escapeMrkdwn(fact.answer)}`;
    default: return escapeMrkdwn(fact.text);
  }
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}

/** Lines packed into texts of at most `max` characters; a single longer line is cut. */
function chunk(lines: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

function feedbackActions(answer: Answer, shareable: boolean): Block {
  const value = truncate(JSON.stringify({ q: answer.question, f: answer.facts[0]?.id }), LIMITS.buttonValue);
  const elements: Block[] = [
    button('Helpful', ACTIONS.helpful, value),
    button('Not helpful', ACTIONS.notHelpful, value),
  ];
  if (shareable) elements.unshift({ ...button('Share in channel', ACTIONS.share, truncate(answer.question, LIMITS.buttonValue)), style: 'primary' });
  return { type: 'actions', block_id: 'answer_actions', elements };
}

function suggestionActions(suggestions: string[], label: string): Block {
  return {
    type: 'actions',
    block_id: `suggestions`,
    elements: suggestions.slice(0, 5).map((s, i) => ({ ...button(s, `${ACTIONS.suggestion}_${i}`, truncate(s, LIMITS.buttonValue)), accessibility_label: `${label}: ${truncate(s, 60)}` })),
  };
}

function button(text: string, actionId: string, value: string): Block {
  return { type: 'button', text: { type: 'plain_text', text: truncate(text, LIMITS.buttonText), emoji: true }, action_id: actionId, value };
}

function fallbackText(answer: Answer): string {
  return truncate(answer.text, LIMITS.fallbackText);
}

import type { Logger } from '@slack/bolt';
import { answer } from '../answer/answer.js';
import type { Searchable } from '../search/loadSearchable.js';
import type { Readiness } from '../checklist/readiness.js';
import type { FeedbackStore } from '../store/feedbackStore.js';
import type { RunStore } from '../store/runStore.js';
import { renderAnswerMessages, type AnswerRenderOptions, type SlackMessage } from './blocks/answerBlocks.js';

/** What the Slack listeners work with; tests and the local preview pass their own. */
export interface SlackDeps {
  searchable: Searchable;
  feedback: FeedbackStore;
  /** Readiness checklists: topics from content/readiness, runs in the database. */
  readiness?: { topics: Readiness; runs: RunStore };
  logger?: Logger;
}

/** The longest message we read as a question; longer ones get a polite request to shorten it. */
export const MAX_SLACK_QUESTION = 1000;

const HELP = 'Ask me about the Microsoft Entra Connect, Connect Health and cloud sync agent docs, for example: `/ask which ports does the health agent need?`';

/**
 * A question from any Slack surface → the messages to send, recorded for `kb gaps`. Junk gets a
 * polite reply, never an error.
 */
export function answerMessages(deps: SlackDeps, question: string, surface: string, user: string | undefined, options: AnswerRenderOptions = {}): SlackMessage[] {
  const text = question.trim();
  if (!text) return [plain(HELP)];
  if (text.length > MAX_SLACK_QUESTION) {
    return [plain(`That's a long message (${text.length} characters). Please ask one question in under ${MAX_SLACK_QUESTION} characters.`)];
  }
  const result = answer(text, deps.searchable);
  try {
    deps.feedback.recordQuestion({ question: result.question, answered: result.answered, confidence: result.confidence, surface, ...(user ? { user } : {}) });
  } catch (error) {
    deps.logger?.error(`could not record the question: ${(error as Error).message}`);
  }
  return renderAnswerMessages(result, options);
}

export function plain(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** Mentions of users and the bot (`<@U123>`) are not part of the question. */
export function stripMentions(text: string): string {
  return text.replace(/<@[A-Z0-9_]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

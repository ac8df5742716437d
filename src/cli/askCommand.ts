import type { Answer } from '../answer/answerTypes.js';

/** The `kb ask --json` contract (documented in the README). */
export interface AnswerJson {
  question: string;
  answered: boolean;
  confidence: number;
  text: string;
  facts: { kind: string; text: string; source: { file: string; title: string; section: string; line: number; quote: string; date?: string } }[];
  suggestions: string[];
}

export function answerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    text: answer.text,
    facts: answer.facts.map((f) => ({
      kind: f.kind,
      text: f.text,
      source: {
        file: f.source.file, title: f.source.title, section: f.source.section, line: f.source.line, quote: f.source.quote,
        ...(f.source.date ? { date: f.source.date } : {}),
      },
    })),
    suggestions: answer.suggestions,
  };
}

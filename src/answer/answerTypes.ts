import type { Fact } from '../fact.js';

/**
 * What every surface gets from the answer engine. Surfaces render it; they decide nothing.
 * `kb ask --json` prints it as documented in the README.
 */
export interface Answer {
  question: string;
  /** False when the docs don't answer: `text` then says so and `suggestions` offers the closest topics. */
  answered: boolean;
  /** 0..1: how sure the engine is that the facts answer the question. */
  confidence: number;
  /** One line that answers the question, made from the facts' own values. */
  lead: string;
  /** The supporting facts, most useful first; each carries its citation. */
  facts: Fact[];
  /** A fact elsewhere ranking nearly as high as the answer's own, the last of `facts`: shown apart ("Also: …"). */
  nearTie?: Fact;
  /** Where an older version of the same article says something else. */
  olderVersions: string[];
  /** Up to three follow-up questions the docs can answer. */
  suggestions: string[];
  /** The whole answer as plain text (at most about 2,500 characters). */
  text: string;
}

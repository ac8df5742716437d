import type { Db } from './database.js';

/** A question the bot was asked, as recorded for the docs maintainers. */
export interface AskedQuestion {
  question: string;
  answered: boolean;
  confidence: number;
  surface: string;
  user?: string;
}

export interface Feedback {
  question: string;
  helpful: boolean;
  user?: string;
  /** The id of the fact the answer led with. */
  factId?: string;
}

/** A question the docs could not answer well, with how often it came up. */
export interface Gap {
  question: string;
  count: number;
  reason: 'unanswered' | 'not helpful';
  lastAsked: string;
}

/** What the surfaces record about questions and answers; `kb gaps` reads it back. */
export interface FeedbackStore {
  recordQuestion(asked: AskedQuestion): void;
  recordFeedback(feedback: Feedback): void;
  gaps(): Gap[];
}

export function sqliteFeedbackStore(db: Db): FeedbackStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS questions (
      id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL, surface TEXT NOT NULL, user TEXT,
      question TEXT NOT NULL, answered INTEGER NOT NULL, confidence REAL NOT NULL
    );
    CREATE TABLE IF NOT EXISTS feedback (
      id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT, question TEXT NOT NULL, helpful INTEGER NOT NULL, fact_id TEXT
    );
  `);
  const insertQuestion = db.prepare('INSERT INTO questions (asked_at, surface, user, question, answered, confidence) VALUES (?, ?, ?, ?, ?, ?)');
  const insertFeedback = db.prepare('INSERT INTO feedback (at, user, question, helpful, fact_id) VALUES (?, ?, ?, ?, ?)');
  const unanswered = db.prepare(`
    SELECT lower(trim(question)) AS key, min(question) AS question, count(*) AS count, max(asked_at) AS lastAsked
    FROM questions WHERE answered = 0 AND trim(question) <> '' GROUP BY key ORDER BY count DESC, lastAsked DESC`);
  const unhelpful = db.prepare(`
    SELECT lower(trim(question)) AS key, min(question) AS question, count(*) AS count, max(at) AS lastAsked
    FROM feedback WHERE helpful = 0 GROUP BY key ORDER BY count DESC, lastAsked DESC`);
  return {
    recordQuestion: (a) => {
      insertQuestion.run(new Date().toISOString(), a.surface, a.user ?? null, a.question, a.answered ? 1 : 0, a.confidence);
    },
    recordFeedback: (f) => {
      insertFeedback.run(new Date().toISOString(), f.user ?? null, f.question, f.helpful ? 1 : 0, f.factId ?? null);
    },
    gaps: () => [
      ...(unanswered.all() as Omit<Gap, 'reason'>[]).map((g) => ({ question: g.question, count: g.count, lastAsked: g.lastAsked, reason: 'unanswered' as const })),
      ...(unhelpful.all() as Omit<Gap, 'reason'>[]).map((g) => ({ question: g.question, count: g.count, lastAsked: g.lastAsked, reason: 'not helpful' as const })),
    ],
  };
}

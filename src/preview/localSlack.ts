import { randomBytes } from 'node:crypto';
import type { Db } from '../store/database.js';

/** A message in the preview's channel (or a user's private view of it). */
export interface PreviewMessage {
  ts: string;
  channel: string;
  user: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  /** Shown only to this user (a /ask answer, a "thanks"). */
  ephemeralFor?: string;
  /** For ephemeral messages from a response_url: that URL's id, so the app can replace or delete them. */
  responseId?: string;
}

export interface PreviewModal {
  id: string;
  user: string;
  view: Record<string, unknown>;
}

export const PREVIEW_CHANNEL = 'CHELPDESK';
export const BOT_USER = 'UKBBOT';
export const PREVIEW_USERS = [
  { id: 'UALEX', name: 'Alex' },
  { id: 'USAM', name: 'Sam' },
];

/**
 * What Slack would hold for the preview: one channel's messages, private replies, open modals,
 * each user's App Home. Messages live in the database, so a restart keeps the conversation
 * (and the checklist messages that readiness runs update in place).
 */
export class LocalSlack {
  modals = new Map<string, PreviewModal>();
  homes = new Map<string, unknown>();
  private listeners = new Set<() => void>();
  private lastTs = 0;

  constructor(private db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS preview_messages (
      ts TEXT PRIMARY KEY, channel TEXT NOT NULL, user TEXT NOT NULL, text TEXT NOT NULL, blocks TEXT NOT NULL,
      thread_ts TEXT, ephemeral_for TEXT, response_id TEXT
    )`);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Slack timestamps: seconds.micro, increasing. */
  nextTs(): string {
    const now = Date.now() * 1000;
    this.lastTs = Math.max(this.lastTs + 1, now);
    return `${Math.floor(this.lastTs / 1_000_000)}.${String(this.lastTs % 1_000_000).padStart(6, '0')}`;
  }

  post(message: Omit<PreviewMessage, 'ts'> & { ts?: string }): PreviewMessage {
    const stored = { ...message, ts: message.ts ?? this.nextTs() };
    this.db.prepare('INSERT INTO preview_messages (ts, channel, user, text, blocks, thread_ts, ephemeral_for, response_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(stored.ts, stored.channel, stored.user, stored.text, JSON.stringify(stored.blocks ?? []), stored.threadTs ?? null, stored.ephemeralFor ?? null, stored.responseId ?? null);
    this.changed();
    return stored;
  }

  update(ts: string, change: { text?: string; blocks?: unknown[] }): boolean {
    const result = this.db.prepare('UPDATE preview_messages SET text = coalesce(?, text), blocks = coalesce(?, blocks) WHERE ts = ?')
      .run(change.text ?? null, change.blocks ? JSON.stringify(change.blocks) : null, ts);
    if (result.changes) this.changed();
    return result.changes > 0;
  }

  remove(ts: string): void {
    this.db.prepare('DELETE FROM preview_messages WHERE ts = ?').run(ts);
    this.changed();
  }

  byResponseId(responseId: string): PreviewMessage[] {
    return this.rows('SELECT * FROM preview_messages WHERE response_id = ? ORDER BY ts', responseId);
  }

  get(ts: string): PreviewMessage | undefined {
    return this.rows('SELECT * FROM preview_messages WHERE ts = ?', ts)[0];
  }

  /** What one user sees: everyone's messages and their own private ones. */
  visibleTo(user: string): PreviewMessage[] {
    return this.rows('SELECT * FROM preview_messages WHERE ephemeral_for IS NULL OR ephemeral_for = ? ORDER BY ts', user);
  }

  openModal(user: string, view: Record<string, unknown>): PreviewModal {
    const modal = { id: `V${randomBytes(4).toString('hex')}`, user, view };
    for (const [id, m] of this.modals) if (m.user === user) this.modals.delete(id);
    this.modals.set(modal.id, modal);
    this.changed();
    return modal;
  }

  closeModal(id: string): void {
    this.modals.delete(id);
    this.changed();
  }

  setHome(user: string, view: unknown): void {
    this.homes.set(user, view);
    this.changed();
  }

  private rows(sql: string, ...params: string[]): PreviewMessage[] {
    return (this.db.prepare(sql).all(...params) as Record<string, string | null>[]).map((r) => ({
      ts: r.ts!, channel: r.channel!, user: r.user!, text: r.text!, blocks: JSON.parse(r.blocks!) as unknown[],
      ...(r.thread_ts ? { threadTs: r.thread_ts } : {}), ...(r.ephemeral_for ? { ephemeralFor: r.ephemeral_for } : {}),
      ...(r.response_id ? { responseId: r.response_id } : {}),
    }));
  }
}

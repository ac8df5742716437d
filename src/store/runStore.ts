import { randomBytes } from 'node:crypto';
import type { Checklist } from '../checklist/checklist.js';
import type { ItemStatus, Run } from '../checklist/run.js';
import type { Db } from './database.js';

export interface NewRun {
  topicId: string;
  channel: string;
  startedBy: string;
  contentHash: string;
  checklist: Checklist;
}

/**
 * Where checklist runs live. Each change is one atomic transaction on an append-only log, so
 * concurrent clicks lose nothing and a restart (even `kill -9`) keeps every recorded update.
 * A small interface: a server database can stand behind it for several bot instances.
 */
export interface RunStore {
  create(run: NewRun): Run;
  get(id: string): Run | undefined;
  setMessage(id: string, ts: string): void;
  choose(id: string, choice: { group?: string; environment?: string }, by: string): Run | undefined;
  setStatus(id: string, itemId: string, status: ItemStatus, by: string): Run | undefined;
  addNote(id: string, itemId: string, text: string, by: string): Run | undefined;
  /** True for exactly one caller: the one that gets to post the summary. */
  claimSummary(id: string): boolean;
  openRuns(channel: string): Run[];
  latest(channel: string): Run | undefined;
}

export function sqliteRunStore(db: Db): RunStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS runs (
      id TEXT PRIMARY KEY, topic_id TEXT NOT NULL, channel TEXT NOT NULL, message_ts TEXT,
      started_by TEXT NOT NULL, started_at TEXT NOT NULL, content_hash TEXT NOT NULL, checklist TEXT NOT NULL,
      grp TEXT, environment TEXT, summary_posted_at TEXT
    );
    CREATE TABLE IF NOT EXISTS run_events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL REFERENCES runs(id), item_id TEXT NOT NULL,
      status TEXT, note TEXT, by TEXT NOT NULL, at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS run_events_by_run ON run_events (run_id, seq);
    CREATE INDEX IF NOT EXISTS runs_by_channel ON runs (channel, started_at);
  `);
  const insertRun = db.prepare('INSERT INTO runs (id, topic_id, channel, started_by, started_at, content_hash, checklist) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const selectRun = db.prepare('SELECT * FROM runs WHERE id = ?');
  const selectEvents = db.prepare('SELECT item_id, status, note, by, at FROM run_events WHERE run_id = ? ORDER BY seq');
  const updateMessage = db.prepare('UPDATE runs SET message_ts = ? WHERE id = ?');
  const updateGroup = db.prepare('UPDATE runs SET grp = ? WHERE id = ? AND grp IS NULL');
  const updateEnvironment = db.prepare('UPDATE runs SET environment = ? WHERE id = ? AND environment IS NULL');
  const insertEvent = db.prepare('INSERT INTO run_events (run_id, item_id, status, note, by, at) VALUES (?, ?, ?, ?, ?, ?)');
  const claim = db.prepare('UPDATE runs SET summary_posted_at = ? WHERE id = ? AND summary_posted_at IS NULL');
  const byChannel = db.prepare('SELECT id FROM runs WHERE channel = ? ORDER BY started_at DESC, rowid DESC');

  const read = (id: string): Run | undefined => {
    const row = selectRun.get(id) as Record<string, string | null> | undefined;
    if (!row) return undefined;
    const run: Run = {
      id: row.id!, topicId: row.topic_id!, channel: row.channel!, startedBy: row.started_by!, startedAt: row.started_at!,
      contentHash: row.content_hash!, checklist: JSON.parse(row.checklist!) as Checklist, states: {}, notes: {},
      ...(row.message_ts ? { messageTs: row.message_ts } : {}), ...(row.grp ? { group: row.grp } : {}),
      ...(row.environment ? { environment: row.environment } : {}), ...(row.summary_posted_at ? { summaryPostedAt: row.summary_posted_at } : {}),
    };
    for (const e of selectEvents.all(id) as { item_id: string; status: ItemStatus | null; note: string | null; by: string; at: string }[]) {
      if (e.status) run.states[e.item_id] = { status: e.status, by: e.by, at: e.at };
      if (e.note !== null) run.notes[e.item_id] = { text: e.note, by: e.by, at: e.at };
    }
    return run;
  };
  const known = (id: string, itemId: string) => {
    const run = read(id);
    return run && run.checklist.items.some((i) => i.id === itemId) ? run : undefined;
  };
  const now = () => new Date().toISOString();

  return {
    create: (run) => {
      const id = randomBytes(5).toString('hex');
      insertRun.run(id, run.topicId, run.channel, run.startedBy, now(), run.contentHash, JSON.stringify(run.checklist));
      return read(id)!;
    },
    get: read,
    setMessage: (id, ts) => void updateMessage.run(ts, id),
    choose: db.transaction((id: string, choice: { group?: string; environment?: string }, _by: string) => {
      const run = read(id);
      if (!run) return undefined;
      if (choice.group && run.checklist.groups.some((g) => g.id === choice.group)) updateGroup.run(choice.group, id);
      if (choice.environment && run.checklist.environments.includes(choice.environment)) updateEnvironment.run(choice.environment, id);
      return read(id);
    }),
    setStatus: db.transaction((id: string, itemId: string, status: ItemStatus, by: string) => {
      if (!known(id, itemId)) return undefined;
      insertEvent.run(id, itemId, status, null, by, now());
      return read(id);
    }),
    addNote: db.transaction((id: string, itemId: string, text: string, by: string) => {
      if (!known(id, itemId)) return undefined;
      insertEvent.run(id, itemId, null, text.slice(0, 2000), by, now());
      return read(id);
    }),
    claimSummary: (id) => claim.run(now(), id).changes === 1,
    openRuns: (channel) => (byChannel.all(channel) as { id: string }[]).map((r) => read(r.id)!).filter((r) => !r.summaryPostedAt),
    latest: (channel) => {
      const row = byChannel.get(channel) as { id: string } | undefined;
      return row ? read(row.id) : undefined;
    },
  };
}

import { loadTopics } from '../checklist/loadTopics.js';
import { createReadiness } from '../checklist/readiness.js';
import { loadSearchable } from '../search/loadSearchable.js';
import { readSlackConfig, type SlackConfig } from '../slack/config.js';
import type { SlackDeps } from '../slack/deps.js';
import { openDatabase, type Db } from '../store/database.js';
import { sqliteFeedbackStore } from '../store/feedbackStore.js';
import { sqliteRunStore } from '../store/runStore.js';

/**
 * `kb serve` (and `npm start`): the Slack app in Socket Mode or HTTP mode, as the environment says;
 * with no Slack credentials, the local preview. Runs until interrupted.
 */
export async function serveCommand(roots: string[]): Promise<void> {
  const config = readSlackConfig();
  const searchable = await loadSearchable(roots);
  const db = openDatabase();
  const deps: SlackDeps = {
    searchable,
    feedback: sqliteFeedbackStore(db),
    readiness: { topics: createReadiness(loadTopics(roots), searchable), runs: sqliteRunStore(db) },
  };
  const facts = `${searchable.knowledge.facts.length} facts from ${searchable.knowledge.docs.length} documents`;

  let stop: () => Promise<void>;
  try {
    stop = await start(config, deps, db, facts);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(`port ${process.env.PORT ?? 3000} is already in use: set PORT to another port (PORT=3001 npm start)`);
    }
    throw error;
  }
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      void stop().finally(() => {
        db.close();
        resolve();
      });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

async function start(config: SlackConfig, deps: SlackDeps, db: Db, facts: string): Promise<() => Promise<void>> {
  if (config.mode === 'none') {
    const { startPreview } = await import('../preview/server.js');
    const preview = await startPreview({ ...deps, db, port: config.port });
    process.stdout.write(`Local preview — no Slack connected (${facts}).\nOpen ${preview.url} in a browser. Ctrl+C stops.\n`);
    return preview.stop;
  }
  const { startSlackApp } = await import('../slack/app.js');
  const running = await startSlackApp(config, deps);
  const port = (running.server?.address() as { port?: number } | null)?.port;
  const where = config.mode === 'http' ? `HTTP on port ${port ?? config.port} (/slack/events, /healthz)` : 'Socket Mode';
  process.stdout.write(`Slack app running in ${where} (${facts}). Ctrl+C stops.\n`);
  return running.stop;
}

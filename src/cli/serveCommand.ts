import { loadSearchable } from '../search/loadSearchable.js';
import { openDatabase } from '../store/database.js';
import { sqliteFeedbackStore } from '../store/feedbackStore.js';
import { sqliteRunStore } from '../store/runStore.js';
import { loadTopics } from '../checklist/loadTopics.js';
import { createReadiness } from '../checklist/readiness.js';
import { readSlackConfig } from '../slack/config.js';

/**
 * `kb serve` (and `npm start`): the Slack app in Socket Mode or HTTP mode, as the environment says;
 * with no Slack credentials, the local preview. Runs until interrupted.
 */
export async function serveCommand(roots: string[]): Promise<void> {
  const config = readSlackConfig();
  const searchable = await loadSearchable(roots);
  const db = openDatabase();
  const deps = {
    searchable,
    feedback: sqliteFeedbackStore(db),
    readiness: { topics: createReadiness(loadTopics(roots), searchable), runs: sqliteRunStore(db) },
  };
  const facts = `${searchable.knowledge.facts.length} facts from ${searchable.knowledge.docs.length} documents`;

  let stop: () => Promise<void>;
  if (config.mode === 'none') {
    const { startPreview } = await import('../preview/server.js');
    const preview = await startPreview({ ...deps, db, port: config.port });
    process.stdout.write(`Local preview — no Slack connected (${facts}).\nOpen ${preview.url} in a browser. Ctrl+C stops.\n`);
    stop = preview.stop;
  } else {
    const { startSlackApp } = await import('../slack/app.js');
    const running = await startSlackApp(config, deps);
    const where = config.mode === 'http' ? `HTTP on port ${(running.server?.address() as { port?: number } | null)?.port ?? config.port} (/slack/events, /healthz)` : 'Socket Mode';
    process.stdout.write(`Slack app running in ${where} (${facts}). Ctrl+C stops.\n`);
    stop = running.stop;
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

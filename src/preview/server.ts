import type { Db } from '../store/database.js';
import type { SlackDeps } from '../slack/deps.js';

/** Placeholder until the preview lands (issue #6). */
export async function startPreview(_options: SlackDeps & { db: Db; port: number }): Promise<{ url: string; stop: () => Promise<void> }> {
  throw new Error('the local preview is not built yet: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) to run the Slack app');
}

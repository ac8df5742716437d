/**
 * Everything the Slack surface reads from the environment, in one place.
 *
 * - Socket Mode (the default way to self-host, no public URL): SLACK_APP_TOKEN (xapp-…) and SLACK_BOT_TOKEN.
 * - HTTP mode: SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (no app token); Bolt's receiver on PORT (3000).
 * - SLACK_API_URL: another Web API base URL (tests, proxies).
 * - Nothing set: no Slack; `npm start` runs the local preview instead.
 */
export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; apiUrl?: string }
  | { mode: 'none'; port: number };

export class SlackConfigError extends Error {
  override name = 'SlackConfigError';
}

const WHERE = 'Create the app from slack-app-manifest.yml at https://api.slack.com/apps, then see the README section "Connecting a real Slack workspace".';

export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const botToken = env.SLACK_BOT_TOKEN?.trim();
  const appToken = env.SLACK_APP_TOKEN?.trim();
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim();
  const apiUrl = env.SLACK_API_URL?.trim() || undefined;
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SlackConfigError(`PORT must be a port number, not "${env.PORT}"`);
  if (!botToken && !appToken && !signingSecret) return { mode: 'none', port };

  if (!botToken) {
    throw new SlackConfigError(`SLACK_BOT_TOKEN is missing: the bot token (xoxb-…) from "OAuth & Permissions" of your Slack app. ${WHERE}`);
  }
  if (!botToken.startsWith('xoxb-')) throw new SlackConfigError('SLACK_BOT_TOKEN should be a bot token starting with "xoxb-".');
  if (appToken) {
    if (!appToken.startsWith('xapp-')) throw new SlackConfigError('SLACK_APP_TOKEN should be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write).');
    return { mode: 'socket', botToken, appToken, ...(apiUrl ? { apiUrl } : {}) };
  }
  if (!signingSecret) {
    throw new SlackConfigError(`Set SLACK_APP_TOKEN (xapp-…, for Socket Mode) or SLACK_SIGNING_SECRET (Basic Information → App Credentials, for HTTP mode). ${WHERE}`);
  }
  return { mode: 'http', botToken, signingSecret, port, ...(apiUrl ? { apiUrl } : {}) };
}

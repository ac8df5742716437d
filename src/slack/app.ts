import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, type Logger } from '@slack/bolt';
import { registerFeedbackActions } from './actions/feedback.js';
import { registerShareAction } from './actions/share.js';
import { registerSuggestionAction } from './actions/suggestion.js';
import { registerAskCommand } from './commands/ask.js';
import { registerReadinessCommand } from './commands/readiness.js';
import { registerReadinessActions } from './actions/readiness.js';
import type { SlackConfig } from './config.js';
import type { SlackDeps } from './deps.js';
import { registerAppHomeEvent } from './events/appHome.js';
import { registerDirectMessageEvent } from './events/directMessage.js';
import { registerMentionEvent } from './events/mention.js';
import { ignoreRedeliveries } from './redeliveries.js';

export interface SlackAppOptions {
  /** Web API retries: Slack's default policy in production, none in tests. */
  retries?: number;
  logLevel?: LogLevel;
  logger?: Logger;
}

export interface RunningSlackApp {
  app: App;
  /** The HTTP server in HTTP mode (its port is the one actually bound). */
  server?: Server;
  stop(): Promise<void>;
}

/**
 * The Bolt app: wiring only. Listeners are grouped by Slack surface (commands/, actions/, events/,
 * views/); what to say is decided by the answer engine and rendered in blocks/.
 */
export function createSlackApp(config: Exclude<SlackConfig, { mode: 'none' }>, deps: SlackDeps, options: SlackAppOptions = {}): App {
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
  };
  const common = { token: config.botToken, clientOptions, logLevel: options.logLevel ?? LogLevel.INFO, ...(options.logger ? { logger: options.logger } : {}) };
  const app = config.mode === 'socket'
    ? new App({ ...common, socketMode: true, appToken: config.appToken })
    : new App({
        ...common,
        receiver: new HTTPReceiver({
          signingSecret: config.signingSecret,
          endpoints: '/slack/events',
          customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"ok":true}'); } }],
          ...(options.logger ? { logger: options.logger } : {}),
        }),
      });

  app.use(ignoreRedeliveries());
  registerAskCommand(app, deps);
  registerReadinessCommand(app, deps);
  registerReadinessActions(app, deps);
  registerShareAction(app, deps);
  registerFeedbackActions(app, deps);
  registerSuggestionAction(app, deps);
  registerMentionEvent(app, deps);
  registerDirectMessageEvent(app, deps);
  registerAppHomeEvent(app, deps);
  app.error(async (error) => {
    // A failing listener must not take the process down; Slack gets its ack, we get the log.
    (options.logger ?? console).error(`slack: ${error.message}`);
  });
  return app;
}

/** Starts the app: Socket Mode connects out; HTTP mode listens on `config.port` (0 for any free port). */
export async function startSlackApp(config: Exclude<SlackConfig, { mode: 'none' }>, deps: SlackDeps, options: SlackAppOptions = {}): Promise<RunningSlackApp> {
  const app = createSlackApp(config, deps, options);
  if (config.mode === 'socket') {
    await app.start();
    return { app, stop: () => app.stop().then(() => undefined) };
  }
  const server = (await app.start(config.port)) as Server;
  return { app, server, stop: () => app.stop().then(() => undefined) };
}
